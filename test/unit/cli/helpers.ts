/** Shared by the CLI tests: the fixture directory and a legacy-encoding encoder for inline cases. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));
export const SEED_PAGE = fileURLToPath(new URL('../../fixtures/pages/seed-page.html', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const fixture = (name: string): Buffer => readFileSync(`${FIXTURES}${name}`);

/** Encodes text in a double-byte legacy encoding by reversing TextDecoder (TextEncoder writes only UTF-8). */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (!map.has(char)) map.set(char, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  }
  return Uint8Array.from(
    [...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (map.get(char) ?? []))),
  );
}

export const titleOf = (html: string): string | undefined => html.match(/<title>(.*?)<\/title>/)?.[1];
