/**
 * The Chinese fixture set (test/fixtures/zh): `<name>.html` beside `<name>.json` holding the expected
 * title, byline, siteName, publishedTime and article text (paragraphs separated by blank lines).
 * Shared by the unit tests and the quality bench.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface ZhExpected {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** Whether isReaderable() should accept the page. */
  readerable: boolean;
  text: string;
}

export interface ZhFixture {
  name: string;
  url: string;
  html: string;
  expected: ZhExpected;
}

const DIR = new URL('../../test/fixtures/zh/', import.meta.url);

export function zhFixtures(): ZhFixture[] {
  if (!existsSync(DIR)) return [];
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const expected = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as ZhExpected;
      return { name, url: expected.url, html: readFileSync(new URL(file, DIR), 'utf8'), expected };
    });
}
