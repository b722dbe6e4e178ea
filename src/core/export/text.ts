/**
 * Article → plain text file: title, the meta line, the source address, then the body one paragraph per
 * block (core's `blockText`, the same text the CLI prints).
 */
import type { Article } from '../types.js';
import { blockText } from '../text.js';
import { purify } from '../purify.js';
import { metaLine, type ExportWindow } from './labels.js';
import { collapseSpace } from '../dom.js';

export function toPlainText(article: Article, win: ExportWindow): string {
  const doc = new win.DOMParser().parseFromString(`<!DOCTYPE html><body>${purify(article.content, win)}`, 'text/html');
  const head = [collapseSpace(article.title), metaLine(article), article.url].filter(Boolean);
  return `${head.join('\n')}\n\n${blockText(doc.body)}\n`;
}
