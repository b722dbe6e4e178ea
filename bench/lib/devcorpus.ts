/**
 * Loads the development corpus (bench/data/devcorpus): real pages from other extractor projects' fixtures, one
 * zip per source (`<id>.html`, the page's bytes, beside `<id>.txt`, the article text that project expects) and
 * every page described in `pages.json`. Pages Winnow was not written for, to measure it per source, language and
 * page type; see that folder's README.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

export type PageType = 'news' | 'blog' | 'gov' | 'company' | 'forum' | 'docs' | 'other';

/**
 * What the expected text is: `full`, the whole article body; `opening`, only its first words or sentence (the
 * source project checks no more); `part`, a part of the article a reader must keep though the project checks
 * nothing else (a recipe's ingredients and steps, without the story around them). The last two can say how much
 * of that part was kept (recall) and nothing about what else was kept (precision).
 */
export type Expectation = 'full' | 'opening' | 'part';

export interface DevPageInfo {
  id: string;
  url: string;
  /** BCP 47 primary language of the article. */
  lang: string;
  type: PageType;
  expect: Expectation;
  /** The zip in the corpus folder that holds the page and its text. */
  pack: string;
  /** Where the page and its expected text come from, the file(s) there, and their licence. */
  source: string;
  path: string;
  licence: string;
}

export interface DevPage extends DevPageInfo {
  html: string;
  truth: string;
}

const DATA = new URL('../data/devcorpus/', import.meta.url);

/**
 * The page's bytes decoded as a browser would when the server says nothing: a BOM first, then a
 * `<meta charset>` / `http-equiv` declaration in the first 1024 bytes, else UTF-8. The corpus' pages all
 * declare or are UTF-8 today; this keeps a legacy-encoded page added later from being read as mojibake.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function devCorpusInfos(): DevPageInfo[] {
  return JSON.parse(readFileSync(new URL('pages.json', DATA), 'utf8')) as DevPageInfo[];
}

export function devCorpusPages(): DevPage[] {
  const packs = new Map<string, Record<string, Uint8Array>>();
  const pack = (name: string) => {
    let files = packs.get(name);
    if (!files) packs.set(name, (files = unzipSync(readFileSync(new URL(name, DATA)))));
    return files;
  };
  return devCorpusInfos().map((info) => {
    const files = pack(info.pack);
    const html = files[`${info.id}.html`];
    const truth = files[`${info.id}.txt`];
    if (!html || !truth) throw new Error(`${info.pack} lacks ${info.id}.html or ${info.id}.txt`);
    return { ...info, html: decodeHtml(html), truth: new TextDecoder('utf-8').decode(truth) };
  });
}
