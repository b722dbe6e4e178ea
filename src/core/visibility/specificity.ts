/**
 * Selector bookkeeping for the static cascade: specificity (approximate, enough to rank hiding rules against
 * un-hiding ones) and a bucket key from the rightmost compound, so each element is tested only against rules
 * that could match it — the same trick browsers use, and what keeps a 3,000-rule framework sheet cheap.
 */
import { splitTopLevel } from './css-parse.js';

export type Specificity = readonly [number, number, number];

/** Strings and attribute selectors blanked out, so their contents never look like classes or ids. */
function blank(selector: string): string {
  return selector.replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""').replace(/\[[^\]]*\]/g, '[]');
}

export function specificity(selector: string): Specificity {
  const s = blank(selector).replace(/:where\([^)]*\)/gi, '');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|\[\]|:(?!:)(?!not\(|is\(|has\()[\w-]+/gi) ?? []).length;
  const types = (s.match(/(?:^|[\s>+~(])[a-z][\w-]*|::[\w-]+/gi) ?? []).length;
  return [ids, classes, types];
}

export function compareSpecificity(a: Specificity, b: Specificity): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Bucket key of a single complex selector: `#id`, `.class`, `TAG` or `*` from its rightmost compound. */
export function bucketKey(selector: string): string {
  const s = blank(selector).replace(/\([^)]*\)/g, '()');
  const parts = s.trim().split(/\s*[\s>+~]\s*/);
  const last = parts[parts.length - 1] ?? '';
  const id = /#([\w-]+)/.exec(last);
  if (id) return `#${id[1]}`;
  const cls = /\.([\w-]+)/.exec(last);
  if (cls) return `.${cls[1]}`;
  const tag = /^([a-z][\w-]*)/i.exec(last);
  if (tag) return (tag[1] ?? '').toUpperCase();
  return '*';
}

/** Keys under which an element's candidate rules are filed. */
export function elementKeys(el: Element): string[] {
  const keys = ['*', el.tagName.toUpperCase()];
  if (el.id) keys.push(`#${el.id}`);
  for (const c of Array.from(el.classList)) keys.push(`.${c}`);
  return keys;
}

/** The single selectors of a selector list; those with pseudo-elements style a box that is not the element. */
export function singleSelectors(list: string): string[] {
  return splitTopLevel(list, ',')
    .map((s) => s.trim())
    .filter((s) => s && !/::|:(?:before|after|first-line|first-letter)\b/i.test(s));
}
