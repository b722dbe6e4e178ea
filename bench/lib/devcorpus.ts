/**
 * Loads the development corpus (bench/data/devcorpus): real pages from other extractor projects' fixtures,
 * each `<id>.html.gz` beside `<id>.txt` (the article text that project expects) and described in `pages.json`.
 * Pages Winnow was not written for, to measure it per language and per page type; see that folder's README.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export type PageType = 'news' | 'blog' | 'gov' | 'company' | 'forum' | 'docs' | 'other';

export interface DevPageInfo {
  id: string;
  url: string;
  /** BCP 47 primary language of the article. */
  lang: string;
  type: PageType;
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

export function devCorpusPages(): DevPage[] {
  const infos = JSON.parse(readFileSync(new URL('pages.json', DATA), 'utf8')) as DevPageInfo[];
  return infos.map((info) => ({
    ...info,
    html: decodeHtml(gunzipSync(readFileSync(new URL(`${info.id}.html.gz`, DATA)))),
    truth: readFileSync(new URL(`${info.id}.txt`, DATA), 'utf8'),
  }));
}
