/**
 * What the page-world cleaner (page-world.ts) answers, and the check the background makes of it. The answer
 * comes out of the page's own world, where the page's scripts could have shaped it: it is read field by field
 * into a fresh object of the expected shape, and anything else makes the background clean the page from the
 * isolated world instead. The article's HTML is sanitised by every sink as always; the check keeps the rest of
 * the extension from receiving values of the wrong type.
 */
import type { Article, Removal } from '../core/types.js';
import type { SkippedStage } from '../core/budget.js';
import type { LiveOutcome } from './pipeline.js';
import type { PreparedPage } from '../core/prepared-page.js';

/** The page-world cleaner's file, beside content.js (build.mjs); and the whole clean there, for large pages. */
export const PAGE_WORLD_FILE = 'page-world.js';
export const PAGE_WORLD_WHOLE_FILE = 'page-world-whole.js';

export type PageWorldAnswer =
  /** Clean the page from the isolated world (content.js): `why` for the logs of a test or bench. */
  | { kind: 'isolated'; why: string }
  /** A large page: clean it whole in the page's world (page-world-whole.ts), which answers `outcome`. */
  | { kind: 'whole' }
  /**
   * `pager`: the article has following pages, for more.js to join. Wall-clock `parsed` (the script's first line ran),
   * `started` (its modules set up, the clean begins) and `done`.
   */
  | { kind: 'outcome'; outcome: LiveOutcome; pager: boolean; parsed?: number; started: number; done: number }
  /** The page without what the reader cannot see, for the extension to make its article of (src/extractor/). */
  | ({ kind: 'prepared'; pager: boolean; parsed?: number; started: number; done: number } & Handoff);

/**
 * What the extraction needs of a prepared page: the page itself; whether it is framed (said if no article is
 * found); the clean's deadline on the wall clock and the stages already cut short for time (none: no limit).
 */
export interface Handoff {
  page: PreparedPage;
  framed: boolean;
  deadline?: number;
  skipped: SkippedStage[];
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): value is string => typeof value === 'string';
const strOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const count = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const SKIPPABLE: readonly SkippedStage[] = ['visibility', 'prune', 'purify'];

function readRemovals(value: unknown): Removal[] | null {
  if (!Array.isArray(value)) return null;
  const removals: Removal[] = [];
  for (const item of value) {
    if (!isPlain(item) || !str(item.reason) || !str(item.text)) return null;
    removals.push({ reason: item.reason, text: item.text });
  }
  return removals;
}

function readArticle(value: unknown): Article | null {
  if (!isPlain(value)) return null;
  const { url, title, byline, siteName, lang, dir, publishedTime, excerpt, content, textContent, length } = value;
  if (!str(url) || !str(title) || !str(content) || !str(textContent) || length !== textContent.length) return null;
  if (![byline, siteName, lang, publishedTime, excerpt].every(strOrNull)) return null;
  if (dir !== null && dir !== 'ltr' && dir !== 'rtl') return null;
  const removed = readRemovals(value.removed);
  if (!removed) return null;
  // The page world runs without the reader's site fixes and cleans one page: those fields never come from it.
  if (value.siteRule !== undefined || value.pages !== undefined || value.pageUrls !== undefined) return null;
  const skipped = value.skipped;
  if (
    skipped !== undefined &&
    !(Array.isArray(skipped) && skipped.every((stage: unknown) => SKIPPABLE.includes(stage as SkippedStage)))
  )
    return null;
  return {
    url,
    title,
    byline: byline as string | null,
    siteName: siteName as string | null,
    lang: lang as string | null,
    dir,
    publishedTime: publishedTime as string | null,
    excerpt: excerpt as string | null,
    content,
    textContent,
    length,
    removed,
    ...(skipped ? { skipped: [...(skipped as SkippedStage[])] } : {}),
  };
}

function readHandoff(value: Plain): Handoff | null {
  const { page, framed, deadline, skipped } = value;
  if (!isPlain(page) || typeof framed !== 'boolean') return null;
  const { html, url, baseURI } = page;
  if (!str(html) || !str(url) || !str(baseURI)) return null;
  const removed = readRemovals(page.removed);
  if (!removed || (deadline !== undefined && typeof deadline !== 'number')) return null;
  if (!Array.isArray(skipped) || !skipped.every((stage: unknown) => SKIPPABLE.includes(stage as SkippedStage)))
    return null;
  return {
    page: { html, url, baseURI, removed },
    framed,
    ...(deadline === undefined ? {} : { deadline }),
    skipped: [...(skipped as SkippedStage[])],
  };
}

/** An outcome as the page world or the extractor document gives it, or null when it is not of the expected shape. */
export function readOutcome(value: unknown): LiveOutcome | null {
  if (!isPlain(value)) return null;
  switch (value.kind) {
    case 'article': {
      const article = readArticle(value.article);
      return article && { kind: 'article', article };
    }
    case 'too-many-elements':
    case 'too-much-text':
      return count(value.count) ? { kind: value.kind, count: value.count } : null;
    case 'no-article':
      return typeof value.framed === 'boolean' ? { kind: 'no-article', framed: value.framed } : null;
    case 'pdf':
    case 'not-html':
    case 'unmeasured':
      return { kind: value.kind };
    default:
      return null;
  }
}

/** The answer as the background may use it, or null when it is not one the page-world cleaner gives. */
export function readPageWorldAnswer(value: unknown): PageWorldAnswer | null {
  if (!isPlain(value)) return null;
  if (value.kind === 'isolated') return { kind: 'isolated', why: str(value.why) ? value.why : '' };
  if (value.kind === 'whole') return { kind: 'whole' };
  if (typeof value.pager !== 'boolean') return null;
  if (typeof value.started !== 'number' || typeof value.done !== 'number') return null;
  const moments = {
    pager: value.pager,
    ...(typeof value.parsed === 'number' ? { parsed: value.parsed } : {}),
    started: value.started,
    done: value.done,
  };
  if (value.kind === 'prepared') {
    const handoff = readHandoff(value);
    return handoff && { kind: 'prepared', ...moments, ...handoff };
  }
  if (value.kind !== 'outcome') return null;
  const outcome = readOutcome(value.outcome);
  return outcome && { kind: 'outcome', outcome, ...moments };
}
