/**
 * A title or description as the segments its author (or an injector) joined: `标题_山东频道_大众网`,
 * `澳门金沙娱乐城｜標題`, `Buy cheap pills - Council approves library expansion`. Segments are cut one by one
 * (spam, a site suffix) and the rest is joined again with the separators it was written with, so a legitimate
 * title keeps its own punctuation ("Q&A – Part 2").
 */

export interface Segment {
  /** The segment's text, trimmed. */
  text: string;
  /** The separator written before it, spaces included ('' for the first segment). */
  before: string;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Separators: `_ | ｜ 丨 ‖ – — － ＿`, commas, semicolons (never the enumeration comma 、, which lists
 * things inside one headline: 百家乐、时时彩网络赌博案), brackets that set off a prefix
 * (【…】, […]), a hyphen or colon with a space on either side or between Han characters (never inside
 * "COVID-19" or "e-mail"), `--`, and a plain space between two Han characters (injectors glue spam phrases to
 * Chinese titles with one).
 */
const SEPARATOR = new RegExp(
  [
    String.raw`\s*(?:[_|｜丨‖–—－＿,，;；【】〖〗\[\]]|--+)\s*`,
    String.raw`\s+[-:：]\s*`,
    String.raw`[-:：]\s+`,
    String.raw`(?<=[\u3400-\u9fff\uf900-\ufaff])[-：](?=[\u3400-\u9fff\uf900-\ufaff])`,
    String.raw`(?<=[\u3400-\u9fff\uf900-\ufaff])\s+(?=[\u3400-\u9fff\uf900-\ufaff])`,
  ].join('|'),
  'gu',
);

/**
 * Splits text at its separators; empty segments (`【x】标题` starts with one) fold into the next separator.
 * Separators inside `keep` (a headline found in the text: "Q&A – Part 2") do not split it.
 */
export function splitSegments(text: string, keep: readonly [number, number] | null = null): Segment[] {
  const out: Segment[] = [];
  let pending = '';
  let last = 0;
  const push = (end: number, sep: string) => {
    const raw = text.slice(last, end);
    if (raw.trim()) {
      out.push({ text: raw.trim(), before: out.length ? pending : '' });
      pending = sep;
    } else {
      pending += raw + sep;
    }
  };
  for (const m of text.matchAll(SEPARATOR)) {
    if (keep && m.index < keep[1] && m.index + m[0].length > keep[0]) continue;
    push(m.index, m[0]);
    last = m.index + m[0].length;
  }
  push(text.length, '');
  return out;
}

/** Sentence ends: a description written as prose is cut sentence by sentence, never clause by clause. */
const SENTENCE_END = /(?<=[。！？!?])\s*|(?<=\.)\s+(?=\p{Lu})/gu;

/** Splits prose at its sentence ends, keeping the space between sentences as the separator. */
export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  let sep = '';
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index === last && m[0] === '') continue;
    const part = text.slice(last, m.index).trim();
    if (part) out.push({ text: part, before: out.length ? sep : '' });
    sep = m[0] || '';
    last = m.index + m[0].length;
  }
  const rest = text.slice(last).trim();
  if (rest) out.push({ text: rest, before: out.length ? sep : '' });
  return out;
}

/**
 * Splits further around a known headline found inside one segment: an injector may glue a spam phrase to
 * the title with no separator at all (`澳门金沙娱乐城山东就业扶贫成绩单发布`).
 */
export function splitAround(segments: readonly Segment[], headline: string): Segment[] {
  if (headline.length < 4) return [...segments];
  return segments.flatMap((s) => {
    const at = s.text.indexOf(headline);
    if (at < 0 || s.text === headline) return [s];
    const parts = [s.text.slice(0, at), headline, s.text.slice(at + headline.length)];
    const out: Segment[] = [];
    for (const p of parts) if (p.trim()) out.push({ text: p.trim(), before: out.length ? '' : s.before });
    return out;
  });
}

/** Joins kept segments with the separators they were written with; a kept first segment drops its own. */
export function joinSegments(segments: readonly Segment[]): string {
  return segments
    .map((s, i) => (i === 0 ? s.text : s.before + s.text))
    .join('')
    .trim();
}

/** Whether a text is written in Han (the CJK title rules apply to it). */
export const hasHan = (text: string): boolean => HAN.test(text);

/** A line of prose: a sentence or more — 80 characters, or 30 in Han, which says as much in fewer. */
export const isProse = (text: string): boolean => text.length >= (hasHan(text) ? 30 : 80);

/** Letters and digits only, folded: how segments are compared with headlines and site names. */
export function foldLetters(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Grams a text is compared by: character bigrams of Han (words are one or two characters), 4-grams of other
 * letters (so "council" and "councils" still meet).
 */
export function grams(text: string): Set<string> {
  const folded = foldLetters(text);
  const n = HAN.test(folded) ? 2 : 4;
  const out = new Set<string>();
  for (let i = 0; i + n <= folded.length; i++) out.add(folded.slice(i, i + n));
  if (out.size === 0 && folded.length > 0) out.add(folded);
  return out;
}

/** Share of `text`'s grams found in `other`'s (0 when text has none). */
export function coverage(text: string | Set<string>, other: Set<string>): number {
  const own = typeof text === 'string' ? grams(text) : text;
  if (own.size === 0) return 0;
  let hit = 0;
  for (const g of own) if (other.has(g)) hit++;
  return hit / own.size;
}
