/**
 * A static cascade for the hiding properties only (pattern 5): the page's own `<style>` rules plus inline
 * style, resolved per element by !important, inline-ness, specificity and source order — enough to see that
 * `.k9x{display:none}` hides and that a later `.d-md-block{display:block}` un-hides. External stylesheets need
 * the live page (live.ts). Rules whose media cannot be evaluated may un-hide but never hide.
 *
 * It also answers pattern 9 (text the colour of its background) through `paint()`: a text colour that could
 * vanish on one of the page's backgrounds (palette.ts) counts as a hiding declaration, so only the elements it
 * may apply to are resolved; the colours and backgrounds around them are then read with `paint()`.
 */
import { parseCss, parseDeclarations, type Declaration, type StyleRule } from './css-parse.js';
import { ASSUMED_SCREEN, mediaApplies } from './media.js';
import {
  bucketKey,
  compareSpecificity,
  elementKeys,
  singleSelectors,
  specificity,
  type Specificity,
} from './specificity.js';
import {
  FAR_OFFSET_PX,
  fontSizePx,
  isRelativeFontSize,
  isUnreadableFontSize,
  isZeroFontSize,
  isZeroLength,
  filterOpacity,
  fullTransform,
  opacityValue,
  px,
  transformShift,
  zoomValue,
} from './hiding.js';
import { couldMatch, needs, presenceOf, staticallyInert, subjectNeeds, type Presence } from './presence.js';
import { backgroundLonghands } from './background.js';
import { declaredBackgrounds, legibleOnOwnGround, OPAQUE_ALPHA, PAINT, PAINT_GROUP, Palette } from './palette.js';
import { parseColour, type Rgba } from './colour.js';
import { elementsByTag } from '../dom.js';

/** The properties static visibility reads; every other declaration is ignored. */
const RELEVANT = new Set([
  'display',
  'visibility',
  'content-visibility',
  'opacity',
  'position',
  'left',
  'top',
  'right',
  'bottom',
  'margin-left',
  'margin-top',
  'transform',
  'translate',
  'scale',
  'filter',
  'zoom',
  'text-indent',
  'white-space',
  'clip',
  'clip-path',
  'height',
  'max-height',
  'width',
  'max-width',
  'padding-left',
  'padding-top',
  'overflow',
  'overflow-x',
  'overflow-y',
  'font-size',
  'line-height',
  'transition',
  'transition-property',
  'transition-duration',
  'animation',
  'animation-name',
  ...PAINT.keys(),
]);

/** What a paint declaration under media we cannot evaluate resolves to: a value no colour reader accepts. */
const UNKNOWN = 'unknown';

interface Entry {
  rule: StyleRule;
  selector: string;
  specificity: Specificity;
  /** Whether any of the rule's declarations hides on its own: only such rules make an element a candidate. */
  hides: boolean;
  /** Names the styled element itself must carry: checked before the (costly) selector match. */
  subject: Presence | null;
  /** Which paint groups the rule declares (palette.ts PAINT_GROUP bits): `paint()` matches only those it needs. */
  paints: number;
  /** The opaque background colour the rule declares, if any (without an image): for `mayGround()`. */
  ground: Rgba | null;
}

interface Winning extends Declaration {
  inline: boolean;
  specificity: Specificity;
  order: number;
}

/** Offsets this far up or left are worth resolving: with the box's size they may park it off the page. */
const SUSPECT_OFFSET_PX = -40;

/**
 * Whether one declaration can hide by itself or with others — a sibling declaration (height + overflow), the
 * box's size (a moderate offset), or its ancestors (opacity multiplies down the tree, font sizes compound).
 * Only elements a rule with such a declaration applies to are resolved at all.
 */
function hidingDeclaration(name: string, value: string, palette: Palette): boolean {
  switch (name) {
    case 'color':
    case '-webkit-text-fill-color':
      return palette.couldVanishValue(value);
    case 'display':
      return value === 'none';
    case 'visibility':
      return value === 'hidden' || value === 'collapse';
    case 'content-visibility':
      return value === 'hidden';
    case 'opacity':
      // Any fade compounds: four boxes at .5 fade their text to .06 (hidden), though none is under .5 alone.
      return opacityValue(value) < 1;
    case 'filter':
      return filterOpacity(value) < 1;
    case 'line-height':
      // Lines with no height, in a box that clips: nothing of the text is painted (with overflow, static.ts).
      return isZeroLength(value);
    case 'zoom':
      // Zoom compounds as font sizes do: it scales every glyph below it.
      return zoomValue(value) < 1;
    case 'translate':
    case 'scale': {
      const shift = transformShift(fullTransform((p) => (p === name ? value : '')));
      return shift !== null && (shift.scale <= 0.05 || Math.min(shift.x, shift.y) <= FAR_OFFSET_PX);
    }
    case 'font-size':
      // A share below one compounds down the tree: two readable halves of halves make an unreadable speck.
      return (
        isZeroFontSize(value) ||
        isUnreadableFontSize(fontSizePx(value, 16)) ||
        (isRelativeFontSize(value) && (fontSizePx(value, 16) ?? 16) < 16)
      );
    case 'right':
    case 'bottom': {
      // Pushed the other way: a box whose right (bottom) offset is a whole screen leaves by the near edge.
      const along = name === 'right' ? ASSUMED_SCREEN.width : ASSUMED_SCREEN.height;
      const n = px(value, { percentOf: along });
      return n !== null && (n <= SUSPECT_OFFSET_PX || n >= along);
    }
    case 'left':
    case 'top':
    case 'margin-left':
    case 'margin-top':
    case 'text-indent': {
      const n = px(value, { percentOf: ASSUMED_SCREEN.width });
      return n !== null && (n <= SUSPECT_OFFSET_PX || (name === 'text-indent' && n >= -FAR_OFFSET_PX));
    }
    case 'transform': {
      const shift = transformShift(value);
      return shift !== null && (shift.scale <= 0.05 || Math.min(shift.x, shift.y) <= FAR_OFFSET_PX);
    }
    case 'clip':
      return value.startsWith('rect');
    case 'clip-path':
      return /^(?:inset|circle|ellipse|polygon)/.test(value);
    case 'height':
    case 'max-height':
    case 'width':
    case 'max-width': {
      const n = px(value);
      return n !== null && n <= 1;
    }
    default:
      return false;
  }
}

/**
 * Logical properties as the physical ones they are in horizontal, left-to-right text — the writing mode of nearly
 * every page, and the one hiders write for: `inset-inline-start:-9999px` parks a box as `left` does.
 */
const LOGICAL = new Map<string, string>([
  ['inset-inline-start', 'left'],
  ['inset-block-start', 'top'],
  ['inset-inline-end', 'right'],
  ['inset-block-end', 'bottom'],
  ['margin-inline-start', 'margin-left'],
  ['margin-block-start', 'margin-top'],
  ['padding-inline-start', 'padding-left'],
  ['padding-block-start', 'padding-top'],
  ['block-size', 'height'],
  ['inline-size', 'width'],
  ['max-block-size', 'max-height'],
  ['max-inline-size', 'max-width'],
  ['overflow-block', 'overflow-y'],
  ['overflow-inline', 'overflow-x'],
]);

/** Expands the shorthands that matter: `font: 0/0 a` (image replacement), `overflow`, `margin`. */
function expand(declarations: Map<string, Declaration>): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  for (const [name, decl] of declarations) {
    if (name === 'font') {
      const size =
        /(?:^|\s)(0|[\d.]+(?:px|pt|em|rem|%)|(?:xx?-)?(?:small|large)|medium|smaller|larger)(?:\/\S+)?(?=\s|$)/.exec(
          decl.value,
        );
      if (size?.[1]) out.set('font-size', { ...decl, value: size[1] });
    } else if (name === 'background') {
      for (const [longhand, value] of backgroundLonghands(decl.value)) out.set(longhand, { ...decl, value });
    } else if (name === 'margin' || name === 'padding' || name === 'inset') {
      const parts = decl.value.split(/\s+(?![^(]*\))/);
      const [top, left] = name === 'inset' ? ['top', 'left'] : [`${name}-top`, `${name}-left`];
      out.set(top, { ...decl, value: parts[0] ?? '' });
      out.set(left, { ...decl, value: parts[3] ?? parts[1] ?? parts[0] ?? '' });
      if (name === 'inset') {
        out.set('bottom', { ...decl, value: parts[2] ?? parts[0] ?? '' });
        out.set('right', { ...decl, value: parts[1] ?? parts[0] ?? '' });
      }
    } else if (LOGICAL.has(name)) out.set(LOGICAL.get(name) ?? name, decl);
    else if (RELEVANT.has(name)) out.set(name, decl);
  }
  return out;
}

/** `<style>` elements that style the page: not inside `<noscript>` or `<template>`, media not print-only. */
function pageRules(doc: Document): StyleRule[] {
  const rules: StyleRule[] = [];
  for (const style of elementsByTag(doc, 'style')) {
    if (style.closest('noscript, template')) continue;
    const media = mediaApplies(style.getAttribute('media'));
    if (media === 'no') continue;
    parseCss(style.textContent ?? '', media, rules);
  }
  return rules;
}

export class StaticCascade {
  private readonly buckets = new Map<string, Entry[]>();
  /** Rules that only paint (colours, backgrounds): read by `paint()` alone, filed on its first call. */
  private paintBuckets: Map<string, Entry[]> | null = null;
  private readonly paintOnly: Array<{ rule: StyleRule; selectors: string[] }> = [];
  private readonly present: Presence | null;
  /** Names (`.class`, `#id`, `[attr`, lower case) on an element and its ancestors, for a quick reject. */
  private readonly lineage = new Map<Element, Set<string>>();
  private readonly broken = new Set<string>();
  readonly ruleCount: number;
  /** The text colours that could vanish on this page's backgrounds. */
  readonly palette: Palette;
  /** Quirks mode matches classes and ids case-insensitively: the subject pre-check then reads attributes only. */
  private readonly quirks: boolean;

  /** `elements`: the document's elements, when the caller has them — rules they cannot match are dropped. */
  constructor(doc: Document, elements?: readonly Element[]) {
    const rules = pageRules(doc);
    const present = elements && rules.length ? presenceOf(elements) : null;
    this.present = present;
    this.quirks = doc.compatMode === 'BackCompat';
    let count = 0;
    for (const rule of rules) rule.declarations = expand(rule.declarations);
    this.palette = new Palette(declaredBackgrounds(rules, elements ?? []));
    for (const rule of rules) {
      if (rule.declarations.size === 0) continue;
      // A colour set on a ground the same rule paints legibly (`.hero{background:#111;color:#fff}`) hides nothing.
      const hides = [...rule.declarations].some(
        ([n, d]) => this.hiding(n, d.value) && !(n === 'color' && legibleOnOwnGround(rule.declarations)),
      );
      const names = [...rule.declarations.keys()];
      if (!hides && names.every((n) => PAINT.has(n))) {
        // Most of a sheet only paints; it is filed only if some element's colour is ever in question.
        this.paintOnly.push({ rule, selectors: singleSelectors(rule.selector) });
        continue;
      }
      const paints = paintGroups(names);
      for (const selector of singleSelectors(rule.selector))
        count += this.file(this.buckets, rule, selector, hides, paints);
    }
    this.ruleCount = count;
  }

  /** Files one selector of a rule under its bucket key, unless it can never match here; returns 1 if filed. */
  private file(
    buckets: Map<string, Entry[]>,
    rule: StyleRule,
    selector: string,
    hides: boolean,
    paints: number,
  ): number {
    if (this.present && !couldMatch(selector, this.present)) return 0;
    // :hover, :focus, :active never hold on a page nobody is touching: such rules cannot apply.
    if (staticallyInert(selector)) return 0;
    const key = bucketKey(selector);
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push({
      rule,
      selector,
      specificity: specificity(selector),
      hides,
      subject: subjectNeeds(selector),
      paints,
      ground: paints ? groundOf(rule) : null,
    });
    return 1;
  }

  private paintIndex(): Map<string, Entry[]> {
    if (this.paintBuckets) return this.paintBuckets;
    this.paintBuckets = new Map();
    for (const { rule, selectors } of this.paintOnly) {
      const paints = paintGroups([...rule.declarations.keys()]);
      for (const s of selectors) this.file(this.paintBuckets, rule, s, false, paints);
    }
    return this.paintBuckets;
  }

  /**
   * Whether a selector needs a class, id or attribute that neither `el` nor any ancestor carries — then it
   * cannot match (selectors with sibling combinators are always tried): the ancestor filter browsers use, which
   * spares most of jsdom's costly matches for descendant selectors (`.menu li a`).
   */
  private outOfLineage(el: Element, selector: string): boolean {
    let need = this.needsMemo.get(selector);
    if (need === undefined) this.needsMemo.set(selector, (need = /[+~]/.test(selector) ? null : needs(selector)));
    if (!need || (need.classes.size === 0 && need.ids.size === 0 && need.attributes.size === 0)) return false;
    const names = this.lineageOf(el);
    for (const c of need.classes) if (!names.has(`.${c.toLowerCase()}`)) return true;
    for (const i of need.ids) if (!names.has(`#${i.toLowerCase()}`)) return true;
    for (const a of need.attributes) if (!names.has(`[${a.toLowerCase()}`)) return true;
    return false;
  }

  private readonly needsMemo = new Map<string, Presence | null>();

  private lineageOf(el: Element): Set<string> {
    let names = this.lineage.get(el);
    if (names) return names;
    names = new Set(el.parentElement ? this.lineageOf(el.parentElement) : []);
    for (const a of el.getAttributeNames()) names.add(`[${a.toLowerCase()}`);
    const id = el.getAttribute('id');
    if (id) names.add(`#${id.toLowerCase()}`);
    const classes = el.getAttribute('class');
    if (classes) for (const c of classes.toLowerCase().split(/[ \t\n\f\r]+/)) if (c) names.add(`.${c}`);
    this.lineage.set(el, names);
    return names;
  }

  private hiding(name: string, value: string): boolean {
    return hidingDeclaration(name, value, this.palette);
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
      if (hit === undefined) {
        hit =
          !this.lacksSubject(el, entry.subject) &&
          !this.outOfLineage(el, entry.selector) &&
          this.matches(el, entry.selector);
        known.set(entry, hit);
      }
      return hit;
    };
    let anyHiding = inline !== null && [...inline].some(([n, d]) => this.hiding(n, d.value));
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
    const offer = (name: string, decl: Declaration, inlineDecl: boolean, spec: Specificity, order: number) =>
      offerTo(won, name, decl, inlineDecl, spec, order);
    for (const entry of candidates) {
      if (entry.rule.media === 'no' || !test(entry)) continue;
      for (const [name, decl] of entry.rule.declarations) {
        // Under media we cannot evaluate, a rule may un-hide but never hide (precision first).
        if (entry.rule.media === 'unknown' && this.hiding(name, decl.value)) continue;
        if (this.hiding(name, decl.value)) anyHiding = true;
        offer(name, decl, false, entry.specificity, entry.rule.order);
      }
    }
    if (inline) for (const [name, decl] of inline) offer(name, decl, true, [0, 0, 0], Number.MAX_SAFE_INTEGER);
    if (!anyHiding && !force) return null;
    return values(won);
  }

  /**
   * Whether a rule declaring an opaque background that `near` accepts could apply to `el` — a quick test before
   * painting: whether text that inherits a colour could land on a background of that colour here.
   */
  mayGround(el: Element, near: (ground: Rgba) => boolean): boolean {
    const paintBuckets = this.paintIndex();
    if (!this.buckets.size && !paintBuckets.size) return false;
    const keys = elementKeys(el);
    for (const buckets of [this.buckets, paintBuckets]) {
      for (const key of keys) {
        for (const entry of buckets.get(key) ?? []) {
          if (!entry.ground || entry.rule.media === 'no' || !near(entry.ground) || this.lacksSubject(el, entry.subject))
            continue;
          if (!this.outOfLineage(el, entry.selector) && this.matches(el, entry.selector)) return true;
        }
      }
    }
    return false;
  }

  /**
   * The winning declared value of each paint property (palette.ts PAINT) on `el`, from every rule and inline
   * style — for the few elements a colour verdict is about and the ancestors whose background it needs. Under
   * media we cannot evaluate a paint declaration may or may not apply: if it would win, the value is unknown.
   * `groups` (PAINT_GROUP bits) limits the answer, and the rules matched, to what the caller needs.
   */
  paint(el: Element, groups: number = PAINT_GROUP.all): Map<string, string> {
    const won = new Map<string, Winning>();
    const offer = (name: string, decl: Declaration, inlineDecl: boolean, spec: Specificity, order: number) =>
      offerTo(won, name, decl, inlineDecl, spec, order);
    const paintBuckets = this.paintIndex();
    const keys = this.buckets.size || paintBuckets.size ? elementKeys(el) : [];
    for (const buckets of [this.buckets, paintBuckets]) {
      for (const key of keys) {
        for (const entry of buckets.get(key) ?? []) {
          if (!(entry.paints & groups) || entry.rule.media === 'no' || this.lacksSubject(el, entry.subject)) continue;
          if (this.outOfLineage(el, entry.selector) || !this.matches(el, entry.selector)) continue;
          for (const [name, decl] of entry.rule.declarations) {
            if (!((PAINT.get(name) ?? 0) & groups)) continue;
            offer(
              name,
              entry.rule.media === 'unknown' ? { ...decl, value: UNKNOWN } : decl,
              false,
              entry.specificity,
              entry.rule.order,
            );
          }
        }
      }
    }
    const inlineText = el.getAttribute('style');
    if (inlineText) {
      for (const [name, decl] of expand(parseDeclarations(inlineText))) {
        if ((PAINT.get(name) ?? 0) & groups) offer(name, decl, true, [0, 0, 0], Number.MAX_SAFE_INTEGER);
      }
    }
    return values(won);
  }
}

/** Records a declaration for `name` unless the one already there wins the cascade. */
function offerTo(
  won: Map<string, Winning>,
  name: string,
  decl: Declaration,
  inline: boolean,
  spec: Specificity,
  order: number,
): void {
  const prev = won.get(name);
  if (prev && !beats(decl.important, inline, spec, order, prev)) return;
  won.set(name, { ...decl, inline, specificity: spec, order });
}

function values(won: Map<string, Winning>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, w] of won) out.set(name, w.value);
  return out;
}

function paintGroups(names: Iterable<string>): number {
  let groups = 0;
  for (const n of names) groups |= PAINT.get(n) ?? 0;
  return groups;
}

function groundOf(rule: StyleRule): Rgba | null {
  const image = rule.declarations.get('background-image')?.value;
  if (image !== undefined && image !== 'none') return null;
  const colour = parseColour(rule.declarations.get('background-color')?.value);
  return colour && colour[3] >= OPAQUE_ALPHA ? colour : null;
}

function beats(important: boolean, inline: boolean, spec: Specificity, order: number, prev: Winning): boolean {
  if (important !== prev.important) return important;
  if (inline !== prev.inline) return inline;
  const bySpec = compareSpecificity(spec, prev.specificity);
  return bySpec !== 0 ? bySpec > 0 : order >= prev.order;
}
