/**
 * The spam stage: rules that run on the clone after hidden elements are gone and before Readability.
 * Each rule removes what it recognises from the clone and reports it. Order matters only for the audit:
 * the first rule to claim a block names the reason.
 */
import type { Removal } from '../types.js';

export type SpamRule = (clone: Document) => Removal[];

/** Rules in the order they run. The hidden-spam issue fills this list (tag soup, link farms, glosses). */
export const SPAM_RULES: readonly SpamRule[] = [];

export function applySpamRules(clone: Document, rules: readonly SpamRule[] = SPAM_RULES): Removal[] {
  return rules.flatMap((rule) => rule(clone));
}
