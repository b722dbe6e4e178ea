/**
 * Loads the Zyte benchmark pages (bench/data/zyte): gzipped HTML and the ground-truth article bodies.
 * `BENCH_LIMIT=n` takes every k-th page so a quick development run still spans the whole set.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface BenchPage {
  id: string;
  url: string;
  truth: string;
  html: string;
}

const DATA = new URL('../data/zyte/', import.meta.url);

export function zytePages(limit = Number(process.env.BENCH_LIMIT) || 0): BenchPage[] {
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', DATA), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  let ids = Object.keys(truth).sort();
  if (limit > 0 && limit < ids.length) {
    const step = ids.length / limit;
    ids = Array.from({ length: limit }, (_, i) => ids[Math.floor(i * step)]!);
  }
  return ids.map((id) => ({
    id,
    url: truth[id]!.url,
    truth: truth[id]!.articleBody,
    html: gunzipSync(readFileSync(new URL(`html/${id}.html.gz`, DATA))).toString('utf8'),
  }));
}

/**
 * jsdom without scripts, resources or console noise. jsdom 29 throws while parsing some stylesheets
 * (an SCSS variable left inside `calc()` on one benchmark page); such a page is parsed again without its
 * `<style>` blocks, which neither extractor reads.
 */
export function quietDom(html: string, url: string): JSDOM {
  const options = { url, virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(html, options);
  } catch {
    return new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''), options);
  }
}
