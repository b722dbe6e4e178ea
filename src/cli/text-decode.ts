/**
 * TextDecoder, with one Node bug worked around: Node 20's one-shot windows-1252 decoder is ISO-8859-1, so it
 * reads 0x80–0x9F (€, curly quotes, dashes, Œ) as invisible C1 controls where every browser reads the
 * characters. ICU's streaming path decodes them right, so windows-1252 — the encoding of every page labelled
 * iso-8859-1 or latin1 — goes through it.
 */

/** The text of `bytes` in `encoding` (a WHATWG name). With `fatal`, throws on bytes the encoding cannot read. */
export function decodeAs(bytes: Uint8Array, encoding: string, fatal = false): string {
  const decoder = new TextDecoder(encoding, { fatal });
  if (decoder.encoding !== 'windows-1252') return decoder.decode(bytes);
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

/** The text, or null when a byte is not valid in the encoding. */
export function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return decodeAs(bytes, encoding, true);
  } catch {
    return null;
  }
}
