/**
 * Bytes of a saved or fetched page → text, in the encoding a browser would read it in (the WHATWG Encoding
 * Standard and HTML's "determining the character encoding"), plus one rule browsers lack: a reading that is
 * plainly wrong is never given silently (issue 2). Pure: no files, no network.
 *
 *   gzip? → unzip ─► BOM ─► --charset ─► HTTP charset ─► <meta> prescan (1024 bytes, then the rest of <head>)
 *                                                          │ declared: obeyed, as a browser does
 *                                                          └─ none: guess (charset-guess.ts)
 *
 * A declaration is obeyed even where a few bytes break it (a UTF-8 page with two stray Latin-1 bytes reads as
 * UTF-8 with two U+FFFD, like in a browser), and even where its reading looks like mojibake (a warning then
 * names the encoding that reads better, for --charset). The one exception: when the declared encoding leaves
 * most of the page unreadable — a GBK page re-saved under `charset=utf-8`, a Latin-1 page labelled UTF-8 —
 * the browser would show a page of U+FFFD; Winnow reads the guessed encoding instead and says so. And where a
 * legacy label sits on bytes that are valid UTF-8 throughout (a page re-saved as UTF-8 under its old meta), the
 * page is read as UTF-8, with a warning: a browser's mojibake helps no reader.
 */
import { gunzipSync } from 'node:zlib';
import { guessEncoding } from './charset-guess.js';
import {
  charsetParam,
  declaredLanguage,
  lateMeta,
  prescanMeta,
  resolveLabel,
  PRESCAN_BYTES,
} from '../core/charset-prescan.js';
import { nonAsciiCount, plausibility, replacementCount } from './plausibility.js';
import { decodeAs, strictDecode } from './text-decode.js';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`, `gbk`, `gb18030`, `big5`, `shift_jis`. */
  encoding: string;
  /** Set when Winnow overrode the page's declaration, doubts its guess or could not decode cleanly; for stderr. */
  warning?: string;
}

export interface DecodeOptions {
  /** The HTTP Content-Type header of a fetched page, if any. */
  contentType?: string | null;
  /** The user's `--charset`: obeyed over everything but a byte-order mark, as a browser's encoding override. */
  charset?: string | null;
}

/** A declared reading with at least this many U+FFFD… */
const UNREADABLE_MIN = 8;
/** …making up more than this share of its non-ASCII characters is not a reading at all. */
const UNREADABLE_SHARE = 0.25;
/** Fewer non-ASCII characters than this are too few to call a declared reading mojibake. */
const MIN_NON_ASCII_TO_JUDGE = 20;
/** A declared reading at least this plausible is taken as right without guessing (real pages score ~0.9–1). */
const CLEARLY_READABLE = 0.85;
/** A guess this much more plausible than the declared reading is named in a warning. */
const PLAUSIBILITY_MARGIN = 0.3;
/** A gzip that inflates past this is refused (a "zip bomb" would otherwise exhaust memory). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** Input that is not an HTML page at all (empty, binary). */
export class NotTextError extends Error {}

export function decode(input: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bytes = gunzipIfGzipped(input);
  if (bytes.length === 0) throw new NotTextError('empty file');
  const bom = bomEncoding(bytes);
  // A BOM is the one signal stronger than any declaration (HTML spec); TextDecoder strips it.
  if (bom) return { text: decodeAs(bytes, bom), encoding: bom };
  if (looksBinary(bytes)) throw new NotTextError('binary data, not an HTML page');

  const chosen = resolveLabel(options.charset);
  if (chosen) return { text: decodeAs(bytes, chosen), encoding: chosen };
  const declared = resolveLabel(charsetParam(options.contentType)) ?? prescanMeta(bytes) ?? lateMeta(bytes);
  if (declared) return obeyDeclared(bytes, declared);
  return guessEncoding(bytes, declaredLanguage(bytes));
}

/** `*.gz` saved pages (and gzip bodies served without Content-Encoding) are recognised by their magic bytes. */
export function gunzipIfGzipped(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
        ? `inflates past ${MAX_INFLATED_BYTES / 1024 / 1024} MB`
        : 'corrupt or truncated';
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

function obeyDeclared(bytes: Uint8Array, declared: string): Decoded {
  // Valid UTF-8 under a legacy label: a page re-saved as UTF-8 that kept its old `<meta charset=gbk>` (scrapers
  // and converters do this all the time). A browser would show it as mojibake; text in GBK, Big5 or windows-1252
  // with this many non-ASCII characters is all but never valid UTF-8 by chance, so the reader gets the text.
  if (declared !== 'utf-8') {
    const utf8 = strictDecode(bytes, 'utf-8');
    if (utf8 !== null && nonAsciiCount(utf8) >= MIN_NON_ASCII_TO_JUDGE) {
      return {
        text: utf8,
        encoding: 'utf-8',
        warning: `declares ${declared} but is valid UTF-8 throughout; decoded as utf-8`,
      };
    }
  }
  const text = decodeAs(bytes, declared);
  const nonAscii = nonAsciiCount(text);
  if (nonAscii === 0) return { text, encoding: declared };
  const bad = replacementCount(text);
  if (bad >= UNREADABLE_MIN && bad > UNREADABLE_SHARE * nonAscii) {
    const guess = guessEncoding(bytes, declaredLanguage(bytes));
    if (replacementCount(guess.text) * 10 < bad) {
      return {
        text: guess.text,
        encoding: guess.encoding,
        warning: `declares ${declared} but ${bad} characters are unreadable in it; decoded as ${guess.encoding}`,
      };
    }
    return { text, encoding: declared, warning: `${bad} characters are unreadable in the declared ${declared}` };
  }
  if (nonAscii < MIN_NON_ASCII_TO_JUDGE) return { text, encoding: declared };
  const ownScore = plausibility(text);
  if (ownScore >= CLEARLY_READABLE) return { text, encoding: declared };
  const guess = guessEncoding(bytes, declaredLanguage(bytes));
  if (guess.encoding !== declared && plausibility(guess.text) >= ownScore + PLAUSIBILITY_MARGIN) {
    return {
      text,
      encoding: declared,
      warning: `declares ${declared} but may be ${guess.encoding} (it reads better so; try --charset ${guess.encoding})`,
    };
  }
  return { text, encoding: declared };
}
