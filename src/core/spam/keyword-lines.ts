/**
 * Bare keyword lines (issue 13): a line or paragraph injected into the article that is nothing but spam search
 * phrases, without a single link — `百家乐 时时彩 真人娱乐 澳门葡京`, `casino online slot gacor judi bola`. The
 * visibility stage cannot see it (it is visible) and the link-farm rule has no links to weigh, so the lexicon
 * decides by density: most of the block's letters lie inside lexicon terms, at least two of them strong, and
 * the block reads as a list, not a sentence.
 *
 * An article about gambling or porn crackdowns names the same games in its sentences (警方破获百家乐、时时彩
 * 网络赌博案): sentence punctuation, reporting words (警方, 打击, police, crackdown) in the block or in the one
 * just before it, and the everyday words around the terms keep it well under the bar.
 */
import type { Removal } from '../types.js';
import { capText, elementsByTag } from '../dom.js';
import { lexiconCoverage, lexiconHits, visibleText } from './lexicon.js';
import { allElements } from './page-index.js';

/** Blocks a keyword line is written as (the innermost one is taken). */
const LINE_TAGS = new Set([
  'p',
  'div',
  'li',
  'td',
  'dd',
  'dt',
  'span',
  'font',
  'center',
  'section',
  'blockquote',
  'strong',
  'b',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
/** Elements that make their parent more than a line. */
const BLOCK_CHILDREN = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'table',
  'section',
  'article',
  'blockquote',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'form',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
]);
/** Shorter than this there is no line to judge; longer, it is a text, not a line. */
const MIN_LETTERS = 6;
const MAX_CHARS = 600;
/** Share of the letters inside lexicon terms. */
const MIN_COVERAGE = 0.6;
/** Distinct strong terms needed (or one strong term with two weak ones). */
const MIN_STRONG = 2;
/** Link text a keyword line may hold: links make it the link-farm rule's business. */
const MAX_LINK_SHARE = 0.5;

/** Sentence punctuation: prose, not a list of search phrases. */
const SENTENCE = /[。！？]|[.!?](?:\s+\p{Lu}|\s*$)/u;
/** Words of news reporting on these things (title.ts has the same idea for titles). */
const REPORTING =
  /警方|公安|破获|抓获|打击|严打|查处|取缔|整治|涉案|犯罪|嫌疑|判决|法院|检察|警惕|提醒|曝光|揭秘|起诉|扫黄|打非|police|arrest|crackdown|court|charged|illegal|scam|warn|regulat|seiz|raid|\bban(?:s|ned)?\b|\bfined?\b|lawsuit|investigat|counterfeit/i;

/** Inline tags: a line only when they are all the text of their parent, never a bolded phrase in a sentence. */
const INLINE_TAGS = new Set(['span', 'font', 'strong', 'b', 'em']);
/** Items of a list or table: the sentence that introduces them stands before the list, not before the item. */
const ITEM_TAGS = new Set(['li', 'dd', 'dt', 'td']);

function isLine(el: Element): boolean {
  if (!LINE_TAGS.has(el.localName)) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_CHILDREN.has(c.localName)) return false;
  if (INLINE_TAGS.has(el.localName) && el.parentElement) {
    const own = visibleText(el.textContent).length;
    if (visibleText(el.parentElement.textContent).length > own + 2) return false;
  }
  return true;
}

/** The text just before `el` a reader takes it with: its previous sibling, or for an item, what precedes its list. */
function textBefore(el: Element): string {
  let at: Element | null = el;
  for (let depth = 0; at && depth < 3; depth++, at = at.parentElement) {
    const before = at.previousElementSibling;
    if (before && !(depth === 0 && ITEM_TAGS.has(at.localName))) return before.textContent ?? '';
    if (!ITEM_TAGS.has(at.localName) && at.localName !== 'tr' && at.localName !== 'tbody') break;
  }
  return '';
}

function linkShare(el: Element, length: number): number {
  let linked = 0;
  for (const a of elementsByTag(el, 'a')) linked += visibleText(a.textContent).length;
  return length ? linked / length : 0;
}

/** Whether `el` is a line of stuffed spam keywords. */
export function isKeywordLine(el: Element): boolean {
  const text = visibleText(el.textContent);
  if (text.length > MAX_CHARS || SENTENCE.test(text) || REPORTING.test(text)) return false;
  const { hits, letters, covered } = lexiconCoverage(text);
  if (letters < MIN_LETTERS || covered / letters < MIN_COVERAGE) return false;
  const strong = hits.strong.length;
  if (strong < MIN_STRONG && !(strong === 1 && hits.weak.length >= 2)) return false;
  if (linkShare(el, text.length) > MAX_LINK_SHARE) return false;
  // A list of the games a crackdown named ("涉案类型：" then 百家乐、时时彩) follows the sentence that says so.
  return !REPORTING.test(textBefore(el));
}

export function keywordLines(clone: Document): Removal[] {
  const body = clone.body;
  if (!body) return [];
  // Most pages have no strong term at all: one match over the body's text spares the block-by-block look.
  const bodyText = body.textContent ?? '';
  if (lexiconHits(bodyText).strong.length === 0) return [];
  const removed: Removal[] = [];
  for (const el of allElements(clone)) {
    if (!el.isConnected || !body.contains(el) || !isLine(el)) continue;
    if (!isKeywordLine(el)) continue;
    const text = visibleText(el.textContent);
    el.remove();
    removed.push({ reason: 'spam:keywords-line', text: capText(text) });
  }
  return removed;
}
