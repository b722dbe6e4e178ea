/**
 * Where the real headline and excerpt come from when the page's `<title>` or description is spam:
 * og:title, JSON-LD headline, then the first `<h1>` — each skipped if it is spam too.
 */
import { collapsedText } from '../dom.js';
import { isSpamText } from '../spam/title.js';

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

function jsonLdHeadline(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      for (const item of Array.isArray(data) ? data : [data]) {
        const headline = (item as { headline?: unknown } | null)?.headline;
        if (typeof headline === 'string' && headline.trim()) return headline.trim();
      }
    } catch {
      // A page's broken JSON-LD is its own problem; other sources remain.
    }
  }
  return null;
}

/** The first headline candidate that is not spam, or null. Reads `doc` before Readability mutates it. */
export function realHeadline(doc: Document): string | null {
  const candidates = [
    metaContent(doc, 'meta[property="og:title"], meta[name="og:title"]'),
    metaContent(doc, 'meta[name="twitter:title"]'),
    jsonLdHeadline(doc),
    ...Array.from(doc.querySelectorAll('h1')).map((h) => collapsedText(h)),
  ];
  return candidates.find((c) => c && c.length > 1 && !isSpamText(c)) ?? null;
}

/** Separators Chinese (and many other) sites put between headline and site name, often without spaces. */
const SITE_SUFFIX = /^\s*(?:[_|｜\-–—‖·»>:：]|--)/;

/**
 * `<title>` minus a site suffix, when the page's own `<h1>` is the title's start: "标题_网易新闻",
 * "标题--人民网", "标题|长江|生态_新浪新闻". Readability only splits on spaced separators (" | ", " - ").
 */
export function trimSiteSuffix(title: string, headings: readonly string[]): string {
  for (const h of headings) {
    if (h.length >= 4 && h !== title && title.startsWith(h) && SITE_SUFFIX.test(title.slice(h.length))) return h;
  }
  return title;
}
