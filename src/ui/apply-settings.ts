/**
 * Applies reader settings to a page, instantly: CSS custom properties and data attributes on <html>; the
 * stylesheet (article.css) does the rest, so every theme styles images, code, tables and MathML alike.
 */
import type { Settings } from '../settings/schema.js';

const WIDTHS = { narrow: '34em', medium: '42em', wide: '56em' } as const;

export function applySettings(doc: Document, settings: Settings): void {
  const root = doc.documentElement;
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--font-size', `${settings.fontSize}px`);
  root.style.setProperty('--line-height', String(settings.lineHeight));
  root.style.setProperty('--column', WIDTHS[settings.width]);
}
