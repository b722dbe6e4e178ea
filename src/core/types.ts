/**
 * The data that crosses every boundary: content script → popup, core → CLI, core → saved files.
 * Plain JSON only (structured-clone safe), so it can travel through extension messaging as is.
 */
import type { SiteRule, SiteRuleReport } from './site-rules/types.js';
import type { Budget, SkippedStage } from './budget.js';

/** One block Winnow took out of the page before extraction, kept so the reader can audit it. */
export interface Removal {
  /** Why it went, as `family:detail` — e.g. `hidden:display`, `hidden:offscreen`, `tagsoup`, `spam:title`. */
  reason: string;
  /** The text it held (trimmed, collapsed, capped), so nothing disappears unseen. */
  text: string;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  excerpt: string | null;
  /**
   * Sanitised HTML, the output of `purify` — unless `skipped` says 'purify' (a content-script clean past its time
   * budget), when it is the extractor's HTML as it is. Every page that shows or saves an article purifies it at
   * that sink either way; nothing may trust this field as sanitised.
   */
  content: string;
  textContent: string;
  /** Length of `textContent` in characters. */
  length: number;
  removed: Removal[];
  /** Present when the reader's fix for this site (site-rules/) was tried on the page: what it did, or that it missed. */
  siteRule?: SiteRuleReport;
  /**
   * A multi-page article joined from its pages (core/pages): how many, and their addresses in order (the first
   * is `url`). Absent for an article read from one page.
   */
  pages?: number;
  pageUrls?: string[];
  /**
   * Optional work cut short because the page took longer than the time budget (core/budget.ts): the reader is
   * told that some clean-up was skipped. Absent when everything ran.
   */
  skipped?: SkippedStage[];
}

/**
 * What a reader cannot see, decided on the page before it is cloned: element index in document order
 * (`getElementsByTagName('*')`, identical in a fresh deep clone) → reason.
 */
export type Verdicts = Map<number, string>;

export interface CleanOptions {
  /** Address of the page; defaults to the document's own URL. Relative links resolve against it. */
  url?: string;
  /**
   * Visibility verdicts measured on the live page (content script). Without them, core falls back to the
   * static signals a detached document still carries (inline style, `hidden`).
   */
  verdicts?: Verdicts;
  /** The window DOMPurify binds to; defaults to `document.defaultView`. Required for documents without one. */
  window?: Window;
  /**
   * The reader's per-site fixes (settings); the one for this page's host is applied to the clone before the spam
   * rules and Readability.
   */
  siteRules?: readonly SiteRule[];
  /**
   * A time budget: past its deadline the optional stages are cut short and `Article.skipped` says which. The same
   * budget should have been given to the live verdicts, so the whole clean shares one deadline. None: no limit.
   */
  budget?: Budget;
  /**
   * The caller gives `doc` up: it is cleaned in place instead of copied first (the CLI parses a page for the clean
   * alone, and the copy was a tenth of its time). Without it the page itself is never modified.
   */
  consumeDocument?: boolean;
}
