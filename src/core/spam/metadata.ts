/**
 * The spam rule for the page's own metadata (pattern 14): a spam `<title>` gives way to the real headline in
 * the clone (so Readability titles the article right); a spam description or keywords meta is dropped (the
 * excerpt then comes from the article's opening). Each replacement is recorded for the audit.
 */
import type { Removal } from '../types.js';
import { capText } from '../dom.js';
import { decodeNumericEntities, isSpamText, isSpamTitle } from './title.js';
import { realHeadline } from '../extract/headline.js';
import { headlineCandidates } from './headlines.js';
import { elementsNamed } from './page-index.js';

/** meta name/property (lower case) → the reason a spam value of it is recorded under. */
const META_REASONS: Record<string, string> = {
  description: 'spam:description', 'og:description': 'spam:description', 'twitter:description': 'spam:description',
  keywords: 'spam:keywords', 'og:title': 'spam:title', 'twitter:title': 'spam:title',
};

export function spamMetadata(clone: Document): Removal[] {
  const removed: Removal[] = [];
  const titleEl = elementsNamed(clone, 'title')[0];
  const title = titleEl?.textContent?.trim() ?? '';
  if (titleEl && title && isSpamTitle(title, () => headlineCandidates(clone).filter((h) => !isSpamText(h)))) {
    titleEl.textContent = realHeadline(clone) ?? '';
    removed.push({ reason: 'spam:title', text: capText(decodeNumericEntities(title)) });
  }
  // Spam og:title / twitter:title would also win over the repaired <title> in Readability's metadata.
  for (const meta of elementsNamed(clone, 'meta')) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
    const reason = META_REASONS[key];
    const content = reason ? meta.getAttribute('content') ?? '' : '';
    if (!reason || !isSpamText(content)) continue;
    meta.remove();
    removed.push({ reason, text: capText(decodeNumericEntities(content)) });
  }
  return removed;
}
