/**
 * Bytes of a saved or fetched page → text, the way a browser would pick the encoding, plus one rule browsers
 * lack: a wrong guess must not produce mojibake silently (issue 2). Pure: no files, no network.
 *
 *   gzip? → unzip  ─►  BOM  ─►  <meta charset> / http-equiv  ─►  Content-Type charset  ─►  valid UTF-8?  ─►  guess
 *                                 └─────── declared: checked ────────┘                            (GB18030 first,
 *                                                                                                   Big5, Shift_JIS)
 *
 * A declared encoding is trusted unless the bytes contradict it: if they are valid UTF-8 (with non-ASCII in
 * them) or if decoding leaves many U+FFFD while another candidate decodes cleanly, the clean one wins and a
 * warning says so. Hacked and mirrored Chinese pages are often re-saved as GBK under their original
 * `charset=utf-8` (or the reverse), so the declaration alone is not enough.
 */
import { gunzipSync } from 'node:zlib';
import { charsetParam, prescanMeta, resolveLabel, PRESCAN_BYTES } from './charset-prescan.js';
import { nonAsciiCount, plausibility, replacementCount } from './plausibility.js';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used, e.g. `utf-8`, `gbk`, `gb18030`, `big5`, `shift_jis`. */
  encoding: string;
  /** Set when Winnow overrode the page's declaration or could not decode it cleanly; for stderr. */
  warning?: string;
}

export interface DecodeOptions {
  /** The HTTP Content-Type header of a fetched page, if any. */
  contentType?: string | null;
}

/** Encodings tried when the declared one fails, in order of preference on a tie. */
export const CANDIDATES = ['utf-8', 'gb18030', 'big5', 'shift_jis'] as const;
/** Undeclared, not UTF-8: the field's usual suspects, GB18030 (a superset of GBK and GB2312) first. */
const GUESSES = ['gb18030', 'big5', 'shift_jis'] as const;
/** More U+FFFD than this share of the non-ASCII characters means the declared encoding is wrong. */
export const BAD_REPLACEMENT_RATIO = 0.005;
/** A declared decoding scoring below this plausibility is checked against the other candidates. */
const IMPLAUSIBLE = 0.6;
/** …and loses to one that scores this much higher. */
const PLAUSIBILITY_MARGIN = 0.3;
/** Fewer non-ASCII characters than this are too few to call a declared encoding implausible. */
const MIN_NON_ASCII_TO_JUDGE = 20;
/** A gzip that inflates past this is refused (a "zip bomb" would otherwise exhaust memory). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;
/** Within this much plausibility, the earlier candidate wins: GB18030 is the likelier page in this field. */
const PLAUSIBILITY_TIE = 0.02;

/** Input that is not an HTML page at all (empty, binary). */
export class NotTextError extends Error {}

export function decode(input: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bytes = gunzipIfGzipped(input);
  if (bytes.length === 0) throw new NotTextError('empty file');
  const bom = bomEncoding(bytes);
  // A BOM is the one signal stronger than any declaration (HTML spec); TextDecoder strips it.
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  if (looksBinary(bytes)) throw new NotTextError('binary data, not an HTML page');

  const declared = prescanMeta(bytes) ?? resolveLabel(charsetParam(options.contentType));
  if (declared) return checkDeclared(bytes, declared);
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return guess(bytes);
}

/** `*.gz` saved pages (and gzip bodies served without Content-Encoding) are recognised by their magic bytes. */
export function gunzipIfGzipped(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
      ? `inflates past ${MAX_INFLATED_BYTES / 1024 / 1024} MB` : 'corrupt or truncated';
    throw new NotTextError(`gzip data ${reason}`);
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** NUL bytes do not occur in HTML text in any of the ASCII-compatible encodings we read. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, PRESCAN_BYTES);
  let nuls = 0;
  for (const byte of head) if (byte === 0) nuls++;
  return nuls > head.length / 100;
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checkDeclared(bytes: Uint8Array, declared: string): Decoded {
  const text = new TextDecoder(declared).decode(bytes);
  const nonAscii = nonAsciiCount(text);
  if (nonAscii === 0) return { text, encoding: declared };
  // Valid UTF-8 with multi-byte sequences is vanishingly unlikely by chance, while a UTF-8 page read as GBK
  // gives mojibake with hardly any U+FFFD — so valid UTF-8 wins over any declaration.
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) {
    return declared === 'utf-8' ? { text: utf8, encoding: declared }
      : { text: utf8, encoding: 'utf-8', warning: `declares ${declared} but is valid UTF-8; decoded as utf-8` };
  }

  const bad = replacementCount(text);
  // A stray bad byte costs one or two U+FFFD; only more than that, and more than the ratio, is a wrong label.
  const unreadable = bad > Math.max(2, BAD_REPLACEMENT_RATIO * nonAscii);
  const ownScore = plausibility(text);
  if (!unreadable && (nonAscii < MIN_NON_ASCII_TO_JUDGE || ownScore >= IMPLAUSIBLE)) return { text, encoding: declared };

  const best = mostPlausible(cleanCandidates(bytes, CANDIDATES.filter((c) => !sameDecoder(c, declared))));
  if (unreadable) {
    if (best) return { ...best, warning: `declares ${declared} but ${bad} characters are unreadable in it; decoded as ${best.encoding}` };
    return leastDamaged(bytes, [declared, ...CANDIDATES.filter((c) => !sameDecoder(c, declared))]);
  }
  // Big5 read as GBK (or the reverse) decodes without a single error — into nonsense. Only a clearly
  // better reading overrides the page's word.
  if (best && plausibility(best.text) >= ownScore + PLAUSIBILITY_MARGIN) {
    return { ...best, warning: `declares ${declared} but reads as mojibake in it; decoded as ${best.encoding}` };
  }
  return { text, encoding: declared };
}

/** WHATWG's gbk decoder is the gb18030 decoder: trying one after the other proves nothing. */
function sameDecoder(a: string, b: string): boolean {
  const family = (e: string) => (e === 'gbk' ? 'gb18030' : e);
  return family(a) === family(b);
}

function guess(bytes: Uint8Array): Decoded {
  const best = mostPlausible(cleanCandidates(bytes, GUESSES));
  return best ?? leastDamaged(bytes, GUESSES);
}

function cleanCandidates(bytes: Uint8Array, encodings: readonly string[]): Decoded[] {
  return encodings.flatMap((encoding) => {
    const text = strictDecode(bytes, encoding);
    return text === null ? [] : [{ text, encoding }];
  });
}

/** The most plausible decoding; an earlier one wins a near-tie. */
function mostPlausible(decoded: Decoded[]): Decoded | null {
  const scored = decoded.map((d) => ({ d, score: plausibility(d.text) }));
  const top = Math.max(...scored.map((s) => s.score));
  return scored.find((s) => s.score >= top - PLAUSIBILITY_TIE)?.d ?? null;
}

/** Nothing decodes cleanly: keep the decoding with the fewest unreadable characters, and say so. */
function leastDamaged(bytes: Uint8Array, encodings: readonly string[]): Decoded {
  const all = encodings.map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    return { text, encoding, bad: replacementCount(text) };
  });
  const best = all.reduce((a, b) => (b.bad < a.bad ? b : a));
  return {
    text: best.text,
    encoding: best.encoding,
    warning: `no encoding reads it cleanly; decoded as ${best.encoding} with ${best.bad} unreadable characters`,
  };
}
