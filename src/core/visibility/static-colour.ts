/**
 * Pattern 9 on a clone: text the colour of its background, from inline style, `<font color>`, `bgcolor` and the
 * page's own `<style>` rules (cascade.ts). Text colour is inherited, so it is followed down the tree from
 * wherever a colour that could vanish (palette.ts) is declared; only those elements, their descendants and
 * the ancestors whose background they sit on are ever read, so a page with ordinary dark-on-light text costs
 * nothing here. The background is the nearest declared opaque one up the tree; an image, a gradient or a value
 * we cannot read makes it unknown, and unknown never hides. Without any, the canvas is white only when no
 * stylesheet could paint it (the caller's `canvasKnown`).
 */
import type { StaticCascade } from './cascade.js';
import { contrast, INVISIBLE_CONTRAST, parseColour, parseLegacyColour, WHITE, type Rgba } from './colour.js';
import { OPAQUE_ALPHA, PAINT_GROUP } from './palette.js';

const XHTML = 'http://www.w3.org/1999/xhtml';
/**
 * With stylesheets we cannot read, a background more than this many boxes up proves little: the site's own CSS
 * paints its headers, menus and bars, and a white menu link then seems to sit on the white body. Injected spam
 * sits right on the ground it copies (a block in the body, its paragraphs and links).
 */
const MAX_GAP = 2;
/** Keywords that take the parent's colour. */
const INHERIT = new Set(['inherit', 'currentcolor', 'unset']);
/** Elements the browser's own style colours (links, marks, form controls): they do not inherit the text colour. */
const OWN_UA_COLOUR = new Set(['A', 'AREA', 'MARK', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION']);
/** Elements the browser's own style gives a background: MARK's yellow; form controls an unknown system colour. */
const UA_BACKGROUND: Record<string, Rgba | null> = {
  MARK: [255, 255, 0, 1],
  BUTTON: null,
  INPUT: null,
  SELECT: null,
  TEXTAREA: null,
};

/** Whether the text is outlined, shadowed or filled by a clipped background: visible whatever its colour. */
function decorated(paint: Map<string, string>): boolean {
  const shadow = paint.get('text-shadow');
  if (shadow && shadow !== 'none') return true;
  const stroke = paint.get('-webkit-text-stroke-width') ?? paint.get('-webkit-text-stroke') ?? '';
  if (parseFloat(stroke) > 0 || /thin|medium|thick/.test(stroke)) return true;
  return /text/.test((paint.get('background-clip') ?? '') + (paint.get('-webkit-background-clip') ?? ''));
}

/** A colour that could vanish, followed down the tree, and the ground it was last seen on. */
interface Ink {
  colour: Rgba;
  /** The effective background: a colour, or null when unknown (image, unreadable, an unseen stylesheet). */
  ground: Rgba | null;
  /** Boxes between the text and the element that declares its ground: any of them an unseen sheet may paint. */
  gap: number;
  /** Where the colour is declared. */
  source: Element;
}

export class StaticColours {
  /** Elements whose text colour could vanish; everything else is legible or unknown. */
  private readonly ink = new Map<Element, Ink>();
  private readonly painted = {
    all: new Map<Element, Map<string, string>>(),
    colour: new Map<Element, Map<string, string>>(),
    ground: new Map<Element, Map<string, string>>(),
  };
  /** Own background: a colour, null for unknown (image, unreadable), undefined for none (see through). */
  private readonly ownBackgrounds = new Map<Element, Rgba | null | undefined>();

  /**
   * `external`: the page links stylesheets we cannot read. Their rules may paint any box between text and
   * the background we found, so then the background must be close (MAX_GAP) for a verdict.
   */
  constructor(
    private readonly cascade: StaticCascade,
    private readonly canvasKnown: () => boolean,
    private readonly external: () => boolean,
  ) {}

  /** The element's paint properties of one group (or all), once each. */
  private paint(el: Element, group: 'all' | 'colour' | 'ground'): Map<string, string> {
    const memo = this.painted[group];
    let p = memo.get(el);
    if (!p) memo.set(el, (p = this.cascade.paint(el, PAINT_GROUP[group])));
    return p;
  }

  /**
   * Pass 1, top-down over the elements holding text: follows a vanishing colour from where it is declared.
   * `declaresColour`: the cascade resolved a `color` for `el` (it matched a rule with a vanishing colour).
   * An element that merely inherits the colour is looked at closely only when its ground may change to the
   * colour's (a rule or attribute could give it such a background) or already is — otherwise it costs a
   * map entry, and a white-on-dark menu of a hundred links stays cheap.
   */
  visit(el: Element, declaresColour: boolean): void {
    const parent = el.parentElement ? this.ink.get(el.parentElement) : undefined;
    const font = el.tagName.toUpperCase() === 'FONT' ? el.getAttribute('color') : null;
    const fontVanishes = font !== null && this.cascade.palette.couldVanishValue(font);
    if (!declaresColour && !fontVanishes) {
      if (!parent) return; // the common case
      if (!vanishesOn(parent.colour, parent.ground) && !this.mayGround(el, parent.colour)) {
        this.ink.set(el, { ...parent, gap: parent.gap + 1 });
        return;
      }
    }
    this.look(el, parent, font);
  }

  /** The full look: the element's own colour, decoration and background from the cascade. */
  private look(el: Element, parent: Ink | undefined, font: string | null): void {
    const paint = this.paint(el, 'all');
    // A text fill paints the glyphs over whatever `color` says; `currentcolor` (its default) defers to it.
    const fill = paint.get('-webkit-text-fill-color');
    const declared = fill !== undefined && !INHERIT.has(fill) && fill !== 'initial' ? fill : paint.get('color');
    const tag = el.tagName.toUpperCase();
    let colour: Rgba | null;
    let source = el;
    if (declared !== undefined && !INHERIT.has(declared)) colour = parseColour(declared);
    else if (declared === undefined && font !== null)
      colour = parseLegacyColour(font); // a presentational hint: any author rule beats it
    else if (declared === undefined && OWN_UA_COLOUR.has(tag)) colour = null;
    else if (parent && !this.recoloured(el.parentElement, parent.source)) ({ colour, source } = parent);
    else colour = null;
    if (!colour || !this.cascade.palette.couldVanish(colour) || decorated(paint)) return;
    const own = this.ownBackground(el);
    let ground: Rgba | null;
    let gap: number;
    if (own !== undefined) [ground, gap] = [own, 0];
    else if (parent && source !== el) [ground, gap] = [parent.ground, parent.gap + 1];
    else [ground, gap] = this.groundAbove(el);
    this.ink.set(el, { colour, ground, gap, source });
  }

  /** Whether an element between `from` (inclusive) and the colour's `source` (exclusive) declares its own colour. */
  private recoloured(from: Element | null, source: Element): boolean {
    for (let a = from; a && a !== source; a = a.parentElement) {
      const declared = this.paint(a, 'colour').get('color');
      if (declared !== undefined && !INHERIT.has(declared)) return true;
    }
    return false;
  }

  /** Whether `el` could have a background `colour` would vanish on: inline, attribute, UA or a matching rule. */
  private mayGround(el: Element, colour: Rgba): boolean {
    if (
      /background/i.test(el.getAttribute('style') ?? '') ||
      el.hasAttribute('bgcolor') ||
      el.tagName.toUpperCase() === 'MARK'
    )
      return true;
    return this.cascade.mayGround(el, (ground) => vanishesOn(colour, ground));
  }

  /** Pass 2: whether `el`'s own text (`ownText`) is the colour of what it sits on. */
  invisible(el: Element, ownText: boolean): boolean {
    const ink = this.ink.get(el);
    if (!ink || !ownText || el.namespaceURI !== XHTML) return false; // SVG and MathML draw their own text
    // Transparent text on a box that paints its own background is a control's label (a play button's "Play
    // Video"), the box itself still shows; anywhere else it is gone.
    if (ink.colour[3] === 0) return ink.gap > 0;
    if (!vanishesOn(ink.colour, ink.ground)) return false;
    if (!this.external()) return true;
    if (ink.gap > MAX_GAP) return false;
    // A box whose rules paint its text and its own ground alike is a button the unseen sheet recolours (a
    // WordPress "Reply", a theme's "CLOSE"); only markup that paints both is taken at its word.
    return ink.gap > 0 || /background/i.test(el.getAttribute('style') ?? '') || el.hasAttribute('bgcolor');
  }

  /** The nearest declared background above `el` and how many boxes lie between; the canvas past the root. */
  private groundAbove(el: Element): [Rgba | null, number] {
    let gap = 1;
    for (let a = el.parentElement; a; a = a.parentElement, gap++) {
      if (gap > MAX_GAP && this.external()) return [null, gap]; // too far to prove anything: not worth reading
      const own = this.ownBackground(a);
      if (own !== undefined) return [own, gap];
    }
    return [this.canvasKnown() ? WHITE : null, gap];
  }

  private ownBackground(el: Element): Rgba | null | undefined {
    if (this.ownBackgrounds.has(el)) return this.ownBackgrounds.get(el);
    const paint = this.painted.all.get(el) ?? this.paint(el, 'ground');
    const image = paint.get('background-image');
    const declared = paint.get('background-color');
    let result: Rgba | null | undefined;
    if (image !== undefined && image !== 'none') result = null;
    else if (declared !== undefined) result = see(parseColour(declared), declared);
    else {
      const tag = el.tagName.toUpperCase();
      const bgcolor = el.getAttribute('bgcolor');
      // The legacy rules refuse `bgcolor="transparent"`: the attribute paints nothing, the box is see-through.
      if (bgcolor !== null)
        result = /^\s*transparent\s*$/i.test(bgcolor) ? undefined : see(parseLegacyColour(bgcolor), bgcolor);
      else result = tag in UA_BACKGROUND ? UA_BACKGROUND[tag] : undefined;
    }
    this.ownBackgrounds.set(el, result);
    return result;
  }
}

/** Whether text in `colour` all but vanishes on `ground` (never on an unknown one). */
function vanishesOn(colour: Rgba, ground: Rgba | null): boolean {
  return colour[3] === 0 || (ground !== null && contrast(colour, ground) < INVISIBLE_CONTRAST);
}

/** A declared background as the lookup reads it: opaque → itself, translucent or none → see through, unreadable → unknown. */
function see(colour: Rgba | null, value: string): Rgba | null | undefined {
  if (!colour) return /^(?:none|initial|unset)$/.test(value.trim()) ? undefined : null;
  return colour[3] >= OPAQUE_ALPHA ? colour : undefined;
}
