/** Parses HTML the way the CLI does (jsdom), for core tests. */
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { clean } from '../../src/core/clean.js';
import type { Article, CleanOptions } from '../../src/core/types.js';

export function parse(html: string | Buffer, url = 'https://example.test/article'): JSDOM {
  return new JSDOM(html, { url });
}

export function cleanHtml(html: string | Buffer, options: CleanOptions & { url?: string } = {}): Article | null {
  const dom = parse(html, options.url);
  return clean(dom.window.document, { ...options, window: dom.window as unknown as Window });
}

/** The clean article's text, as the CLI would give it for `html` at `url`; '' when Winnow finds no article. */
export const cleanedText = (html: string, url?: string): string =>
  clean(parse(html, url).window.document)?.textContent ?? '';

/** Readability's text alone for the same page: the peer an extraction test shows the case against. */
export const readabilityText = (html: string, url?: string): string =>
  new Readability(parse(html, url).window.document).parse()?.textContent ?? '';

export const readFixture = (path: string | URL): Buffer => readFileSync(path);

/** The shared material (seed page, benchmarks, peer suites) sits beside the project checkout. */
export const SHARED = new URL('../../../shared/', import.meta.url);
