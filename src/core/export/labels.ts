/**
 * The few human sentences written into saved files (HTML and EPUB footers, image placeholders). Core has no
 * i18n: the extension passes its `_locales` strings in; the English defaults serve the CLI and tests.
 */
import type { ImageMode } from './images.js';
import { collapseSpace } from '../dom.js';

export interface ExportLabels {
  /** "Saved with Winnow on {date}." */
  saved: (date: string) => string;
  source: string;
  /** One sentence saying what happened to the images; nothing when the article has none. */
  images: (mode: ImageMode, embedded: number, linked: number) => string;
  /** Text of the link that stands in for an image an e-book may not fetch. */
  imageLink: (alt: string) => string;
}

export const ENGLISH_LABELS: ExportLabels = {
  saved: (date) => `Saved with Winnow on ${date}.`,
  source: 'Source',
  images: (mode, embedded, linked) =>
    ({
      none: '',
      embedded: 'Images are embedded in this file, so it reads the same offline.',
      linked:
        'Images are links to their original addresses (the browser did not let Winnow read them), so they need a connection.',
      mixed: `${embedded} images are embedded in this file; ${linked} are links to their original addresses (the browser did not let Winnow read them).`,
    })[mode],
  imageLink: (alt) => (alt ? `[Image: ${alt}]` : '[Image]'),
};

/** `byline · site · 2024-05-01`, the line under the title in every format. */
export function metaLine(article: {
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}): string {
  return [article.byline, article.siteName, dateOnly(article.publishedTime)]
    .filter((part): part is string => Boolean(part && part.trim()))
    .map((part) => collapseSpace(part))
    .join(' · ');
}

/** `2024-05-01` from an ISO timestamp; anything unparseable is kept as written. */
export function dateOnly(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
}

/** The window the exporters are handed (the extension page's, or jsdom's): a DOM, a parser, a serialiser. */
export type ExportWindow = Window & { DOMParser: typeof DOMParser; XMLSerializer: typeof XMLSerializer };
