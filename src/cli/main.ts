// Interim entry while the CLI is built out (issue 2, item 6).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { clean } from '../core/clean.js';

const file = process.argv[3];
if (process.argv[2] !== 'clean' || !file) {
  console.error('usage: winnow clean FILE');
  process.exit(2);
}
const dom = new JSDOM(readFileSync(file));
const article = clean(dom.window.document, { window: dom.window as unknown as Window });
if (!article) process.exit(1);
console.log(JSON.stringify(article, null, 2));
