/**
 * The reader's conversion exceptions as typed in the options page, one per line:
 *   東涌          keep this phrase as written, in every conversion
 *   鼠标=滑鼠     convert "鼠标" to "滑鼠" (also "→" or "->" between them)
 */
export function parseExceptions(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [from, to] = trimmed.split(/\s*(?:=|→|->)\s*/, 2).map((s) => s.trim());
    if (from) pairs.push([from, to || from]);
  }
  return pairs;
}

export function formatExceptions(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([from, to]) => (from === to ? from : `${from}=${to}`)).join('\n');
}
