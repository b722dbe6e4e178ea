/**
 * What a document carries at all — its class names, ids and attribute names — and what a selector cannot match
 * without. A page's stylesheet is mostly rules for states and widgets this page never has
 * (`.SearchOverlay-leave-active …`, `[ng-cloak]`); a rule that needs a class, id or attribute no element
 * carries can never match, so the static cascade drops it before matching a single element (matching one
 * selector against one element costs tens of microseconds in jsdom). Everything is compared in lower case:
 * quirks-mode class and id matching and HTML attribute names are case-insensitive, so lower case can only
 * keep a rule, never drop one that could match.
 */

export interface Presence {
  classes: Set<string>;
  ids: Set<string>;
  attributes: Set<string>;
}

export function presenceOf(elements: readonly Element[]): Presence {
  const present: Presence = { classes: new Set(), ids: new Set(), attributes: new Set() };
  for (const el of elements) {
    // getAttributeNames, not el.attributes: jsdom builds a wrapper object per attribute for the latter.
    for (const name of el.getAttributeNames()) present.attributes.add(name.toLowerCase());
    const id = el.getAttribute('id');
    if (id) present.ids.add(id.toLowerCase());
    const classes = el.getAttribute('class');
    if (classes) for (const c of classes.toLowerCase().split(/[ \t\n\f\r]+/)) if (c) present.classes.add(c);
  }
  return present;
}

/** Characters that end a class or id name in a selector (escapes are never parsed: see `needs`). */
const NAME = '[^\\s>+~.#[\\]:,()*|="\'\\\\]+';
const CLASS = new RegExp(`\\.(${NAME})`, 'g');
const ID = new RegExp(`#(${NAME})`, 'g');
/** An attribute name directly followed by an operator or `]` (a namespaced `[ns|a]` is not read). */
const ATTRIBUTE = /\[\s*([^\s~|^$*!=\]]+)(?=\s*(?:[~|^$*!]?=|\]))/g;

/** The selector outside quotes and parentheses (`:not(.a)`, `:is(.a, .b)` need nothing), or null with escapes. */
function topLevel(selector: string): string | null {
  if (selector.includes('\\')) return null; // escapes are not decoded here: such a selector is never dropped
  const unquoted = selector.replace(/"[^"]*"|'[^']*'/g, '""');
  let top = '';
  let depth = 0;
  for (const c of unquoted) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) top += c;
  }
  return top;
}

/** Class names, ids and attribute names written in `part` (a selector's top level, or one compound of it). */
function namesIn(part: string): Presence {
  const out: Presence = { classes: new Set(), ids: new Set(), attributes: new Set() };
  for (const m of part.matchAll(ATTRIBUTE)) out.attributes.add(m[1] ?? '');
  const outsideBrackets = part.replace(/\[[^\]]*\]/g, '[]');
  for (const m of outsideBrackets.matchAll(CLASS)) out.classes.add(m[1] ?? '');
  for (const m of outsideBrackets.matchAll(ID)) out.ids.add(m[1] ?? '');
  return out;
}

/** What a single complex selector needs somewhere in the document, or null: "could match anything". */
export function needs(selector: string): Presence | null {
  const top = topLevel(selector);
  return top === null ? null : namesIn(top);
}

/**
 * What the element a selector styles must carry itself — its rightmost compound — as written (case kept: the
 * caller compares with the DOM's own case rules), or null when unknown.
 */
export function subjectNeeds(selector: string): Presence | null {
  const top = topLevel(selector);
  if (top === null) return null;
  const text = top.trim();
  let start = 0;
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '[') brackets++;
    else if (c === ']') brackets = Math.max(0, brackets - 1);
    else if (brackets === 0 && /[\s>+~]/.test(c)) start = i + 1; // a combinator: the compound starts after it
  }
  return namesIn(text.slice(start));
}

/** Whether the document has everything the selector needs (it may still not match). */
export function couldMatch(selector: string, present: Presence): boolean {
  const need = needs(selector);
  if (!need) return true;
  const has = (set: Set<string>, name: string) => set.has(name.toLowerCase());
  for (const c of need.classes) if (!has(present.classes, c)) return false;
  for (const i of need.ids) if (!has(present.ids, i)) return false;
  for (const a of need.attributes) if (!has(present.attributes, a)) return false;
  return true;
}

/** User-action states (:hover, :focus, :active, :visited) at the selector's top level: never true on an untouched page. */
const INTERACTION = /:(?:hover|active|focus(?:-within|-visible)?|visited)\b/i;

/** Whether the selector needs a state nobody has put the page in, so it cannot apply statically. */
export function staticallyInert(selector: string): boolean {
  const top = topLevel(selector);
  return top !== null && INTERACTION.test(top);
}
