/**
 * What the library keeps. Three object stores, written together in one transaction:
 *   entries   LibraryEntry: the small part the list shows (opening the list never reads article bodies)
 *   texts     SearchText: title, names and text folded for search (searching never parses HTML)
 *   articles  SavedArticle: the purified article itself, read when the reader opens it
 */
import type { Article } from '../core/types.js';
import { foldForSearch } from './search.js';

/**
 * The Chinese script of the saved text (same names as core/convert's Script); null when not Chinese or unknown.
 * Declared here so the library does not depend on the converter.
 */
export type SavedScript = 'simplified' | 'traditional';

export interface SavedArticle {
  id: string;
  /** normaliseUrl(article.url): one entry per address. */
  url: string;
  /** When it was last saved, ISO 8601. */
  savedAt: string;
  /** The script the reader was looking at when saving (null: not Chinese, or not told). */
  script: SavedScript | null;
  /** Purified, as shown: original or converted. */
  article: Article;
}

export interface LibraryEntry {
  id: string;
  url: string;
  savedAt: string;
  script: SavedScript | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  excerpt: string | null;
  length: number;
}

export interface SearchText {
  id: string;
  text: string;
}

export function entryOf(saved: SavedArticle): LibraryEntry {
  const { article } = saved;
  return {
    id: saved.id,
    url: saved.url,
    savedAt: saved.savedAt,
    script: saved.script,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    excerpt: article.excerpt,
    length: article.length,
  };
}

export function searchTextOf(saved: SavedArticle): SearchText {
  const { article } = saved;
  return {
    id: saved.id,
    text: foldForSearch(
      [article.title, article.byline, article.siteName, article.textContent].filter(Boolean).join('\n'),
    ),
  };
}

/**
 * The script from the article's language tag — the converter tags what it converts (zh-Hant-TW, zh-Hans),
 * and pages tag themselves (zh-CN, zh-TW, zh-HK). Bare `zh` says nothing about the script.
 */
export function scriptOfLang(lang: string | null): SavedScript | null {
  const tag = (lang ?? '').toLowerCase();
  if (!/^zh\b/.test(tag)) return null;
  if (/-hant\b|-(tw|hk|mo)\b/.test(tag)) return 'traditional';
  if (/-hans\b|-(cn|sg|my)\b/.test(tag)) return 'simplified';
  return null;
}
