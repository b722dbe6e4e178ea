/**
 * Copy jammers (干扰码): a forum scatters short runs of random characters through every post, in elements of one class
 * that its stylesheet hides, so that text copied or scraped from the thread carries garbage. Discuz! (most Chinese
 * forums) writes `<font class="jammer">4 M1 Q- Y; N' D</font>` after line breaks: five to fifteen pairs of a digit or
 * mark and a letter or mark. The live page never shows them (its stylesheet hides the class, the visibility stage
 * drops them); a saved page read without its linked stylesheet (the CLI's, an archive's) does not know the class is
 * hidden. So they are known by the text itself, the quantity that matters here: characters that make no words.
 *
 * A run of random characters has no two letters side by side, glues letters to digits and marks ("M1", "Q-", "Y;")
 * in several shapes, and uses several different marks: a formula ("a2 + b2 = c2"), a list of cells ("Q1 Q2 Q3") or a
 * score line has one or two. A class whose inline elements hold two such runs or more, and never a word, is a
 * jammer's, and every one of its elements goes (a short run may fail the test by chance: it is no word either). A class
 * that also marks a word, a name or Chinese text is the page's own markup.
 */
import type { Removal } from '../types.js';
import { capText, collapsedText } from '../dom.js';
import { allElements } from './page-index.js';

const INLINE = new Set(['font', 'span', 'i', 'b', 'em', 'strong', 'small', 'u', 's', 'ins', 'del', 'tt', 'label']);
/** Runs a class must hold to be a jammer's. */
const MIN_RUNS = 2;
/** A run is short: the jammer writes at most fifteen pairs. */
const MAX_CHARS = 80;
const MIN_TOKENS = 4;
/** Of a run's tokens, at least this share are not words: a mark in them, or a letter glued to a digit. */
const MIN_NOISE_SHARE = 0.6;
/** …at least this many glue a letter to a digit or a mark ("M1", "Q-", "Y;")… */
const MIN_GLUED = 2;
/** …and the run uses this many different marks: random characters draw on many, a formula or a list on one or two. */
const MIN_MARKS = 3;

/** A letter and a digit or mark side by side, in a token of two or three characters. */
const GLUED = /^(?=.{2,3}$)(?:\p{L}[\p{N}\p{P}\p{S}]|[\p{N}\p{P}\p{S}]\p{L})/u;
/** A token of one to three characters that is no word: a mark in it, or a letter and a digit side by side. */
const NOISE = /^(?=.{1,3}$)(?:.*[\p{P}\p{S}]|.*\p{L}\p{N}|.*\p{N}\p{L})/u;
const MARK = /[\p{P}\p{S}]/gu;
/** Words: two letters side by side, or a writing system without spaces (Han, kana, Hangul). */
const WORDS = /\p{L}{2}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether `text` is a run of random characters. */
export function isJammerText(text: string): boolean {
  if (text.length > MAX_CHARS || WORDS.test(text)) return false;
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length < MIN_TOKENS) return false;
  const glued = tokens.filter((token) => GLUED.test(token)).length;
  const noise = tokens.filter((token) => NOISE.test(token)).length;
  return glued >= MIN_GLUED && noise >= tokens.length * MIN_NOISE_SHARE && new Set(text.match(MARK)).size >= MIN_MARKS;
}

interface ClassRuns {
  members: Element[];
  /** Each member's text, for the audit. */
  texts: string[];
  runs: number;
}

export function copyJammers(clone: Document): Removal[] {
  const classes = new Map<string, ClassRuns>();
  const spoilt = new Set<string>();
  for (const el of allElements(clone)) {
    if (!INLINE.has(el.localName)) continue;
    const cls = el.getAttribute('class')?.trim();
    if (!cls || spoilt.has(cls)) continue;
    // The class also marks a box or real text: it is the page's own.
    if (el.childElementCount > 0) {
      spoilt.add(cls);
      continue;
    }
    const text = collapsedText(el);
    if (!text) continue;
    if (text.length > MAX_CHARS || WORDS.test(text)) {
      spoilt.add(cls);
      continue;
    }
    let found = classes.get(cls);
    if (!found) classes.set(cls, (found = { members: [], texts: [], runs: 0 }));
    found.members.push(el);
    found.texts.push(text);
    if (isJammerText(text)) found.runs++;
  }
  const removed: Removal[] = [];
  for (const [cls, { members, texts, runs }] of classes) {
    if (runs < MIN_RUNS || spoilt.has(cls)) continue;
    for (const el of members) el.remove();
    removed.push({
      reason: 'tagsoup',
      text: capText(`${members.length} copy jammers (class="${cls}"): ${texts.join(' ')}`),
    });
  }
  return removed;
}
