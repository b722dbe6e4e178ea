/**
 * The CLI's words for a page it will not clean, shared by both engines (jsdom in extract.ts, Chromium in
 * chromium/in-page.ts), so a batch reads the same whichever engine ran it.
 */
import { CLI_PAGE_LIMITS } from '../core/limits.js';

const n = (count: number) => count.toLocaleString('en');

export const NO_ARTICLE = 'no article found';

export function tooManyElements(count: number): string {
  return `page too large to clean (${n(count)} elements; the limit is ${n(CLI_PAGE_LIMITS.maxElements)})`;
}

export function tooMuchText(count: number): string {
  return `page too large to clean (${n(count)} characters of text; the limit is ${n(CLI_PAGE_LIMITS.maxText)})`;
}

export function tooDeep(limit: number): string {
  return `page nested too deeply to clean (more than ${n(limit)} levels)`;
}
