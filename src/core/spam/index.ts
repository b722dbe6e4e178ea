/**
 * The spam stage: rules that run on the clone after hidden elements are gone and before Readability.
 * Each rule removes what it recognises from the clone and reports it. Order matters only for the audit:
 * the first rule to claim a block names the reason.
 *
 *   metadata  spam <title>, description, keywords → real headline     (pattern 14)   spam:title, spam:description, spam:keywords
 *   cloaking  inline scripts sending search visitors to a foreign host (pattern 13)   spam:cloaking
 *   overlays  foreign iframes laid fixed over the whole viewport       (pattern 13)   spam:overlay
 *   docwrite  inline scripts writing a hidden block of spam            (pattern 12)   spam:docwrite
 *   tagSoup   random-id runs, random unknown tags (干扰码)             (patterns 1, 2) tagsoup
 *   copyJammers runs of random characters in one class (Discuz! 干扰码)  (jammer.ts)    tagsoup
 *   linkFarms visible blocks of foreign spam links, big or of a few    (pattern 16)   spam:linkfarm
 *   keywordLines visible lines of bare spam keywords, no links         (issue 13)     spam:keywords-line
 *   glosses   pinyin readings injected after characters                (pattern 15)   spam:gloss
 *
 * Hidden blocks carrying spam (spam:hidden-*) are named by visibility/apply.ts with hidden-spam.ts.
 */
import type { Removal } from '../types.js';
import { spamMetadata } from './metadata.js';
import { tagSoup } from './tagsoup.js';
import { copyJammers } from './jammer.js';
import { linkFarms } from './linkfarm.js';
import { cloakingScripts } from './cloaking.js';
import { overlays } from './overlay.js';
import { writtenHiddenSpam } from './docwrite.js';
import { glosses } from './gloss.js';
import { keywordLines } from './keyword-lines.js';

export type SpamRule = (clone: Document) => Removal[];

/** Rules in the order they run. */
export const SPAM_RULES: readonly SpamRule[] = [
  spamMetadata,
  // A cloaking script that writes its redirect is named for the redirect: it runs before docwrite.
  cloakingScripts,
  overlays,
  writtenHiddenSpam,
  tagSoup,
  copyJammers,
  linkFarms,
  keywordLines,
  glosses,
];

export function applySpamRules(clone: Document, rules: readonly SpamRule[] = SPAM_RULES): Removal[] {
  return rules.flatMap((rule) => rule(clone));
}
