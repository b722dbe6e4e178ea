/** Winnow's core: the public surface used by the content script, the CLI and the tests. */
export { clean } from './clean.js';
export { purify, PURIFY_CONFIG } from './purify.js';
export { blockText } from './text.js';
export { staticVerdicts } from './visibility/static.js';
export type { Article, CleanOptions, Removal, Verdicts } from './types.js';
export { isSpamRemoval, spamRemovals } from './audit.js';
