/** Shared material for the conversion tests: OpenCC's cases, a seeded PRNG, a jsdom document. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { ConvertConfig } from '../../../src/core/convert/configs.js';

export interface OpenccCase {
  id: string;
  input: string;
  expected: Partial<Record<string, string>>;
}

const FIXTURE = new URL('../../fixtures/convert/opencc-testcases.json', import.meta.url);

/** OpenCC's test cases; the file has trailing commas, which JSON.parse refuses. */
export const CASES: OpenccCase[] = JSON.parse(readFileSync(FIXTURE, 'utf8').replace(/,(\s*[}\]])/g, '$1')).cases;

export const casesFor = (config: ConvertConfig): Array<{ id: string; input: string; expected: string }> =>
  CASES.flatMap((c) =>
    c.expected[config] === undefined ? [] : [{ id: c.id, input: c.input, expected: c.expected[config] }],
  );

export const newDocument = (html = '<!DOCTYPE html><html><head><title></title></head><body></body></html>'): Document =>
  new JSDOM(html).window.document;

export const parseHtml = (html: string): Document => new JSDOM(html).window.document;
