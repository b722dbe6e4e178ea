/**
 * A static cascade for the hiding properties only (pattern 5): the page's own `<style>` rules plus inline
 * style, resolved per element by !important, inline-ness, specificity and source order — enough to see that
 * `.k9x{display:none}` hides and that a later `.d-md-block{display:block}` un-hides. External stylesheets need
 * the live page (live.ts). Rules whose media cannot be evaluated may un-hide but never hide.
 */
import { parseCss, parseDeclarations, type Declaration, type StyleRule } from './css-parse.js';
import { mediaApplies } from './media.js';
import { bucketKey, compareSpecificity, elementKeys, singleSelectors, specificity, type Specificity } from './specificity.js';
import { FAR_OFFSET_PX, isZeroFontSize, px } from './hiding.js';
import { couldMatch, presenceOf, subjectNeeds, type Presence } from './presence.js';

/** The properties static visibility reads; every other declaration is ignored. */
const RELEVANT = new Set(['display', 'visibility', 'opacity', 'position', 'left', 'top', 'right', 'bottom',
  'margin-left', 'margin-top', 'transform', 'text-indent', 'clip', 'clip-path', 'height', 'max-height', 'width',
  'max-width', 'padding-left', 'padding-top', 'overflow', 'overflow-x', 'overflow-y', 'font-size', 'transition', 'transition-property',
  'transition-duration', 'animation', 'animation-name']);

interface Entry {
  rule: StyleRule;
  selector: string;
  specificity: Specificity;
  /** Whether any of the rule's declarations hides on its own: only such rules make an element a candidate. */
  hides: boolean;
  /** Names the styled element itself must carry: checked before the (costly) selector match. */
  subject: Presence | null;
}

interface Winning extends Declaration {
  inline: boolean;
  specificity: Specificity;
  order: number;
}

const far = (v: string) => {
  const n = px(v);
  return n !== null && n <= FAR_OFFSET_PX;
};

/** Whether one declaration can hide by itself (or with a sibling declaration, like height + overflow). */
function hidingDeclaration(name: string, value: string): boolean {
  switch (name) {
    case 'display': return value === 'none';
    case 'visibility': return value === 'hidden' || value === 'collapse';
    case 'opacity': return Number(value) <= 0.01;
    case 'font-size': return isZeroFontSize(value);
    case 'left': case 'top': case 'right': case 'bottom': case 'margin-left': case 'margin-top': case 'text-indent':
      return far(value);
    case 'transform': return /translate/.test(value) && /-\d{3,}/.test(value);
    case 'clip': return value.startsWith('rect');
    case 'clip-path': return /^(?:inset|circle)/.test(value);
    case 'height': case 'max-height': case 'width': case 'max-width': {
      const n = px(value);
      return n !== null && n <= 1;
    }
    default: return false;
  }
}

/** Expands the shorthands that matter: `font: 0/0 a` (image replacement), `overflow`, `margin`. */
function expand(declarations: Map<string, Declaration>): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  for (const [name, decl] of declarations) {
    if (name === 'font') {
      const size = /(?:^|\s)(0|[\d.]+(?:px|pt|em|rem|%)|(?:xx?-)?(?:small|large)|medium|smaller|larger)(?:\/\S+)?(?=\s|$)/.exec(decl.value);
      if (size?.[1]) out.set('font-size', { ...decl, value: size[1] });
    } else if (name === 'margin' || name === 'padding') {
      const parts = decl.value.split(/\s+/);
      out.set(`${name}-top`, { ...decl, value: parts[0] ?? '' });
      out.set(`${name}-left`, { ...decl, value: parts[3] ?? parts[1] ?? parts[0] ?? '' });
    } else if (RELEVANT.has(name)) out.set(name, decl);
  }
  return out;
}

/** `<style>` elements that style the page: not inside `<noscript>` or `<template>`, media not print-only. */
function pageRules(doc: Document): StyleRule[] {
  const rules: StyleRule[] = [];
  for (const style of Array.from(doc.getElementsByTagName('style'))) {
    if (style.closest('noscript, template')) continue;
    const media = mediaApplies(style.getAttribute('media'));
    if (media === 'no') continue;
    parseCss(style.textContent ?? '', media, rules);
  }
  return rules;
}

export class StaticCascade {
  private readonly buckets = new Map<string, Entry[]>();
  private readonly broken = new Set<string>();
  readonly ruleCount: number;
  /** Quirks mode matches classes and ids case-insensitively: the subject pre-check then reads attributes only. */
  private readonly quirks: boolean;

  /** `elements`: the document's elements, when the caller has them — rules they cannot match are dropped. */
  constructor(doc: Document, elements?: readonly Element[]) {
    const rules = pageRules(doc);
    const present = elements && rules.length ? presenceOf(elements) : null;
    this.quirks = doc.compatMode === 'BackCompat';
    let count = 0;
    for (const rule of rules) {
      rule.declarations = expand(rule.declarations);
      if (rule.declarations.size === 0) continue;
      const hides = [...rule.declarations].some(([n, d]) => hidingDeclaration(n, d.value));
      for (const selector of singleSelectors(rule.selector)) {
        if (present && !couldMatch(selector, present)) continue;
        const key = bucketKey(selector);
        let list = this.buckets.get(key);
        if (!list) this.buckets.set(key, (list = []));
        list.push({ rule, selector, specificity: specificity(selector), hides, subject: subjectNeeds(selector) });
        count++;
      }
    }
    this.ruleCount = count;
  }

  /** Whether `el` lacks an attribute, class or id the rule's subject names: then the selector cannot match. */
  private lacksSubject(el: Element, subject: Presence | null): boolean {
    if (!subject) return false;
    for (const a of subject.attributes) if (!el.hasAttribute(a)) return true;
    if (this.quirks) return false;
    for (const c of subject.classes) if (!el.classList.contains(c)) return true;
    for (const i of subject.ids) if (el.id !== i) return true;
    return false;
  }

  private matches(el: Element, selector: string): boolean {
    if (this.broken.has(selector)) return false;
    try {
      return el.matches(selector);
    } catch {
      this.broken.add(selector); // selectors jsdom or an older engine cannot parse: never matching
      return false;
    }
  }

  /**
   * The winning declared value of each relevant property on `el` (rules and inline style), or null when nothing
   * that could hide applies to it — the common case, answered without resolving anything. `force` resolves even
   * then (a child of a font-size:0 parent may reset the size with an ordinary rule).
   */
  resolve(el: Element, force = false): Map<string, string> | null {
    const inlineText = el.getAttribute('style');
    const inline = inlineText ? expand(parseDeclarations(inlineText)) : null;
    const candidates: Entry[] = [];
    // Phase 2 asks again about the hiding rules phase 1 already matched: answer from here.
    const known = new Map<Entry, boolean>();
    const test = (entry: Entry) => {
      let hit = known.get(entry);
      if (hit === undefined) known.set(entry, (hit = !this.lacksSubject(el, entry.subject) && this.matches(el, entry.selector)));
      return hit;
    };
    let anyHiding = inline !== null && [...inline].some(([n, d]) => hidingDeclaration(n, d.value));
    if (this.buckets.size) {
      for (const key of elementKeys(el)) {
        for (const entry of this.buckets.get(key) ?? []) candidates.push(entry);
      }
    }
    // Two phases: the few rules that could hide are matched first; the rest only when one of them applies.
    if (!force && !anyHiding) {
      anyHiding = candidates.some((c) => c.hides && c.rule.media === 'yes' && test(c));
      if (!anyHiding) return null;
    }
    const won = new Map<string, Winning>();
    const offer = (name: string, decl: Declaration, inlineDecl: boolean, spec: Specificity, order: number) => {
      const prev = won.get(name);
      if (prev && !beats(decl.important, inlineDecl, spec, order, prev)) return;
      won.set(name, { ...decl, inline: inlineDecl, specificity: spec, order });
    };
    for (const entry of candidates) {
      if (entry.rule.media === 'no' || !test(entry)) continue;
      for (const [name, decl] of entry.rule.declarations) {
        // Under media we cannot evaluate, a rule may un-hide but never hide (precision first).
        if (entry.rule.media === 'unknown' && hidingDeclaration(name, decl.value)) continue;
        if (hidingDeclaration(name, decl.value)) anyHiding = true;
        offer(name, decl, false, entry.specificity, entry.rule.order);
      }
    }
    if (inline) for (const [name, decl] of inline) offer(name, decl, true, [0, 0, 0], Number.MAX_SAFE_INTEGER);
    if (!anyHiding && !force) return null;
    const out = new Map<string, string>();
    for (const [name, w] of won) out.set(name, w.value);
    return out;
  }
}

function beats(important: boolean, inline: boolean, spec: Specificity, order: number, prev: Winning): boolean {
  if (important !== prev.important) return important;
  if (inline !== prev.inline) return inline;
  const bySpec = compareSpecificity(spec, prev.specificity);
  return bySpec !== 0 ? bySpec > 0 : order >= prev.order;
}
