/** Changing the list of fixes: the reader's pick added to a site's rule, or a site's rule taken away (Undo). */
import type { SiteRule } from './types.js';
import { siteKey } from './hosts.js';

export interface Pick {
  kind: 'article' | 'remove';
  selector: string;
}

/** `rules` with the reader's pick on `host` in its rule; the site's rule moves last (the newest fix). */
export function withPick(rules: readonly SiteRule[], host: string, pick: Pick): SiteRule[] {
  const key = siteKey(host);
  const before = rules.find((r) => siteKey(r.host) === key);
  const others = rules.filter((r) => r !== before);
  const rule: SiteRule =
    pick.kind === 'article'
      ? { host, article: pick.selector, remove: (before?.remove ?? []).filter((s) => s !== pick.selector) }
      : {
          host,
          // Removing the very block chosen as the article undoes that choice.
          ...(before?.article && before.article !== pick.selector ? { article: before.article } : {}),
          remove: [...new Set([...(before?.remove ?? []), pick.selector])],
        };
  return [...others, rule];
}

/** `rules` without the fix for `host` (www. and the bare host are one site). */
export const withoutSite = (rules: readonly SiteRule[], host: string): SiteRule[] =>
  rules.filter((r) => siteKey(r.host) !== siteKey(host));
