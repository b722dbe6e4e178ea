/**
 * How much a decoded text looks like real writing rather than mojibake, for choosing between encodings that
 * all decode the same bytes without errors. GB18030 accepts nearly any byte pair, so Big5 or Shift_JIS bytes
 * "decode cleanly" as GB18030 too — but into private-use characters, box drawing, bopomofo and rare
 * ideographs, which real pages almost never contain. Only non-ASCII characters count: markup is ASCII in
 * every candidate.
 */

/** Ranges of characters that real CJK pages are made of (Latin letters are judged one by one, below). */
const ORDINARY: ReadonlyArray<readonly [number, number]> = [
  [0x3000, 0x303f], // CJK punctuation: 、。「」
  [0x3040, 0x30ff], // hiragana, katakana
  [0xac00, 0xd7a3], // Hangul syllables
  [0xff01, 0xff5e], // full-width ASCII: ，！（）
];

/**
 * The accented letters of the European languages written in windows-1252, windows-1250 and ISO-8859-2. A text
 * is judged against the one language that explains most of its accented letters: Polish read in the wrong
 * Central European encoding still gives letters (ą → š), but no single language has both š and ł.
 */
const LANGUAGE_LETTERS: readonly ReadonlySet<string>[] = [
  'äöüß',
  'àâæçéèêëîïôœùûüÿ',
  'áéíñóúü',
  'áâãàçéêíóôõú',
  'àèéìíîòóùú',
  'éèëïöüáó',
  'åäöæøéðþáíóúý',
  'ąćęłńóśźż',
  'áčďéěíňóřšťúůýžäľĺôŕ',
  'áéíóöőúüű',
  'ăâîșțşţ',
  'čćđšž',
].map((letters) => new Set([...letters, ...letters.toUpperCase()]));
/** An accented letter outside the text's best language (a foreign name) is worth this much. */
const FOREIGN_LETTER = 0.3;
/**
 * The typographic signs of European text. Not every Latin-1 character: ± ¶ ¼ ³ are what Polish ą ś ź ł become
 * when ISO-8859-2 is read as windows-1252, and C1 controls what a curly quote becomes in ISO-8859-2.
 */
const EUROPEAN_SIGNS = new Set([...'\u00a0„“”‘’‚–—…«»°§€©®·•£¡¿ºª×']);

/** For each accented letter, the languages (indexes into LANGUAGE_LETTERS) that use it: one lookup a character. */
const LANGUAGES_OF = new Map<string, number[]>();
LANGUAGE_LETTERS.forEach((letters, k) => {
  for (const letter of letters) LANGUAGES_OF.set(letter, [...(LANGUAGES_OF.get(letter) ?? []), k]);
});

/** The letter set of the language that explains most of the text's accented letters. */
function bestLanguage(text: string): ReadonlySet<string> {
  const counts = LANGUAGE_LETTERS.map(() => 0);
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const languages = LANGUAGES_OF.get(text[i]!);
    if (languages) for (const k of languages) counts[k]!++;
  }
  return LANGUAGE_LETTERS[counts.indexOf(Math.max(...counts))]!;
}

/**
 * A European accented letter stands alone between ASCII letters or in pairs and threes (Żółte); one CJK character read
 * as Latin is two bytes, so CJK text read as Latin is long runs of accented-looking characters (³ÇÊÐÍ¼Êé).
 */
const LATIN_RUN = 4;
/** A Latin character inside such a run is worth this much. */
const IN_RUN = 0.2;

/**
 * The frequent ideographs: GB2312 level 1 (3,755 simplified), Big5 level 1 (5,401 traditional) and JIS X 0208
 * level 1 (2,965 kanji) — taken from TextDecoder's own tables, so nothing is shipped. Mojibake of one CJK
 * encoding read as another lands mostly on rare ideographs outside all three (Shift_JIS kana read as GBK
 * give 偺偵偟偄…), which the Unicode block alone cannot tell from real text.
 */
const FREQUENT_BYTES: ReadonlyArray<{ encoding: string; leads: [number, number]; trails: [number, number] }> = [
  { encoding: 'gbk', leads: [0xb0, 0xd7], trails: [0xa1, 0xfe] },
  { encoding: 'big5', leads: [0xa4, 0xc6], trails: [0x40, 0xfe] },
  { encoding: 'shift_jis', leads: [0x88, 0x98], trails: [0x40, 0xfc] },
];
let frequent: Set<number> | null = null;

function frequentIdeographs(): Set<number> {
  if (frequent) return frequent;
  frequent = new Set();
  for (const { encoding, leads, trails } of FREQUENT_BYTES) {
    const decoder = new TextDecoder(encoding);
    for (let lead = leads[0]; lead <= leads[1]; lead++) {
      for (let trail = trails[0]; trail <= trails[1]; trail++) {
        const code = decoder.decode(Uint8Array.of(lead, trail)).codePointAt(0) ?? 0;
        if (code >= 0x4e00 && code <= 0x9fff) frequent.add(code);
      }
    }
  }
  return frequent;
}

/** Real, but also what one CJK encoding misread as another produces: half credit. */
const AMBIGUOUS: ReadonlyArray<readonly [number, number]> = [
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x2460, 0x24ff], // circled numbers
  [0x25a0, 0x25ff], // geometric shapes ■□▲
];

const within = (ranges: ReadonlyArray<readonly [number, number]>, code: number) =>
  ranges.some(([from, to]) => code >= from && code <= to);

/** Share of non-ASCII characters that look like real text, at most 1 (U+FFFD counts against); 1 for pure ASCII. */
export function plausibility(text: string): number {
  let total = 0;
  let score = 0;
  let run = 0;
  const language = bestLanguage(text);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (i === 0 || text.charCodeAt(i - 1) < 0x80) run = latinRunLength(text, i);
    total++;
    if (code === 0xfffd) score -= 1;
    else if (EUROPEAN_SIGNS.has(text[i]!)) score += run >= LATIN_RUN ? IN_RUN : 1;
    else if (isLatinRange(code) && /\p{L}/u.test(text[i]!)) {
      score += (run >= LATIN_RUN ? IN_RUN : 1) * (language.has(text[i]!) ? 1 : FOREIGN_LETTER);
    } else if (code >= 0x4e00 && code <= 0x9fff) score += frequentIdeographs().has(code) ? 1 : 0.2;
    else if (within(ORDINARY, code)) score += 1;
    else if (within(AMBIGUOUS, code)) score += 0.5;
    // Everything else — Latin symbols, private use, C1 controls, box drawing, bopomofo, CJK Extension A/B,
    // compatibility ideographs, half-width katakana, surrogate halves of rare characters — scores nothing.
  }
  return total === 0 ? 1 : score / total;
}

/** Length of the run of non-ASCII Latin-range characters (U+0080–U+024F and signs) starting at `start`. */
function latinRunLength(text: string, start: number): number {
  let end = start;
  while (end < text.length && isLatinRange(text.charCodeAt(end))) end++;
  return end - start;
}
const isLatinRange = (code: number) => (code >= 0x80 && code <= 0x24f) || (code >= 0x2010 && code <= 0x20ac);

/** Number of U+FFFD replacement characters: what a decoder writes for bytes it could not read. */
export function replacementCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/** Number of non-ASCII characters (UTF-16 code units; close enough for a ratio). */
export function nonAsciiCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) count++;
  return count;
}
