/**
 * Whether an id or class name is likely to be the same on the site's next article — a name a stylesheet was
 * written against (`article-body`, `sidebar`, `col-md-6`) — or one a build tool or CMS generated for this page
 * (`sc-1x2y3z`, `css-a8f3e`, `Header_title__3xYz9`, `post-48213`, `ember412`), which the next page will not carry.
 * The letters-only test is the spam folder's randomness measure for tag names (spam/random-name.ts).
 */
import { isRandomName } from '../spam/random-name.js';

/** Names used in a selector as they are: anything needing CSS escapes (`md:flex`, `:r1:`) is left out. */
const PLAIN = /^-?[A-Za-z_][A-Za-z0-9_-]*$/;
/** CSS-in-JS and scoped-style prefixes: what follows is a hash of the style, different after the next deploy. */
const GENERATED_PREFIX = /^(?:sc|css|jsx|svelte|emotion|styled|astro|data-v)-/i;
/** CSS modules: `Local_name__hash`. */
const MODULE_HASH = /__[A-Za-z0-9-]{4,}$/;
/** State a script toggles (`is-active`, `open`): not there on the next visit, or not at the moment of the pick. */
const STATE =
  /^(?:is|has|js)-|^(?:active|current|selected|open|opened|closed|hover|focus|focused|visible|hidden|show|collapsed|expanded|sticky|fixed|loaded|loading)$/i;
/** Letters-only parts shorter than this are abbreviations (`nav`, `btn`, `hdr`), not judged random. */
const JUDGED_LENGTH = 6;

/** One `-`/`_` separated part of a name: random when it is a hash, an id number, or unpronounceable letters. */
function randomPart(part: string): boolean {
  if (/\d{3,}/.test(part)) return true; // post-48213, ember412, yui_3_5_1_1_123
  if (/\d[A-Za-z]+\d|[A-Za-z]\d+[A-Za-z]/.test(part)) return true; // 1x2y3z, a8f3e, 3xYz9
  const letters = part.toLowerCase();
  return /^[a-z]+$/.test(letters) && letters.length >= JUDGED_LENGTH && isRandomName(letters);
}

/** Whether `name` (an id or one class) can anchor a selector that finds the same block on the site's next page. */
export function isStableName(name: string): boolean {
  if (!PLAIN.test(name) || GENERATED_PREFIX.test(name) || MODULE_HASH.test(name) || STATE.test(name)) return false;
  return !name.split(/[-_]+/).some((part) => part && randomPart(part));
}
