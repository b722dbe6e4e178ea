/**
 * Where the real headline and excerpt come from when the page's `<title>` or description is spam:
 * og:title, JSON-LD headline, then the first `<h1>` — each skipped if it is spam too.
 */
import { collapsedText, elementsByTag } from '../dom.js';
import { isSpamText } from '../spam/title.js';
import { parseJsonLd } from './json-ld.js';

/**
 * What the headline candidates are read from, captured before Readability takes the page apart (it drops the
 * scripts and moves the headings); the choice itself is made later, and only when the title needs it.
 */
export interface HeadlineSources {
  ogTitle: string | null;
  twitterTitle: string | null;
  /** Parsed JSON-LD blocks (json-ld.ts), shared with the other readers of structured data. */
  jsonLd: readonly unknown[];
  h1s: readonly string[];
}

export function headlineSources(doc: Document, jsonLd: readonly unknown[] = parseJsonLd(doc)): HeadlineSources {
  let ogTitle: string | null = null;
  let twitterTitle: string | null = null;
  // One pass over the <meta> elements, first of each kind wins (as querySelector would have it).
  for (const meta of elementsByTag(doc, 'meta')) {
    const content = () => meta.getAttribute('content')?.trim() || null;
    if (ogTitle === null && (meta.getAttribute('property') === 'og:title' || meta.getAttribute('name') === 'og:title'))
      ogTitle = content() ?? '';
    if (twitterTitle === null && meta.getAttribute('name') === 'twitter:title') twitterTitle = content() ?? '';
  }
  return {
    ogTitle: ogTitle || null,
    twitterTitle: twitterTitle || null,
    jsonLd,
    h1s: elementsByTag(doc, 'h1').map((h) => collapsedText(h)),
  };
}

/** The first top-level JSON-LD item with a headline. */
export function jsonLdHeadline(blocks: readonly unknown[]): string | null {
  for (const data of blocks) {
    for (const item of Array.isArray(data) ? data : [data]) {
      const headline = (item as { headline?: unknown } | null)?.headline;
      if (typeof headline === 'string' && headline.trim()) return headline.trim();
    }
  }
  return null;
}

/** The first headline candidate that is not spam, or null: og:title, twitter:title, JSON-LD, then each `<h1>`. */
export function realHeadline(from: Document | HeadlineSources): string | null {
  const src = 'nodeType' in from ? headlineSources(from) : from;
  const candidates = [src.ogTitle, src.twitterTitle, () => jsonLdHeadline(src.jsonLd), ...src.h1s];
  for (const candidate of candidates) {
    const c = typeof candidate === 'function' ? candidate() : candidate;
    if (c && c.length > 1 && !isSpamText(c)) return c;
  }
  return null;
}

/**
 * Separators Chinese (and many other) sites put between headline and site name, often without spaces; a forum's
 * name in brackets after its thread's subject ("标题【考研吧】_百度贴吧") starts a suffix the same way.
 */
const SITE_SUFFIX = /^\s*(?:[_|｜\-–—－‖·»>:：【]|--)/;

/** A site's short name before the headline with a colon, as ministries and agencies write it: "BMUV: …". */
const SITE_PREFIX = /^[^\s:：]+(?:\s+[^\s:：]+){0,2}\s*[:：]\s+$/;

/** A separator with space on both sides, as European titles put them around a section or site name. */
const SPACED_SEPARATOR = /\s+(?:[|\-–—‖·»/]|--)\s+/;

/**
 * The type tag a forum puts before a thread's subject in its `<h1>` but not in `<title>`: Discuz!'s "[求助]", "【原创】",
 * an English board's "[Solved]".
 */
const TYPE_TAG = /^\s*[[【［][^\]】］]{1,12}[\]】］]\s*/u;

/**
 * `<title>` minus a site suffix, when the page's own `<h1>` is the title's start: "标题_网易新闻",
 * "标题--人民网", "标题|长江|生态_新浪新闻". Readability only splits on spaced separators (" | ", " - ").
 * Or minus a section before it and the site after it, when the `<h1>` is a middle part of the title:
 * "Autoconsumo - Cómo montar paso a paso una comunidad energética - Energías Renovables, el periodismo …";
 * or minus the site's name before it, when the `<h1>` is the title's last and longest part: "Site | Headline of
 * the story" (a short last part is more likely the site's name printed as a heading), or with a colon: "BMUV: Headline
 * of the story". Of several headings that
 * fit, the longest: a section's `<h1>` at the title's start gives way to the headline's.
 */
export function trimSiteSuffix(title: string, headings: readonly string[]): string {
  const parts = title.split(SPACED_SEPARATOR).map((part) => part.trim());
  const words = (s: string) => s.split(/\s+/).length;
  const longest = (h: string, skip: number) => parts.every((part, i) => i === skip || words(part) < words(h));
  let best: string | null = null;
  const take = (h: string) => {
    if (!best || h.length > best.length) best = h;
  };
  for (const h of headings.flatMap((heading) => [heading, heading.replace(TYPE_TAG, '')])) {
    if (h.length < 4 || h === title) continue;
    if (title.startsWith(h) && SITE_SUFFIX.test(title.slice(h.length))) take(h);
    if (title.endsWith(h) && SITE_PREFIX.test(title.slice(0, -h.length))) take(h);
    const at = parts.indexOf(h.trim());
    if (parts.length < 2 || at <= 0 || words(h) < 3) continue;
    if (at < parts.length - 1 || longest(h, at)) take(h.trim());
  }
  return best ?? title;
}
