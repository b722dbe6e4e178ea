/**
 * The generated pages of many elements the benches time (test/fixtures/security/generate.ts, `largePage`): their
 * sizes, written once for the huge, stages and CLI benches. Generated on demand: the largest is 4 MB of markup.
 */
import { largePage } from '../../test/fixtures/security/generate.js';

export interface ElementPage {
  name: string;
  elements: number;
  megabytes: number;
}

export const ELEMENT_PAGES: readonly ElementPage[] = [
  { name: '10k elements (0.2 MB)', elements: 10_000, megabytes: 0.2 },
  { name: '50k elements (1 MB)', elements: 50_000, megabytes: 1 },
  { name: '100k elements (1.5 MB)', elements: 100_000, megabytes: 1.5 },
  { name: '300k elements (4 MB)', elements: 300_000, megabytes: 4 },
];

/** The pages up to `maxElements` elements. */
export const elementPagesUpTo = (maxElements: number): readonly ElementPage[] =>
  ELEMENT_PAGES.filter((page) => page.elements <= maxElements);

export const elementPageHtml = (page: ElementPage): string => largePage(page.elements, page.megabytes);
