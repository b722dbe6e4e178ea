/**
 * Builds a saved file from the article on screen, in the page (it has the DOM the exporters need; Chrome's
 * background service worker has none). The article is purified again here, whatever the caller did.
 */
import browser from 'webextension-polyfill';
import type { Article } from '../core/types.js';
import { purify } from '../core/purify.js';
import { toMarkdown } from '../core/export/markdown.js';
import { toStandaloneHtml } from '../core/export/html.js';
import { toPlainText } from '../core/export/text.js';
import { toEpub } from '../core/export/epub.js';
import { base64, imageUrls } from '../core/export/images.js';
import { fileName } from '../core/export/filename.js';
import type { ExportLabels, ExportWindow } from '../core/export/labels.js';
import { t } from '../i18n/index.js';
import { fetchImages } from './fetch-images.js';

export type FileFormat = 'markdown' | 'html' | 'text' | 'epub';

export interface BuiltFile {
  filename: string;
  mime: string;
  data: string;
  base64: boolean;
}

const labels: ExportLabels = {
  saved: (date) => t('saveFileSaved', date),
  source: t('saveFileSource'),
  images: (mode, embedded, linked) =>
    mode === 'none'
      ? ''
      : mode === 'embedded'
        ? t('saveFileImagesEmbedded')
        : mode === 'linked'
          ? t('saveFileImagesLinked')
          : t('saveFileImagesMixed', embedded, linked),
  imageLink: (alt) => (alt ? t('saveFileImageLink', alt) : t('saveFileImage')),
};

/** The reader's stylesheet as packaged: the saved page looks like the reader. */
async function readerCss(): Promise<string> {
  try {
    return await (await fetch(browser.runtime.getURL('article.css'))).text();
  } catch {
    return '';
  }
}

export async function buildFile(
  shown: Article,
  format: FileFormat,
  win: ExportWindow,
  now = new Date(),
): Promise<BuiltFile> {
  const article = { ...shown, content: purify(shown.content, win) };
  const saved = now.toISOString();
  const name = (ext: string) => fileName(article.title, ext);
  const images =
    format === 'html' || format === 'epub'
      ? await fetchImages(imageUrls(new win.DOMParser().parseFromString(article.content, 'text/html'), article.url))
      : new Map();
  switch (format) {
    case 'markdown':
      return {
        filename: name('md'),
        mime: 'text/markdown',
        data: toMarkdown(article, { domParser: new win.DOMParser(), saved }),
        base64: false,
      };
    case 'text':
      return { filename: name('txt'), mime: 'text/plain', data: toPlainText(article, win), base64: false };
    case 'html':
      return {
        filename: name('html'),
        mime: 'text/html',
        data: toStandaloneHtml(article, { win, css: await readerCss(), saved, images, labels }),
        base64: false,
      };
    case 'epub':
      return {
        filename: name('epub'),
        mime: 'application/epub+zip',
        data: base64(toEpub(article, { win, saved, images, labels })),
        base64: true,
      };
  }
}
