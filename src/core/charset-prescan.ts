/**
 * Where a page says what its encoding is, read as a browser reads it: the HTTP Content-Type charset, and the
 * HTML standard's prescan of the first 1024 bytes for `<meta charset>` / `<meta http-equiv=content-type>`
 * ("prescan a byte stream to determine its encoding", followed step by step below). A declaration the prescan
 * misses but that still sits in the <head> — after a long spam <title> or inline script — is honoured too:
 * the parser meets it and re-reads the page in it ("change the encoding"), as Chromium does.
 *
 * Bytes are handled as latin1 text (one character per byte) so ASCII markup can be matched before the real
 * encoding is known.
 */
/** How far the standard's prescan looks. */
export const PRESCAN_BYTES = 1024;

/** The WHATWG encoding name for a label (`gb2312` → `gbk`), or null when TextDecoder does not know it. */
export function resolveLabel(label: string | null | undefined): string | null {
  const trimmed = label?.trim();
  if (!trimmed) return null;
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null; // an unknown label falls through to the next source, as browsers do
  }
}

/** The charset parameter of a Content-Type value (`text/html; charset="gbk"` → `gbk`), as written. */
export function charsetParam(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]+))/i);
  return match?.[1] ?? match?.[2] ?? null;
}

/** The encoding the first 1024 bytes declare, resolved to a WHATWG name; null when none or unknown. */
export function prescanMeta(bytes: Uint8Array): string | null {
  return scan(latin1(bytes.subarray(0, PRESCAN_BYTES)), false);
}

/** A declaration in the <head> beyond the prescan window, which the parser would still obey. */
export function lateMeta(bytes: Uint8Array): string | null {
  return bytes.length > PRESCAN_BYTES ? scan(latin1(bytes), true) : null;
}

/**
 * One character per byte. windows-1252 is a single-byte decoder in the Encoding Standard (every byte gives one
 * UTF-16 unit), so offsets match and ASCII markup reads as itself; it works in Node and in a content script
 * alike, which is why this file is in core: the CLI and the extension's fetched pages decode by the same rules.
 */
const BYTES_AS_TEXT = new TextDecoder('windows-1252');
const latin1 = (bytes: Uint8Array) => BYTES_AS_TEXT.decode(bytes);

const SPACE = /[\t\n\f\r ]/;
const LETTER = /[A-Za-z]/;
/** Start tags that may sit in a <head>: any other one starts the body, where Chromium no longer looks. */
const HEAD_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'link',
  'script',
  'style',
  'base',
  'noscript',
  'template',
  'object',
  'param',
]);
/** Elements whose content is text, not markup: a `<meta>` written inside them is not a tag. */
const RAW_TEXT = new Set(['title', 'script', 'style', 'textarea', 'noscript', 'template']);

function scan(s: string, headOnly: boolean): string | null {
  let pos = 0;
  while (pos < s.length) {
    if (s.startsWith('<!--', pos)) {
      const end = s.indexOf('-->', pos + 2);
      if (end === -1) return null;
      pos = end + 3;
    } else if (/^<meta[\t\n\f\r /]/i.test(s.slice(pos, pos + 6))) {
      const found = metaEncoding(s, pos + 5);
      if (found.encoding) return found.encoding;
      pos = found.next;
    } else if (
      s[pos] === '<' &&
      (LETTER.test(s[pos + 1] ?? '') || (s[pos + 1] === '/' && LETTER.test(s[pos + 2] ?? '')))
    ) {
      const closing = s[pos + 1] === '/';
      let end = pos + (closing ? 2 : 1);
      while (end < s.length && !SPACE.test(s[end]!) && s[end] !== '>') end++;
      const name = s.slice(pos + (closing ? 2 : 1), end).toLowerCase();
      if (headOnly && !closing && !HEAD_TAGS.has(name)) return null;
      if (headOnly && closing && name === 'head') return null;
      pos = end;
      for (let attr = getAttribute(s, pos); attr; attr = getAttribute(s, pos)) pos = attr.next;
      if (headOnly && !closing && RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}`, 'gi');
        close.lastIndex = pos;
        if (!close.test(s)) return null;
        pos = close.lastIndex - name.length - 2;
      }
    } else if (s.startsWith('<!', pos) || s.startsWith('</', pos) || s.startsWith('<?', pos)) {
      const end = s.indexOf('>', pos);
      if (end === -1) return null;
      pos = end + 1;
    } else {
      pos++;
    }
  }
  return null;
}

/** The standard's steps for one <meta>: an encoding, or where to go on scanning. */
function metaEncoding(s: string, start: number): { encoding: string | null; next: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  let pos = start;
  for (let attr = getAttribute(s, pos); attr; attr = getAttribute(s, pos)) {
    pos = attr.next;
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === 'http-equiv' && attr.value === 'content-type') gotPragma = true;
    else if (attr.name === 'content' && charset === null) {
      const label = charsetFromContent(attr.value);
      if (label !== null) {
        charset = metaLabel(label);
        needPragma = true;
      }
    } else if (attr.name === 'charset') {
      charset = metaLabel(attr.value);
      needPragma = false;
    }
  }
  if (needPragma === null || (needPragma && !gotPragma) || !charset) return { encoding: null, next: pos };
  // A page cannot really be UTF-16 if its meta tag was readable as ASCII bytes; x-user-defined means Latin.
  if (charset.startsWith('utf-16')) return { encoding: 'utf-8', next: pos };
  if (charset === 'x-user-defined') return { encoding: 'windows-1252', next: pos };
  return { encoding: charset, next: pos };
}

/** A meta label's encoding, '' when unknown; Node's TextDecoder lacks x-user-defined, which the standard names. */
const metaLabel = (label: string) =>
  label.trim() === 'x-user-defined' ? 'x-user-defined' : (resolveLabel(label) ?? '');

/** "Get an attribute": name and value lower-cased, as the standard's byte steps give them; null at `>` or end. */
function getAttribute(s: string, start: number): { name: string; value: string; next: number } | null {
  let pos = start;
  while (pos < s.length && (SPACE.test(s[pos]!) || s[pos] === '/')) pos++;
  if (pos >= s.length || s[pos] === '>') return null;
  let name = '';
  for (; ; pos++) {
    const c = s[pos];
    if (c === undefined) return null;
    if (c === '=' && name !== '') break;
    if (SPACE.test(c)) {
      while (pos < s.length && SPACE.test(s[pos]!)) pos++;
      if (s[pos] !== '=') return { name, value: '', next: pos };
      break;
    }
    if (c === '/' || c === '>') return { name, value: '', next: pos };
    name += c.toLowerCase();
  }
  pos++; // past '='
  while (pos < s.length && SPACE.test(s[pos]!)) pos++;
  const quote = s[pos];
  if (quote === '"' || quote === "'") {
    const end = s.indexOf(quote, pos + 1);
    if (end === -1) return null;
    return { name, value: s.slice(pos + 1, end).toLowerCase(), next: end + 1 };
  }
  if (quote === '>') return { name, value: '', next: pos };
  let end = pos;
  while (end < s.length && !SPACE.test(s[end]!) && s[end] !== '>') end++;
  if (end >= s.length) return null;
  return { name, value: s.slice(pos, end).toLowerCase(), next: end };
}

/** "Extract a character encoding from a meta element": the label after `charset=` in a content attribute. */
export function charsetFromContent(content: string): string | null {
  let pos = 0;
  for (;;) {
    const at = content.toLowerCase().indexOf('charset', pos);
    if (at === -1) return null;
    pos = at + 7;
    while (SPACE.test(content[pos] ?? '')) pos++;
    if (content[pos] !== '=') continue;
    pos++;
    while (SPACE.test(content[pos] ?? '')) pos++;
    const c = content[pos];
    if (c === undefined) return null;
    if (c === '"' || c === "'") {
      const end = content.indexOf(c, pos + 1);
      return end === -1 ? null : content.slice(pos + 1, end);
    }
    const rest = content.slice(pos).match(/^[^\t\n\f\r ;]+/);
    return rest ? rest[0] : null;
  }
}

/**
 * The language a page says it is in — `<html lang>`, else a content-language meta — lower-cased (`zh-tw`),
 * or null. Only a hint for guessing an undeclared encoding, so the same ASCII scan of the head is enough.
 */
export function declaredLanguage(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 16 * 1024));
  const html = head.match(/<html\b[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)/i);
  if (html) return html[1]!.toLowerCase().replace('_', '-');
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-language/i.test(tag)) continue;
    const value = tag.match(/content\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)/i);
    if (value) return value[1]!.toLowerCase().replace('_', '-');
  }
  return null;
}
