import { collapseSpace } from '../dom.js';
/**
 * A file name from an article title that every file system and both browsers' downloads APIs accept:
 * CJK and other letters kept as they are, characters Windows, macOS or the downloads API refuse removed,
 * and the length capped so `title.epub` fits comfortably under the 255-byte limit of ext4 and APFS.
 */

/** Refused by Windows (`<>:"/\|?*`), by Chrome's downloads API (`~` at the start, `%`), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are among what it removes
const UNSAFE = /[<>:"/\\|?*%\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Windows refuses these names whatever the extension (CON.md is as bad as CON). */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
/** UTF-8 bytes for the stem: CJK takes 3 bytes a character, so 150 bytes is ~50 Chinese characters. */
const MAX_STEM_BYTES = 150;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Cuts at whole code points (never half a surrogate pair) so the result stays valid UTF-16 and UTF-8. */
function capBytes(text: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > max) break;
    out += char;
    bytes += size;
  }
  return out;
}

/** The stem alone (no extension), e.g. `山東脫貧攻堅“成績單”` or `untitled`. */
export function fileStem(title: string, fallback = 'article'): string {
  let stem = collapseSpace(title.normalize('NFC').replace(UNSAFE, ' '));
  stem = capBytes(stem, MAX_STEM_BYTES).trim();
  // Leading dots hide the file on Unix; trailing dots and spaces are silently dropped (or refused) on Windows.
  stem = stem.replace(/^[.\s~-]+/, '').replace(/[.\s]+$/, '');
  if (!stem || RESERVED.test(stem)) return fallback;
  return stem;
}

/** `fileName('A: b/c?', 'md')` → `A b c.md`. */
export function fileName(title: string, extension: string, fallback = 'article'): string {
  return `${fileStem(title, fallback)}.${extension}`;
}

/** Makes names unique within one archive by numbering repeats: `a.md`, `a (2).md`, `a (3).md`. */
export function uniqueNames(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
}
