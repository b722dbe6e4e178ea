/** Which site a page belongs to, and the reader's rule for it. */
import type { SiteRule } from './types.js';

/** `www.example.com` and `example.com` serve the same articles: a fix made on one holds for the other. */
export const siteKey = (host: string): string => host.toLowerCase().replace(/^www\./, '');

/** The host of a page address, or null for addresses without one (file:, data:). */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The reader's rule for the page at `url`, if any. */
export function ruleFor(rules: readonly SiteRule[] | undefined, url: string): SiteRule | undefined {
  const host = hostOf(url);
  if (!host || !rules?.length) return undefined;
  return rules.find((rule) => siteKey(rule.host) === siteKey(host));
}
