/**
 * Pages no extension may read: browser pages, the extension stores, other extensions, the PDF viewer,
 * view-source. Recognising them up front gives the reader a plain answer instead of an injection error.
 */
import type { MessageKey } from '../i18n/index.js';

const RESTRICTED_SCHEMES =
  /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob|javascript):/i;
const STORE_HOSTS = new Set([
  'chrome.google.com',
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
]);

export type Restriction = 'browser-page' | 'store' | 'pdf' | 'file' | 'unknown';

export function restrictionOf(url: string | undefined): Restriction | null {
  if (!url) return 'unknown';
  if (RESTRICTED_SCHEMES.test(url)) return 'browser-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (parsed.protocol === 'file:') return /\.pdf$/i.test(parsed.pathname) ? 'pdf' : null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  if (
    STORE_HOSTS.has(parsed.hostname) &&
    (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))
  )
    return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/** http or https, and not an extension store: a page every extension may read once the reader has clicked. */
export function isWebPage(url: string | undefined): boolean {
  return url !== undefined && /^https?:/i.test(url) && restrictionOf(url) === null;
}

/** What the reader is told for each kind of restricted page. */
export const RESTRICTION_MESSAGES: Record<Restriction, MessageKey> = {
  'browser-page': 'errorBrowserPage',
  store: 'errorStore',
  pdf: 'errorPdf',
  file: 'errorFile',
  // Without a URL (activeTab was not granted) the page is almost always one the browser protects.
  unknown: 'errorUnknownPage',
};
