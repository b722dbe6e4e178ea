/**
 * Converts an Article (src/core/types.ts) — what the popup shows, the library saves and the CLI prints.
 * `content` goes through the DOM conversion so phrases cut by markup stay whole; its markup is untouched
 * (only text changes), so the sanitised HTML stays sanitised. Core has no global document: the caller
 * passes a parser (DOMParser in the browser, jsdom in Node).
 */
import type { Article } from '../types.js';
import type { Converter } from './converter.js';
import { convertElement } from './dom.js';

/** Parses an HTML document string: `(html) => new DOMParser().parseFromString(html, 'text/html')`. */
export type ParseHtml = (html: string) => Document;

const convertOrNull = (converter: Converter, value: string | null) =>
  value === null ? null : converter.convert(value);

export function convertArticle(article: Article, converter: Converter, parse: ParseHtml): Article {
  const doc = parse(`<!DOCTYPE html><html><head></head><body>${article.content}</body></html>`);
  // The reader's container carries the lang (from article.lang); the body tag is not part of the content.
  convertElement(doc.body, converter, { setLang: false });
  const textContent = converter.convert(article.textContent);
  return {
    ...article,
    title: converter.convert(article.title),
    byline: convertOrNull(converter, article.byline),
    siteName: convertOrNull(converter, article.siteName),
    excerpt: convertOrNull(converter, article.excerpt),
    lang: converter.lang,
    content: doc.body.innerHTML,
    textContent,
    length: textContent.length,
  };
}
