/**
 * The library as one file: `{ format: 'winnow-library', version: 1, exportedAt, articles: [...] }`.
 * Import validates the whole file before anything is written — a foreign or damaged file is refused with a
 * reason and changes nothing — then merges by URL (merge.ts). Pure: no storage, no DOM.
 */
import type { Article, Removal } from '../core/types.js';
import type { SavedArticle, SavedScript } from './record.js';
import { normaliseUrl } from './url.js';

export const LIBRARY_FORMAT = 'winnow-library';
export const LIBRARY_VERSION = 1;

/** One article in the file: what the library keeps, minus the local id. */
export interface FileArticle {
  url: string;
  savedAt: string;
  script: SavedScript | null;
  article: Article;
}

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_VERSION;
  exportedAt: string;
  articles: FileArticle[];
}

/** Why a file was refused; the page turns these into sentences in the reader's language. */
export type FileProblem =
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer-version'; version: number }
  | { code: 'malformed'; detail: string };

/** Newest first, then by address: the same library always exports the same bytes (save for exportedAt). */
export function toLibraryFile(saved: readonly SavedArticle[], exportedAt: string): LibraryFile {
  const articles = saved
    .map(({ url, savedAt, script, article }) => ({ url, savedAt, script, article }))
    .sort((a, b) => (a.savedAt === b.savedAt ? (a.url < b.url ? -1 : 1) : a.savedAt < b.savedAt ? 1 : -1));
  return { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, exportedAt, articles };
}

export function parseLibraryFile(
  text: string,
): { ok: true; articles: FileArticle[] } | { ok: false; problem: FileProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isObject(data) || data.format !== LIBRARY_FORMAT) return { ok: false, problem: { code: 'foreign' } };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return { ok: false, problem: { code: 'malformed', detail: 'version' } };
  }
  if (data.version > LIBRARY_VERSION) return { ok: false, problem: { code: 'newer-version', version: data.version } };
  if (!Array.isArray(data.articles)) return { ok: false, problem: { code: 'malformed', detail: 'articles' } };
  const articles: FileArticle[] = [];
  for (const [index, item] of data.articles.entries()) {
    const problem = articleProblem(item);
    if (problem) return { ok: false, problem: { code: 'malformed', detail: `#${index + 1} ${problem}` } };
    const { url, savedAt, script, article } = item as FileArticle;
    articles.push({
      url: normaliseUrl(url),
      savedAt: new Date(savedAt).toISOString(),
      script,
      article: pickArticle(article),
    });
  }
  return { ok: true, articles };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown) => value === null || typeof value === 'string';

/** The first thing wrong with one article, as `field`, or null when it is sound. */
function articleProblem(item: unknown): string | null {
  if (!isObject(item)) return 'not an object';
  if (!isText(item.url) || !item.url.trim()) return 'url';
  if (!isText(item.savedAt) || Number.isNaN(new Date(item.savedAt).getTime())) return 'savedAt';
  if (!(item.script === null || item.script === 'simplified' || item.script === 'traditional')) return 'script';
  const a = item.article;
  if (!isObject(a)) return 'article';
  for (const field of ['url', 'title', 'content', 'textContent'] as const)
    if (!isText(a[field])) return `article.${field}`;
  for (const field of ['byline', 'siteName', 'lang', 'publishedTime', 'excerpt'] as const)
    if (!isTextOrNull(a[field])) return `article.${field}`;
  if (!(a.dir === null || a.dir === 'ltr' || a.dir === 'rtl')) return 'article.dir';
  if (typeof a.length !== 'number' || !Number.isFinite(a.length)) return 'article.length';
  if (!Array.isArray(a.removed) || !a.removed.every((r) => isObject(r) && isText(r.reason) && isText(r.text)))
    return 'article.removed';
  return null;
}

/** Only the Article's own fields: a file cannot smuggle extra properties into the library. */
function pickArticle(a: Article): Article {
  return {
    url: a.url,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    lang: a.lang,
    dir: a.dir,
    publishedTime: a.publishedTime,
    excerpt: a.excerpt,
    content: a.content,
    textContent: a.textContent,
    length: a.length,
    removed: a.removed.map((r: Removal) => ({ reason: r.reason, text: r.text })),
    // A multi-page article keeps its page count and addresses (issue 16), when they are sound.
    ...(typeof a.pages === 'number' && Array.isArray(a.pageUrls) && a.pageUrls.every((u) => typeof u === 'string')
      ? { pages: a.pages, pageUrls: [...a.pageUrls] }
      : {}),
  };
}
