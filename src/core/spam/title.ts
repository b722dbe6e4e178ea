/**
 * Spam titles and metadata (pattern 14 of the hidden-spam taxonomy). Hacked pages replace `<title>`,
 * meta description and keywords with strings of porn or gambling search phrases joined by `_` or `,`:
 *   国产一级做a爰片在线看免费_国产人人在线成视频_少妇疯狂高潮欠久久_中文字幕人妻在线中字
 * A normal news title has one to three segments, the last one the site's name (标题_山东频道_大众网).
 * Some injectors entity-encode the phrases (`&#22269;&#20135;…`), once or twice, to slip past scanners.
 */
import { lexiconHits, normalizeForMatching } from './lexicon.js';
import {
  coverage,
  foldLetters,
  grams,
  hasHan,
  joinSegments,
  splitAround,
  splitSegments,
  splitSentences,
} from '../extract/segments.js';
import { collapseSpace } from '../dom.js';

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
const REPORTING =
  /警方|公安|破获|抓获|打击|严打|查处|取缔|整治|涉案|犯罪|嫌疑|判决|法院|检察|警惕|提醒|曝光|揭秘|起诉|police|arrest|crackdown|court|charged|illegal|scam|warn|regulat|\bban(?:s|ned)?\b|\bfined?\b|lawsuit|investigat|counterfeit/i;
/** Sentence punctuation: a description written as prose rather than a string of search phrases. */
const PROSE = /[。！？]|[.!?]\s+\p{Lu}/u;

/** Share of the text's characters taken by strong lexicon terms (keyword stuffing is dense). */
function strongDensity(text: string, strong: readonly string[]): number {
  const folded = normalizeForMatching(text);
  let covered = 0;
  for (const term of strong)
    covered += folded.split(term).length - 1 > 0 ? (folded.split(term).length - 1) * term.length : 0;
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
  const folded = decodeNumericEntities(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  const grams = new Set<string>();
  for (let i = 0; i + 4 <= folded.length; i++) grams.add(folded.slice(i, i + 4));
  return grams;
}

/**
 * A `<title>` is spam when its own text says so, or when it shares nothing with the page's real headline
 * (h1, og:title, JSON-LD) and carries lexicon terms — the injector swapped the title and left the article.
 */
export function isSpamTitle(
  title: string | null | undefined,
  headlineSource: readonly string[] | (() => readonly string[]),
): boolean {
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

/** What a page says its headline is, and what it has already shown to be spam. */
export interface SegmentEvidence {
  /** Headlines the page shows (h1, the layout's headline, metadata headlines already cleaned). */
  headlines: readonly string[];
  /** Grams of segments already cut on this page: injectors repeat their phrases in every field. */
  knownSpam?: ReadonlySet<string>;
  /** The page's `<title>` was spam: one strong lexicon term is then enough to cut a segment. */
  hacked?: boolean;
}

export interface SegmentCut {
  /** The field with its spam segments cut ('' when nothing of it is left). */
  kept: string;
  /** The segments cut, in order. */
  cut: string[];
}

/** Words a search phrase pads its terms with ("buy viagra online", "cheap cialis no prescription"). */
const SHOP_WORDS = new Set([
  'buy',
  'cheap',
  'online',
  'free',
  'best',
  'discount',
  'order',
  'sale',
  'price',
  'prices',
  'top',
  'real',
  'legit',
  'official',
  'site',
  'sites',
  'no',
  'without',
  'prescription',
  'generic',
  'fast',
  'shipping',
  'now',
  'here',
  'today',
  '2024',
  '2025',
  '2026',
  'usa',
  'uk',
  'get',
  'win',
  'bonus',
  'app',
  'vip',
  'new',
]);

/**
 * Share of a segment taken by strong lexicon terms: a search phrase is mostly terms. Han is counted by
 * characters; other scripts by words, the shop words that pad a phrase counted with the terms.
 */
function termDensity(text: string, strong: readonly string[]): number {
  const folded = normalizeForMatching(text);
  if (hasHan(folded)) {
    const letters = foldLetters(folded).length;
    const covered = strong.reduce((sum, term) => sum + foldLetters(term).length, 0);
    return letters ? Math.min(1, covered / letters) : 0;
  }
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const termWords = new Set(strong.flatMap((t) => t.split(/\s+/)));
  const covered = words.filter(
    (w) => SHOP_WORDS.has(w) || termWords.has(w) || [...termWords].some((t) => w.startsWith(t)),
  ).length;
  return words.length ? covered / words.length : 0;
}

/**
 * Cuts the spam segments out of a title, description or keywords field, keeping the rest as written.
 * A segment goes when it is spam on its own (mostly strong terms, or two of them), when the whole field is
 * spam and nothing the page shows supports the segment, when a strong term sits in a segment beside one
 * the page's headline supports, or when it repeats a phrase already cut on the page. A segment the page's
 * headline supports always stays, and news reporting ON gambling or porn keeps every segment.
 */
export function cutSpamSegments(raw: string, evidence: SegmentEvidence): SegmentCut {
  const text = collapseSpace(decodeNumericEntities(raw));
  if (!text) return { kept: '', cut: [] };
  // Most fields name no lexicon term: nothing to judge.
  const hits = lexiconHits(text);
  const regionWords = REGION_WORDS.some((w) => text.includes(w));
  if (!evidence.knownSpam?.size && hits.strong.length + hits.weak.length === 0 && !regionWords)
    return { kept: text, cut: [] };
  const wholesale = isSpamText(text);
  const prose = PROSE.test(text) && text.length > 40;
  // A sentence about a crackdown names the games it cracks down on: left whole unless it is spam outright.
  // A title about one keeps the segments that name them (时时彩网络赌博案), not a search phrase glued on.
  const reporting = !wholesale && REPORTING.test(text);
  if (reporting && prose) return { kept: text, cut: [] };
  // A headline the page shows, found whole in the field, is one segment whatever punctuation it holds.
  const shown = evidence.headlines
    .filter((h) => h.length >= 4 && text.includes(h))
    .sort((a, b) => b.length - a.length)[0];
  const at = shown ? text.indexOf(shown) : -1;
  let segments = prose ? splitSentences(text) : splitSegments(text, shown ? [at, at + shown.length] : null);
  if (!prose) for (const h of evidence.headlines) segments = splitAround(segments, h);
  const support = evidence.headlines.filter((h) => h.length > 1);
  const supportGrams = support.map((h) => grams(h));
  const supported = segments.map((s) => {
    const folded = foldLetters(s.text);
    // Too short for a gram ("Q&A"): supported when a headline holds it.
    if (folded.length < 4 && !hasHan(folded))
      return folded.length >= 2 && support.some((h) => foldLetters(h).includes(folded));
    return supportGrams.some((g) => coverage(s.text, g) >= 0.6);
  });
  const anySupported = supported.some(Boolean);
  // Past the real title come its channel and site names: a stuffed field's prefix goes, its suffix is the
  // site's (trimmed, not recorded as spam, by the extract stage).
  const lastSupported = supported.lastIndexOf(true);
  const spam = segments.map((s, i) => {
    if (supported[i]) return false;
    const hits = lexiconHits(s.text);
    const any = hits.strong.length + hits.weak.length;
    const regions = REGION_WORDS.filter((w) => s.text.includes(w)).length;
    if (REPORTING.test(s.text) && !wholesale) return false;
    const pure = hits.strong.length >= 2 || (hits.strong.length > 0 && termDensity(s.text, hits.strong) >= 0.5);
    // Without a headline or a known hack to go by, a title about a crackdown keeps what it names.
    if (reporting && !pure && !anySupported && !evidence.hacked) return false;
    if (evidence.knownSpam?.size && coverage(s.text, evidence.knownSpam as Set<string>) >= 0.6) return true;
    if (pure) return true;
    if (hits.strong.length && (evidence.hacked || anySupported)) return true;
    // A stuffed field: every segment the page does not vouch for is part of the stuffing.
    if (wholesale) return any > 0 || regions > 0 || (!prose && i < lastSupported) || (!prose && !anySupported);
    return false;
  });
  if (!spam.some(Boolean)) return { kept: text, cut: [] };
  return {
    kept: joinSegments(segments.filter((_, i) => !spam[i])),
    cut: segments.filter((_, i) => spam[i]).map((s) => s.text),
  };
}

/** Grams of the given segments, to recognise the same phrases in the page's other fields. */
export function spamGrams(segments: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of segments) for (const g of grams(s)) out.add(g);
  return out;
}
