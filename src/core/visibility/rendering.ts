/**
 * The one model of what a reader's eye depends on, and the one decision made from it.
 *
 * Both paths describe a page the same way, element by element, in the quantities that decide whether text
 * is seen (`Rendering`):
 *   - whether the box is rendered at all (display, visibility, the `hidden` attribute, a closed <details>);
 *   - the size its glyphs render at;
 *   - where its paint lands: off the page, indented or clipped away, shrunk to nothing;
 *   - its effective opacity, the product along its ancestors;
 *   - its text colour against the effective background behind it.
 * live.ts fills the model from layout and computed style on the page the reader is looking at; static.ts from
 * the cascade of a copy of it (inline style and the page's own `<style>` rules), answering "unknown" — which
 * keeps — wherever a copy cannot tell. `hidingReason` then decides, in one order, for both: the reason named is
 * the `hidden:<reason>` of the verdict (keep.ts and apply.ts act on it).
 */
import type { Rgba } from './colour.js';
import { fadedAway } from './colour.js';
import { isUnreadableFontSize } from './hiding.js';
import { everyTextParent } from './text-holders.js';

/** Not rendered at all, by the element's own markup or style. */
export type Collapse = 'attribute' | 'display' | 'visibility';

/** Rendered, but painted where no reader sees it. */
export type Displacement = 'offscreen' | 'indent' | 'clip' | 'zero-size' | 'marquee';

/** Text colour and the background it is painted on, where both are known. */
export interface Ink {
  fg: Rgba;
  bg: Rgba;
}

/** What one path knows of how an element is painted. Every question is asked at most once per element, in order. */
export interface Rendering {
  /** Why the element's own markup or style keeps it from being rendered, or null. */
  notRendered(el: Element): Collapse | null;
  /** Why its painted box (or its own text) lies where no reader sees it, or null when it may be seen or we cannot tell. */
  paintedAway(el: Element, ownText: boolean): Displacement | null;
  /** The size its text renders at, in px; null when unknown (then it is taken as readable). */
  fontPx(el: Element): number | null;
  /** Its effective opacity: its own times every ancestor's; fade-in animations count as shown. */
  opacity(el: Element): number;
  /** Its text colour and effective background, when both are known: a fade is then judged on real colours. */
  ink(el: Element): Ink | null;
  /** Whether its own text all but vanishes against its effective background (WCAG contrast < 1.2), with nothing
   * (an image behind it, a shadow or outline, clipped background) keeping it visible. */
  inkVanishes(el: Element): boolean;
}

/** Whether text at `opacity` is lost against its background: real colours where known, black on white where not. */
function faded(el: Element, rendering: Rendering): boolean {
  const opacity = rendering.opacity(el);
  if (opacity >= 0.5) return false;
  const ink = rendering.ink(el);
  return ink ? fadedAway(opacity, ink.fg, ink.bg) : fadedAway(opacity);
}

/**
 * Why a reader cannot see `el`, or null. `ownText`: it holds text of its own, not only in descendants.
 * Causes are the element's own: an ancestor's hiding is its ancestor's verdict (the walk skips what that covers;
 * inside a kept ancestor, descendants are judged by their own causes only).
 */
export function hidingReason(el: Element, ownText: boolean, rendering: Rendering): string | null {
  const collapse = rendering.notRendered(el);
  if (collapse) return collapse;
  // Glyphs too small to read come first: a speck-sized font also shrinks the box that holds it.
  const unreadable = (at: Element) => isUnreadableFontSize(rendering.fontPx(at));
  if (unreadable(el) && (ownText || everyTextParent(el, unreadable))) return 'fontsize';
  const away = rendering.paintedAway(el, ownText);
  if (away) return away;
  const parent = el.parentElement;
  if (faded(el, rendering) && !(parent && faded(parent, rendering))) return 'opacity';
  if (ownText && rendering.inkVanishes(el)) return 'colour';
  return null;
}
