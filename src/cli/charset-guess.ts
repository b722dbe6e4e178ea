/**
 * An undeclared page: the encoding guessed from its bytes, as a browser's detector does when nothing else
 * says (HTML's "determining the character encoding", the tentative last steps). Valid UTF-8 is UTF-8 — a
 * browser opening the saved file reads it so. Otherwise every candidate decodes the page and is scored on
 *   - how real its characters look (plausibility.ts: accented letters between ASCII letters, frequent
 *     ideographs, kana, Hangul — against mojibake's symbols, runs of Latin-1 and rare ideographs),
 *   - how much of it is the language's everyday material: Korean's commonest syllables, Chinese's commonest
 *     characters, Japanese kana — GBK, EUC-KR and EUC-JP share one byte layout, so Korean and Japanese
 *     read as GBK look like real ideographs and only frequency tells them apart,
 *   - the page's own word for its language (`<html lang>`, content-language), a small push on near ties.
 */
import { plausibility, replacementCount } from './plausibility.js';
import { decodeAs, strictDecode } from './text-decode.js';

export interface Guess {
  text: string;
  encoding: string;
  warning?: string;
}

/** In order of preference on a tie: windows-1252 is the browsers' default for an undeclared Western page. */
export const GUESSES = [
  'windows-1252',
  'iso-8859-2',
  'windows-1250',
  'gb18030',
  'big5',
  'shift_jis',
  'euc-jp',
  'euc-kr',
] as const;
/** The push a matching language declaration gives. */
const LANGUAGE_HINT = 0.15;
/** How much the share of everyday characters counts beside plausibility. */
const EVERYDAY_WEIGHT = 0.5;
/** Candidates are scored on at most this many bytes: enough for any statistic, and a 5 MB page stays quick. */
const SAMPLE_BYTES = 256 * 1024;
/** A runner-up this close, reading differently, makes the guess doubtful: it is reported. */
const DOUBTFUL_MARGIN = 0.03;

const COMMON_HANZI = new Set([
  ...('的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道' +
    '行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日者意' +
    '无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应向头文体政美相见被利' +
    // the same in Traditional script where it differs
    '這個們來為國說時會對過發後裡經麼學現當沒動還進從實與長機關點業將兩間問應頭體見無'),
]);
const COMMON_HANGUL = new Set([
  ...('이다는의에고하가지을를서로기한사자대리수도인정시어아나적있해들게으국전부보일제그과요것구라주상면성장만경화' +
    '동여위원소했우문방생안세비물교마모내재발등신실니무유공회합결였드계까데분된치학년중개할터러며했던받들였'),
]);
const isKana = (code: number) => code >= 0x3040 && code <= 0x30ff;

/** Share of the text's non-ASCII characters that are everyday material of the encoding's language. */
function everydayShare(text: string, encoding: string): number {
  let total = 0;
  let hits = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) continue;
    total++;
    if (encoding === 'euc-kr') hits += COMMON_HANGUL.has(char) ? 1 : 0;
    else if (encoding === 'shift_jis' || encoding === 'euc-jp') hits += isKana(code) ? 1 : 0;
    else if (encoding === 'gb18030' || encoding === 'big5') hits += COMMON_HANZI.has(char) ? 1 : 0;
  }
  return total === 0 ? 0 : hits / total;
}

/** The encodings a language tag points to (`pl` → ISO-8859-2 or windows-1250, `zh-tw` → Big5); Latin-script tags → windows-1252. */
export function encodingsForLanguage(lang: string | null): readonly string[] {
  if (!lang) return [];
  const [primary = '', ...rest] = lang.toLowerCase().split('-');
  if (primary === 'zh') return rest.some((p) => ['tw', 'hk', 'mo', 'hant'].includes(p)) ? ['big5'] : ['gb18030'];
  if (primary === 'ja') return ['shift_jis', 'euc-jp'];
  if (primary === 'ko') return ['euc-kr'];
  if (['pl', 'cs', 'sk', 'hu', 'hr', 'sl', 'ro', 'bs', 'sq'].includes(primary)) return ['iso-8859-2', 'windows-1250'];
  if (/^[a-z]{2,3}$/.test(primary) && !['ar', 'he', 'fa', 'ru', 'uk', 'el', 'th', 'hi', 'vi'].includes(primary))
    return ['windows-1252'];
  return [];
}

/** The most likely encoding of undeclared bytes; `lang` is the page's declared language, lower-cased, if any. */
export function guessEncoding(bytes: Uint8Array, lang: string | null): Guess {
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const hinted = encodingsForLanguage(lang);
  const sample = sampleOf(bytes);
  const scored = GUESSES.map((encoding) => {
    const text = decodeAs(sample, encoding);
    const score =
      plausibility(text) +
      EVERYDAY_WEIGHT * everydayShare(text, encoding) +
      (hinted.includes(encoding) ? LANGUAGE_HINT : 0);
    return { text, encoding, score };
  });
  // Stable sort: on equal scores the earlier candidate stays first.
  const [top, second] = [...scored].sort((a, b) => b.score - a.score);
  const best = sample === bytes ? top! : { ...top!, text: decodeAs(bytes, top!.encoding) };
  const bad = replacementCount(best.text);
  if (bad > 0) {
    return {
      text: best.text,
      encoding: best.encoding,
      warning: `no encoding reads it cleanly; decoded as ${best.encoding} with ${bad} unreadable characters`,
    };
  }
  if (second && top!.score - second.score < DOUBTFUL_MARGIN && second.text !== top!.text) {
    return {
      text: best.text,
      encoding: best.encoding,
      warning: `no declared encoding; guessed ${best.encoding}, but ${second.encoding} reads it almost as well`,
    };
  }
  return { text: best.text, encoding: best.encoding };
}

/** The first SAMPLE_BYTES, cut before an ASCII byte so no multi-byte character is split (which reads as U+FFFD). */
function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  let end = SAMPLE_BYTES;
  while (end > 0 && bytes[end]! >= 0x80) end--;
  return bytes.subarray(0, end);
}
