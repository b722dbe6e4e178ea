/**
 * The audit trail's vocabulary. `hidden:*` removals are blocks the reader could not see but that carry no
 * spam signal (menus, templates): dropped from the article, never called spam. Every other reason
 * (`tagsoup`, `spam:*`) is spam the reader is told about.
 */
import type { Removal } from './types.js';

export const isSpamRemoval = (removal: Removal): boolean => !removal.reason.startsWith('hidden:');

export const spamRemovals = (removed: readonly Removal[]): Removal[] => removed.filter(isSpamRemoval);
