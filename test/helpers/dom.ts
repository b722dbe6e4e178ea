/** Parses HTML the way the CLI does (jsdom), for core tests. */
import { JSDOM } from 'jsdom';
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

export const readFixture = (path: string | URL): Buffer => readFileSync(path);

/** The shared material (seed page, benchmarks, peer suites) sits beside the project checkout. */
export const SHARED = new URL('../../../shared/', import.meta.url);
