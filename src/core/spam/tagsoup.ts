/**
 * Tag soup (patterns 1 and 2): markup injected to poison text extractors and search-engine fingerprints.
 *  1. Runs of mostly empty elements of unrelated tags sharing one random id:
 *     <em id="82sx9"></em><ins id="82sx9"><legend id="82sx9"><li id="82sx9"></li></legend></ins>…
 *     often with impossible nesting (LEGEND outside FIELDSET, LI outside a list, RT outside RUBY, LISTING).
 *  2. The ganrao() 干扰码 block: unknown, non-hyphenated random tag names (<qkw>, <bnzd>) — not custom elements,
 *     which always have a hyphen, and not Office's `o:p` namespaced tags.
 * Only empty or near-empty members are removed, so a CMS's duplicate `<div id="content">` keeps its text.
 */
import type { Removal } from '../types.js';
import { capText, collapsedText } from '../dom.js';
import { elementsInTreeOrder } from '../visibility/elements.js';

const RANDOM_ID = /^[a-z0-9]{4,10}$/;
/** Members of a group; fewer elements sharing an id are a CMS bug, not an injection. */
const MIN_GROUP = 4;
const MIN_EMPTY_SHARE = 0.8;
const MIN_UNKNOWN = 5;
/** Text an unknown random tag may hold and still be filler (ganrao() pads with random characters). */
const FILLER_TEXT = 12;

/** An element the parser did not know whose name is not a custom element's (pattern 2). */
export function isRandomUnknownTag(el: Element): boolean {
  const name = el.localName;
  if (name.includes('-') || name.includes(':') || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
  return Object.prototype.toString.call(el) === '[object HTMLUnknownElement]';
}

/** Tags placed where the parser's content model says they cannot be (pattern 1's tell). */
function impossiblyNested(el: Element): boolean {
  const parent = el.parentElement?.localName ?? '';
  switch (el.localName) {
    case 'legend': return parent !== 'fieldset';
    case 'li': return !['ul', 'ol', 'menu'].includes(parent);
    case 'rt': case 'rp': return parent !== 'ruby';
    case 'listing': case 'xmp': return true;
    default: return false;
  }
}

function sameIdSoup(clone: Document): Removal[] {
  const groups = new Map<string, Element[]>();
  // A tree walk, not querySelectorAll('[id]'): the same elements in the same order, without jsdom's selector engine.
  for (const el of elementsInTreeOrder(clone)) {
    const id = el.id;
    if (!RANDOM_ID.test(id)) continue;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = []));
    g.push(el);
  }
  const removed: Removal[] = [];
  for (const [id, members] of groups) {
    const tags = new Set(members.map((m) => m.localName));
    const empty = members.filter((m) => !collapsedText(m));
    const strange = members.some(impossiblyNested);
    if (members.length < (strange ? MIN_GROUP - 1 : MIN_GROUP) || tags.size < 2) continue;
    if (empty.length / members.length < MIN_EMPTY_SHARE) continue;
    let count = 0;
    for (const m of empty) if (m.isConnected) { m.remove(); count++; }
    removed.push({ reason: 'tagsoup', text: `${count} empty <${[...tags].slice(0, 6).join('>, <')}> elements sharing id="${id}"` });
  }
  return removed;
}

function unknownTagSoup(clone: Document): Removal[] {
  const body = clone.body;
  const unknown = body ? elementsInTreeOrder(clone, body).filter(isRandomUnknownTag) : [];
  const names = new Set(unknown.map((e) => e.localName));
  if (unknown.length < MIN_UNKNOWN || names.size < 3) return [];
  const texts: string[] = [];
  let count = 0;
  for (const el of unknown) {
    if (!el.isConnected) continue;
    const text = collapsedText(el);
    if (text.length > FILLER_TEXT) continue; // real text in an odd tag stays for Readability to judge
    if (text) texts.push(text);
    el.remove();
    count++;
  }
  if (!count) return [];
  return [{ reason: 'tagsoup', text: capText(`${count} random-tag elements (<${[...names].slice(0, 6).join('>, <')}>)${texts.length ? `: ${texts.join(' ')}` : ''}`) }];
}

export function tagSoup(clone: Document): Removal[] {
  return [...sameIdSoup(clone), ...unknownTagSoup(clone)];
}
