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

const META: ReadonlyArray<readonly [string, string]> = [
  ['meta[name="description" i], meta[property="og:description"], meta[name="twitter:description"]', 'spam:description'],
  ['meta[name="keywords" i]', 'spam:keywords'],
];

export function spamMetadata(clone: Document): Removal[] {
  const removed: Removal[] = [];
  const titleEl = clone.querySelector('title');
  const title = titleEl?.textContent?.trim() ?? '';
  const headlines = headlineCandidates(clone).filter((h) => !isSpamText(h));
  if (titleEl && isSpamTitle(title, headlines)) {
    titleEl.textContent = realHeadline(clone) ?? '';
    removed.push({ reason: 'spam:title', text: capText(decodeNumericEntities(title)) });
  }
  for (const [selector, reason] of META) {
    for (const meta of Array.from(clone.querySelectorAll(selector))) {
      const content = meta.getAttribute('content') ?? '';
      if (!isSpamText(content)) continue;
      meta.remove();
      removed.push({ reason, text: capText(decodeNumericEntities(content)) });
    }
  }
  // Spam og:title / twitter:title would win over the repaired <title> in Readability's metadata.
  for (const meta of Array.from(clone.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"], meta[name="og:title"]'))) {
    const content = meta.getAttribute('content') ?? '';
    if (isSpamText(content)) {
      meta.remove();
      removed.push({ reason: 'spam:title', text: capText(decodeNumericEntities(content)) });
    }
  }
  return removed;
}
