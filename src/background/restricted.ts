/**
 * Pages no extension may read: browser pages, the extension stores, other extensions, the PDF viewer,
 * view-source. Recognising them up front gives the reader a plain answer instead of an injection error.
 */
const RESTRICTED_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob|javascript):/i;
const STORE_HOSTS = new Set(['chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org',
  'microsoftedge.microsoft.com', 'accounts-static.cdn.mozilla.net', 'accounts.firefox.com']);

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
  if (STORE_HOSTS.has(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

export const RESTRICTION_MESSAGES: Record<Restriction, string> = {
  'browser-page': 'This is a browser page. Browsers do not let extensions read their own pages, so there is no clean view here.',
  store: 'The extension store does not let extensions read its pages, so there is no clean view here.',
  pdf: 'This is a PDF shown by the browser’s viewer, which extensions cannot read. Open an HTML article instead.',
  file: 'Winnow may not read local files. Allow “Access to file URLs” for Winnow in the browser’s extension settings.',
  // Without a URL (activeTab was not granted) the page is almost always one the browser protects.
  unknown: 'Winnow cannot read this page: the browser keeps its own pages, the extension stores and its built-in viewers off-limits to extensions.',
};
