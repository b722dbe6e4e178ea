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
  CASES.flatMap((c) => (c.expected[config] === undefined ? [] : [{ id: c.id, input: c.input, expected: c.expected[config]! }]));

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const newDocument = (html = '<!DOCTYPE html><html><head><title></title></head><body></body></html>'): Document =>
  new JSDOM(html).window.document;

export const parseHtml = (html: string): Document => new JSDOM(html).window.document;
