/** Assertions about where texts sit in an article's text, for the extraction tests. */
import { expect } from 'vitest';

/** Each of `parts` occurs in `text`, each after the one before it. */
export function expectInOrder(text: string, parts: readonly string[]): void {
  let at = -1;
  for (const part of parts) {
    const found = text.indexOf(part);
    expect(found, part).toBeGreaterThan(at);
    at = found;
  }
}
