/**
 * Readability on a prepared clone, then metadata repair: a spam `<title>` or description gives way to
 * the real headline and the article's opening; Chinese label lines fill byline, site and date when the
 * page has no structured metadata.
 */
import { Readability } from '@mozilla/readability';
import type { Removal } from '../types.js';
import { isSpamText } from '../spam/title.js';
import { realHeadline } from './headline.js';
import { cjkMetadata } from './cjk-metadata.js';

export interface Extracted {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** Unsanitised article HTML: callers must pass it through `purify`. */
  rawContent: string;
  removed: Removal[];
}

const EXCERPT_LENGTH = 200;

function openingText(html: string, doc: Document): string | null {
  const holder = doc.createElement('div');
  holder.innerHTML = html; // an inert clone document: nothing here runs or loads
  const first = Array.from(holder.querySelectorAll('p')).map((p) => p.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .find((t) => t.length > 0);
  return first ? first.slice(0, EXCERPT_LENGTH) : null;
}

export function extract(clone: Document): Extracted | null {
  // Read what Readability would destroy: headline candidates and the label lines live outside the article.
  const headline = realHeadline(clone);
  const cjk = cjkMetadata(clone);
  const lang = clone.documentElement?.getAttribute('lang')?.trim() || null;

  const parsed = new Readability(clone).parse();
  if (!parsed?.content || !parsed.textContent?.trim()) return null;

  const removed: Removal[] = [];
  let title = parsed.title?.trim() ?? '';
  if (!title || isSpamText(title)) {
    if (title) removed.push({ reason: 'spam:title', text: title });
    title = headline ?? '';
  }
  let excerpt = parsed.excerpt?.trim() || null;
  if (excerpt && isSpamText(excerpt)) {
    removed.push({ reason: 'spam:description', text: excerpt });
    excerpt = null;
  }
  excerpt ??= openingText(parsed.content, clone);

  return {
    title,
    byline: parsed.byline?.trim() || cjk.byline,
    siteName: parsed.siteName?.trim() || cjk.siteName,
    lang: parsed.lang?.trim() || lang,
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    publishedTime: parsed.publishedTime?.trim() || cjk.publishedTime,
    excerpt,
    rawContent: parsed.content,
    removed,
  };
}
