/**
 * The spam stage: rules that run on the clone after hidden elements are gone and before Readability.
 * Each rule removes what it recognises from the clone and reports it. Order matters only for the audit:
 * the first rule to claim a block names the reason.
 *
 *   metadata  spam <title>, description, keywords → real headline     (pattern 14)   spam:title, spam:description, spam:keywords
 *   tagSoup   random-id runs, random unknown tags (干扰码)             (patterns 1, 2) tagsoup
 *   linkFarms visible blocks of foreign spam links                     (pattern 16)   spam:linkfarm
 *   glosses   pinyin readings injected after characters                (pattern 15)   spam:gloss
 *
 * Hidden blocks carrying spam (spam:hidden-*) are named by visibility/apply.ts with hidden-spam.ts.
 */
import type { Removal } from '../types.js';
import { spamMetadata } from './metadata.js';
import { tagSoup } from './tagsoup.js';
import { linkFarms } from './linkfarm.js';
import { glosses } from './gloss.js';

export type SpamRule = (clone: Document) => Removal[];

/** Rules in the order they run. */
export const SPAM_RULES: readonly SpamRule[] = [spamMetadata, tagSoup, linkFarms, glosses];

export function applySpamRules(clone: Document, rules: readonly SpamRule[] = SPAM_RULES): Removal[] {
  return rules.flatMap((rule) => rule(clone));
}
