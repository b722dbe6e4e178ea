/**
 * Spam titles and metadata (pattern 14 of the hidden-spam taxonomy). Hacked pages replace `<title>`,
 * meta description and keywords with strings of porn or gambling search phrases joined by `_` or `,`:
 *   国产一级做a爰片在线看免费_国产人人在线成视频_少妇疯狂高潮欠久久_中文字幕人妻在线中字
 * A normal news title has one to three segments, the last one the site's name (标题_山东频道_大众网).
 * Some injectors entity-encode the phrases (`&#22269;&#20135;…`), once or twice, to slip past scanners.
 */
import { lexiconHits, normalizeForMatching } from './lexicon.js';

const SEGMENT_SPLIT = /\s*(?:[_,，、|｜\-–—]|\s[Il]\s)\s*/;
/** Region words that stack up in porn titles; two or more in one title are a signal on their own. */
const REGION_WORDS = ['亚洲', '欧美', '日韩', '国产', '亞洲', '歐美', '日韓', '國產'];

/** Decodes numeric character references left in text (a double-encoded `&amp;#22269;` arrives as `&#22269;`). */
export function decodeNumericEntities(text: string): string {
  return text.replace(/&#(?:x([0-9a-f]{1,6})|(\d{1,7}));?/gi, (whole, hex?: string, dec?: string) => {
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Words of news reporting ON gambling, porn or fraud (crackdowns, arrests, warnings): such a headline names the
 * games (警方破获百家乐、时时彩网络赌博案) without being spam, so it needs far stronger evidence.
 */
const REPORTING = /警方|公安|破获|抓获|打击|严打|查处|取缔|整治|涉案|犯罪|嫌疑|判决|法院|检察|警惕|提醒|曝光|揭秘|起诉|police|arrest|crackdown|court|charged|illegal|scam|warn|regulat|\bban(?:s|ned)?\b|\bfined?\b|lawsuit|investigat|counterfeit/i;
/** Sentence punctuation: a description written as prose rather than a string of search phrases. */
const PROSE = /[。！？]|[.!?]\s+\p{Lu}/u;

/** Share of the text's characters taken by strong lexicon terms (keyword stuffing is dense). */
function strongDensity(text: string, strong: readonly string[]): number {
  const folded = normalizeForMatching(text);
  let covered = 0;
  for (const term of strong) covered += folded.split(term).length - 1 > 0 ? (folded.split(term).length - 1) * term.length : 0;
  return folded.length ? covered / folded.length : 0;
}

export function isSpamText(raw: string | null | undefined): boolean {
  if (!raw) return false;
  const text = decodeNumericEntities(raw);
  const segments = text.split(SEGMENT_SPLIT).filter((s) => s.trim().length > 0);
  const hits = lexiconHits(text);
  if (hits.strong.length + hits.weak.length === 0) {
    return segments.length >= 3 && REGION_WORDS.filter((w) => text.includes(w)).length >= 2;
  }
  const reporting = REPORTING.test(text);
  // A sentence about these things is news; stuffed descriptions are mostly spam terms.
  if (PROSE.test(text) && text.length > 40) return !reporting && strongDensity(text, hits.strong) >= 0.3;
  const perSegment = segments.map((s) => lexiconHits(s));
  const strongSegments = perSegment.filter((h) => h.strong.length > 0).length;
  const anySegments = perSegment.filter((h) => h.strong.length + h.weak.length > 0).length;
  if (reporting) return strongSegments >= 3;
  const regions = REGION_WORDS.filter((w) => text.includes(w)).length;
  if (hits.strong.length >= 2) return true;
  if (segments.length >= 3 && hits.strong.length >= 1 && hits.strong.length + hits.weak.length >= 2) return true;
  if (segments.length >= 3 && regions >= 2) return true;
  // Weak terms only (福利彩票, 双色球 are news topics): spam when they fill three segments or more.
  if (anySegments >= 3) return true;
  // One strong hit in a title of several search-phrase segments (keyword stuffing).
  return hits.strong.length === 1 && segments.length >= 3;
}

/** Character 4-grams of the letters and digits of a text (works for unspaced CJK and spaced scripts alike). */
function fourGrams(text: string): Set<string> {
  const folded = decodeNumericEntities(text).normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const grams = new Set<string>();
  for (let i = 0; i + 4 <= folded.length; i++) grams.add(folded.slice(i, i + 4));
  return grams;
}

/**
 * A `<title>` is spam when its own text says so, or when it shares nothing with the page's real headline
 * (h1, og:title, JSON-LD) and carries lexicon terms — the injector swapped the title and left the article.
 */
export function isSpamTitle(title: string | null | undefined, headlineSource: readonly string[] | (() => readonly string[])): boolean {
  if (!title) return false;
  if (isSpamText(title)) return true;
  const hits = lexiconHits(decodeNumericEntities(title));
  if (hits.strong.length + hits.weak.length === 0) return false;
  const headlines = typeof headlineSource === 'function' ? headlineSource() : headlineSource;
  if (headlines.length === 0) return false;
  const own = fourGrams(title);
  if (own.size === 0) return false;
  return headlines.every((h) => {
    for (const g of fourGrams(h)) if (own.has(g)) return false;
    return true;
  });
}
