/**
 * Tag soup (patterns 1 and 2): markup injected to poison text extractors and search-engine fingerprints.
 *  1. Runs of mostly empty elements of unrelated tags sharing one random id:
 *     <em id="82sx9"></em><ins id="82sx9"><legend id="82sx9"><li id="82sx9"></li></legend></ins>…
 *     often with impossible nesting (LEGEND outside FIELDSET, LI outside a list, RT outside RUBY, LISTING).
 *  2. The ganrao() 干扰码 block: unknown, non-hyphenated random tag names (<qkw>, <bnzd>) — not custom elements,
 *     which always have a hyphen, not Office's `o:p` namespaced tags, and not a framework's word-named
 *     components left in a saved page (<app>, <navbar>, <metrics>: random-name.ts tells the two apart).
 * Only empty or near-empty members are removed, so a CMS's duplicate `<div id="content">` keeps its text.
 */
import type { Removal } from '../types.js';
import { capText, collapsedText } from '../dom.js';
import { allElements } from './page-index.js';
import { isRandomName } from './random-name.js';

const RANDOM_ID = /^[a-z0-9]{4,10}$/;
/** Members of a group; fewer elements sharing an id are a CMS bug, not an injection. */
const MIN_GROUP = 4;
const MIN_EMPTY_SHARE = 0.8;
const MIN_UNKNOWN = 5;
/**
 * Distinct random names a block needs, and their least share of the page's unknown names: a word-like name
 * turns up among random letters by chance (<hoak>), and a page of components has no random name at all.
 */
const MIN_RANDOM_NAMES = 2;
const MIN_RANDOM_SHARE = 0.5;
/** In a block judged random, short unknown names go with the rest, pronounceable or not (ganrao uses 2–5 letters). */
const SHORT_NAME = 5;
/** Text an unknown random tag may hold and still be filler (ganrao() pads with random characters). */
const FILLER_TEXT = 12;

/** An element the parser did not know whose name is not a custom element's. */
export function isUnknownTag(el: Element): boolean {
  const name = el.localName;
  if (name.includes('-') || name.includes(':') || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
  return Object.prototype.toString.call(el) === '[object HTMLUnknownElement]';
}

/** An unknown element named with random letters (pattern 2). */
export const isRandomUnknownTag = (el: Element): boolean => isUnknownTag(el) && isRandomName(el.localName);

/** Tags placed where the parser's content model says they cannot be (pattern 1's tell). */
function impossiblyNested(el: Element): boolean {
  const parent = el.parentElement?.localName ?? '';
  switch (el.localName) {
    case 'legend':
      return parent !== 'fieldset';
    case 'li':
      return !['ul', 'ol', 'menu'].includes(parent);
    case 'rt':
    case 'rp':
      return parent !== 'ruby';
    case 'listing':
    case 'xmp':
      return true;
    default:
      return false;
  }
}

function sameIdSoup(elements: readonly Element[]): Removal[] {
  const groups = new Map<string, Element[]>();
  for (const el of elements) {
    const id = el.getAttribute('id');
    if (!id || !RANDOM_ID.test(id) || !el.isConnected) continue;
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
    for (const m of empty)
      if (m.isConnected) {
        m.remove();
        count++;
      }
    removed.push({
      reason: 'tagsoup',
      text: `${count} empty <${[...tags].slice(0, 6).join('>, <')}> elements sharing id="${id}"`,
    });
  }
  return removed;
}

function unknownTagSoup(elements: readonly Element[]): Removal[] {
  const unknown = elements.filter((el) => isUnknownTag(el) && el.isConnected);
  if (unknown.length < MIN_UNKNOWN) return [];
  const names = new Set(unknown.map((e) => e.localName));
  const random = new Set([...names].filter(isRandomName));
  if (random.size < MIN_RANDOM_NAMES || random.size < names.size * MIN_RANDOM_SHARE) return [];
  const members = unknown.filter((e) => random.has(e.localName) || e.localName.length <= SHORT_NAME);
  if (members.filter((e) => random.has(e.localName)).length < MIN_UNKNOWN) return [];
  const texts: string[] = [];
  let count = 0;
  for (const el of members) {
    if (!el.isConnected) continue;
    const text = collapsedText(el);
    if (text.length > FILLER_TEXT) continue; // real text in an odd tag stays for Readability to judge
    if (text) texts.push(text);
    el.remove();
    count++;
  }
  if (!count) return [];
  return [
    {
      reason: 'tagsoup',
      text: capText(
        `${count} random-tag elements (<${[...random].slice(0, 6).join('>, <')}>)${texts.length ? `: ${texts.join(' ')}` : ''}`,
      ),
    },
  ];
}

export function tagSoup(clone: Document): Removal[] {
  // One tree walk (page-index.ts) serves both checks. The parser moves unknown tags out of <head>, so the
  // whole document's elements hold the body's.
  const elements = allElements(clone);
  return [...sameIdSoup(elements), ...unknownTagSoup(elements)];
}
