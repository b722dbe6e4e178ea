/**
 * Where a page says what its encoding is: `<meta charset>`, `<meta http-equiv="content-type">` and the HTTP
 * Content-Type header. A simplified form of the HTML spec's prescan ("determining the character encoding"):
 * the first bytes are read as latin1, which maps every byte to one character, so ASCII markup can be found
 * before the real encoding is known.
 */

/** Bytes looked at. The spec says 1024; saved Chinese pages often put a long <title> of spam first. */
export const PRESCAN_BYTES = 4096;

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
  const match = contentType?.match(/charset\s*=\s*["']?([^"';\s]+)/i);
  return match?.[1] ?? null;
}

/** The encoding a page declares in its first bytes, resolved to a WHATWG name; null when none or unknown. */
export function prescanMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const [, attrText = ''] of head.matchAll(/<meta\b([^>]*)>?/gi)) {
    const attrs = parseAttributes(attrText);
    const label = attrs.get('charset') ??
      (attrs.get('http-equiv')?.toLowerCase() === 'content-type' ? charsetParam(attrs.get('content')) : null);
    const encoding = resolveLabel(label);
    if (!encoding) continue;
    // The spec's two corrections: a page cannot really be UTF-16 if its ASCII meta tag was readable as
    // bytes, and x-user-defined is treated as windows-1252.
    if (encoding.startsWith('utf-16')) return 'utf-8';
    if (encoding === 'x-user-defined') return 'windows-1252';
    return encoding;
  }
  return null;
}

function parseAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    // The first occurrence of an attribute wins, as in the HTML tokenizer.
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}
