/**
 * Live paint: a text's computed colour against the effective background behind it (pattern 9), from computed
 * style. Read by live.ts's LiveRendering.
 */
import { contrast, INVISIBLE_CONTRAST, parseColour, WHITE, type Rgba } from './colour.js';

/** Text colour invisible against the first opaque background up the tree (pattern 9). */
export class Backgrounds {
  private readonly colours = new Map<Element, Rgba | null>();
  /** Elements that paint an opaque background colour of their own. */
  private readonly opaque = new Set<Element>();
  private readonly painted = new Map<Element, boolean>();
  constructor(
    private readonly win: Window,
    private readonly parse: (value: string) => Rgba | null,
  ) {}

  /**
   * The colour behind `el`'s text, or null when an unknown colour paints it. Background images are not read
   * here (a second style read for every element): `paintedOver` checks them for the few texts whose colour
   * matches this background.
   */
  of(el: Element | null, cs?: CSSStyleDeclaration): Rgba | null {
    if (!el) return WHITE; // the canvas
    const known = this.colours.get(el);
    if (known !== undefined) return known;
    // The caller's computed style of `el` when it has it: every getComputedStyle call is a new object.
    const value = (cs ?? this.win.getComputedStyle(el)).backgroundColor;
    const colour = this.parse(value);
    const own = colour !== null && colour[3] >= 0.5;
    if (own) this.opaque.add(el);
    const result = !colour && value ? null : own ? colour : this.of(el.parentElement);
    this.colours.set(el, result);
    return result;
  }

  /** Whether an image or gradient paints between `el`'s text and the colour `of(el)` found. */
  paintedOver(el: Element): boolean {
    for (let at: Element | null = el; at; at = at.parentElement) {
      let image = this.painted.get(at);
      if (image === undefined) {
        const value = this.win.getComputedStyle(at).backgroundImage;
        this.painted.set(at, (image = Boolean(value) && value !== 'none'));
      }
      if (image) return true;
      if (this.opaque.has(at)) return false; // the opaque colour found: nothing further up shows
    }
    return false;
  }
}

/**
 * Whether a text colour all but vanishes against a background. Pages paint most text in a handful of colours
 * over a handful of backgrounds, so each colour is parsed once and each pair compared once.
 */
export class Legibility {
  private readonly colours = new Map<string, Rgba | null>();
  private readonly pairs = new Map<Rgba, Map<Rgba, boolean>>();

  /** parseColour, once per distinct value (the same objects come back, so pairs can be remembered). */
  readonly parse = (value: string): Rgba | null => {
    let colour = this.colours.get(value);
    if (colour === undefined) this.colours.set(value, (colour = parseColour(value)));
    return colour;
  };

  /** Whether opaque-enough text of colour `fg` cannot be told from `bg`; null (unknown background) never hides. */
  invisible(fg: Rgba, bg: Rgba | null): boolean {
    if (bg === null) return false;
    let byBackground = this.pairs.get(fg);
    if (!byBackground) this.pairs.set(fg, (byBackground = new Map<Rgba, boolean>()));
    let answer = byBackground.get(bg);
    if (answer === undefined) byBackground.set(bg, (answer = contrast(fg, bg) < INVISIBLE_CONTRAST));
    return answer;
  }
}

/**
 * The colour the glyphs are painted in: `-webkit-text-fill-color` where set (both engines paint with it over
 * `color`; its computed value is `color`'s when not set), else `color`.
 */
export function textFill(cs: CSSStyleDeclaration): string {
  return cs.getPropertyValue('-webkit-text-fill-color') || cs.color;
}

export function invisibleColour(
  el: Element,
  cs: CSSStyleDeclaration,
  backgrounds: Backgrounds,
  legibility: Legibility,
): boolean {
  const fg = legibility.parse(textFill(cs));
  if (!fg) return false;
  // Colour first: nearly all text is legible, and the exceptions below cost four style reads per element.
  // Transparent text is invisible on anything; other text only where no image paints behind it.
  if (fg[3] !== 0 && (!legibility.invisible(fg, backgrounds.of(el, cs)) || backgrounds.paintedOver(el))) return false;
  // Outlined, shadowed and gradient-clipped text is visible whatever its fill.
  if (
    (cs.textShadow && cs.textShadow !== 'none') ||
    /text/.test(cs.getPropertyValue('background-clip') + cs.getPropertyValue('-webkit-background-clip'))
  )
    return false;
  const stroke = parseFloat(cs.getPropertyValue('-webkit-text-stroke-width'));
  return !(stroke > 0);
}
