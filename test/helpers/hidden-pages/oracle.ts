/**
 * The browser as oracle: whether a reader can see a probe's text, decided by pixels in real Chromium, not by
 * any of Winnow's code. For each probe (an element marked `data-probe="N"`), the page is photographed as it
 * is and again with that probe's text painted transparent (OFF_STYLE: a change of colour only, no layout);
 * the probe is visible iff the two pictures differ enough (`readable`).
 *
 * Only what a reader can reach is photographed: the viewport, scrolled over the page's scrollable area
 * (window.scrollTo clamps at 0 and at the far edges, so a box parked above or left of the page, or a fixed box
 * outside the viewport, is never in any picture — exactly as for the reader). Screenshots are taken per
 * viewport tile that holds a probe, and probes whose boxes do not overlap are switched off together, so a
 * typical page costs two small screenshots.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { decodePng, type Image } from './png.js';

/** Marks a probe's text as switched off; appended to the page once, after the page's own rules. */
export const OFF_STYLE =
  '[data-probe-off], [data-probe-off] * { color: transparent !important; ' +
  '-webkit-text-fill-color: transparent !important; text-shadow: none !important; }';

/**
 * A pixel "differs" when its WCAG contrast ratio with the same pixel, text off, is at least this: grey #e9e9e9
 * on white, black at opacity ≈ 0.08 on white, navy on near-black just below. Luminance, not a channel, because
 * a reader reads by lightness: dark blue on #111 shows as a faint tint, not as letters. 1.2 is the contrast
 * colour.ts calls invisible; fainter is noise to a reader, and to antialiasing.
 */
export const PIXEL_CONTRAST = 1.2;

/** Relative luminance (WCAG) of each 8-bit sRGB channel value, weighted later. */
const LINEAR = Array.from({ length: 256 }, (_, v) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});
const luminance = (d: Uint8Array, i: number) =>
  0.2126 * LINEAR[d[i]!]! + 0.7152 * LINEAR[d[i + 1]!]! + 0.0722 * LINEAR[d[i + 2]!]!;
/** At least this many differing pixels: a word of legible text paints hundreds. */
export const MIN_PIXELS = 12;
/**
 * And some column holds this many differing pixels in a row: a glyph stem of a font of about 5px or more.
 * Text crushed into a 1-pixel line, clipped to a sliver or set at 0.5–3px paints a smudge, not letters.
 */
export const MIN_RUN = 4;

export interface Measure {
  /** Differing pixels, summed over every tile where the probe was photographed. */
  pixels: number;
  /** Longest vertical run of differing pixels in one column. */
  run: number;
}

export const readable = (m: Measure): boolean => m.pixels >= MIN_PIXELS && m.run >= MIN_RUN;

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const intersects = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function compare(on: Image, off: Image, box: Rect, region: Rect, into: Measure): void {
  const runs = new Int32Array(region.w);
  for (let y = 0; y < region.h; y++) {
    const iy = region.y - box.y + y;
    for (let x = 0; x < region.w; x++) {
      const ix = region.x - box.x + x;
      if (ix < 0 || iy < 0 || ix >= on.width || iy >= on.height) continue;
      const i = (iy * on.width + ix) * 4;
      const a = luminance(on.data, i) + 0.05;
      const b = luminance(off.data, i) + 0.05;
      if ((a > b ? a / b : b / a) >= PIXEL_CONTRAST) {
        into.pixels++;
        runs[x]! += 1;
        if (runs[x]! > into.run) into.run = runs[x]!;
      } else runs[x] = 0;
    }
  }
}

/** Runs in the page: where each probe's text and box lie in the viewport now, clipped to it (null: not in view). */
function probeRegions(ids: string[]): Array<Rect | null> {
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  return ids.map((id) => {
    const el = document.querySelector(`[data-probe="${id}"]`);
    if (!el) return null;
    const range = document.createRange();
    range.selectNodeContents(el);
    // The range's boxes are where the text paints (transforms applied, before any clipping).
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return null;
    // Two pixels of margin for antialiasing and italic overhang.
    const left = Math.max(0, Math.floor(Math.min(...rects.map((r) => r.left)) - 2));
    const top = Math.max(0, Math.floor(Math.min(...rects.map((r) => r.top)) - 2));
    const right = Math.min(vw, Math.ceil(Math.max(...rects.map((r) => r.right)) + 2));
    const bottom = Math.min(vh, Math.ceil(Math.max(...rects.map((r) => r.bottom)) + 2));
    return right > left && bottom > top ? { x: left, y: top, w: right - left, h: bottom - top } : null;
  });
}

/** Tile origins (scroll positions) whose viewport meets some probe's box, as laid out at scroll 0. */
function tilesToVisit(ids: string[]): Array<[number, number]> {
  const root = document.documentElement;
  const vw = root.clientWidth;
  const vh = root.clientHeight;
  const maxX = Math.max(0, root.scrollWidth - vw);
  const maxY = Math.max(0, root.scrollHeight - vh);
  window.scrollTo({ left: 0, top: 0, behavior: 'instant' });
  const tiles = new Map<string, [number, number]>([['0,0', [0, 0]]]);
  for (const id of ids) {
    const el = document.querySelector(`[data-probe="${id}"]`);
    if (!el) continue;
    const range = document.createRange();
    range.selectNodeContents(el);
    for (const r of Array.from(range.getClientRects())) {
      if (r.width <= 0 || r.height <= 0 || r.right <= 0 || r.bottom <= 0 || r.left >= maxX + vw || r.top >= maxY + vh)
        continue;
      for (let y = Math.max(0, Math.floor(r.top / vh) * vh); y < r.bottom; y += vh) {
        for (let x = Math.max(0, Math.floor(r.left / vw) * vw); x < r.right; x += vw) {
          const tx = Math.min(x, maxX);
          const ty = Math.min(y, maxY);
          tiles.set(`${tx},${ty}`, [tx, ty]);
        }
      }
    }
  }
  return [...tiles.values()];
}

async function shoot(cdp: CDPSession, box: Rect): Promise<Image> {
  const { data } = await cdp.send('Page.captureScreenshot', {
    format: 'png',
    optimizeForSpeed: true,
    captureBeyondViewport: false,
    clip: { x: box.x, y: box.y, width: box.w, height: box.h, scale: 1 },
  });
  return decodePng(Buffer.from(data, 'base64'));
}

/** Switches the given probes' text off (or back on). Page.captureScreenshot draws a fresh frame: no need to wait for one. */
async function switchOff(tab: Page, ids: string[], off: boolean): Promise<void> {
  await tab.evaluate(
    (list: string[], value: boolean) => {
      for (const id of list) document.querySelector(`[data-probe="${id}"]`)?.toggleAttribute('data-probe-off', value);
    },
    ids,
    off,
  );
}

/**
 * The oracle on the page loaded in `tab`: for each probe id, what the pixels say. The page must be laid out
 * and its fonts loaded; the off style is added to it (and left there).
 */
export async function pixelOracle(tab: Page, cdp: CDPSession, ids: string[]): Promise<Map<string, Measure>> {
  const measures = new Map(ids.map((id) => [id, { pixels: 0, run: 0 }]));
  await tab.evaluate((css: string) => {
    const style = document.createElement('style');
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
  }, OFF_STYLE);
  const tiles = await tab.evaluate(tilesToVisit, ids);
  for (const [tx, ty] of tiles) {
    const open = ids.filter((id) => !readable(measures.get(id)!));
    if (open.length === 0) break;
    const [sx, sy, regions] = await tab.evaluate(
      (x: number, y: number, list: string[], regionsSource: string) => {
        window.scrollTo({ left: x, top: y, behavior: 'instant' });
        // Runs in the generated test page, not in the extension: the region finder is shipped to it as source.
        // eslint-disable-next-line no-eval
        const regionsOf = (0, eval)(`(${regionsSource})`) as (l: string[]) => Array<Rect | null>;
        return [window.scrollX, window.scrollY, regionsOf(list)] as const;
      },
      tx,
      ty,
      open,
      probeRegions.toString(),
    );
    const present = open
      .map((id, i) => [id, regions[i]] as const)
      .filter((p): p is readonly [string, Rect] => p[1] !== null);
    if (present.length === 0) continue;
    // One screenshot box (document coordinates) around every region in view.
    const x0 = Math.min(...present.map(([, r]) => r.x));
    const y0 = Math.min(...present.map(([, r]) => r.y));
    const box = {
      x: sx + x0,
      y: sy + y0,
      w: Math.max(...present.map(([, r]) => r.x + r.w)) - x0,
      h: Math.max(...present.map(([, r]) => r.y + r.h)) - y0,
    };
    const on = await shoot(cdp, box);
    // Groups of probes whose regions do not overlap: each group is switched off at once.
    const groups: Array<Array<readonly [string, Rect]>> = [];
    for (const p of present) {
      const group = groups.find((g) => g.every(([, r]) => !intersects(r, p[1])));
      if (group) group.push(p);
      else groups.push([p]);
    }
    for (const group of groups) {
      const list = group.map(([id]) => id);
      await switchOff(tab, list, true);
      const off = await shoot(cdp, box);
      await switchOff(tab, list, false);
      for (const [id, r] of group)
        compare(on, off, box, { x: sx + r.x, y: sy + r.y, w: r.w, h: r.h }, measures.get(id)!);
    }
  }
  await tab.evaluate(() => window.scrollTo({ left: 0, top: 0, behavior: 'instant' }));
  return measures;
}
