/**
 * Static verdicts over whole parameter ranges (fast-check), where no browser is needed to know the answer: the
 * ranges are those the pixel oracle (test/helpers/hidden-pages/oracle.ts) draws its line through — a block
 * parked a thousand pixels or more above or left of the page is never seen, whatever unit says so; opacity at
 * or below 0.01 is invisible and at or above 0.2 plainly visible; text within one step of its background is
 * invisible and text of contrast ≥ 1.5 visible; a font of 0 shows nothing and one of 10px or more is read.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { verdictsById } from './verdicts.js';
import { contrast, parseColour } from '../../../src/core/visibility/colour.js';

const RUNS = 30;
/** Hidden by the static path: a verdict on the probe other than "kept". */
const hides = (html: string) => {
  const v = verdictsById(html).x;
  return v !== undefined && v !== 'hidden:kept';
};
const probe = (style: string, text = 'Probe kiwi latch bright') => `<p id="x" style="${style}">${text}</p>`;
const ruled = (css: string, text = 'Probe kiwi latch bright') => `<style>${css}</style><p id="x" class="k">${text}</p>`;

/** A distance of `n` px above/left of the page in a given unit, as the generator writes them. */
const lengthIn = (n: number, unit: string): string => {
  switch (unit) {
    case 'em':
    case 'rem':
      return `-${n / 16}${unit}`;
    case 'vw':
      return `-${(n / 12.8).toFixed(2)}vw`;
    case 'calc':
      return `calc(-${n - 100}px - 100px)`;
    default:
      return `-${n}px`;
  }
};

describe('parked above or left of the page', () => {
  const parked = (units: string[]) =>
    fc.record({
      position: fc.constantFrom('absolute', 'fixed'),
      side: fc.constantFrom('left', 'top'),
      n: fc.integer({ min: 1000, max: 100_000 }),
      unit: fc.constantFrom(...units),
      inline: fc.boolean(),
    });
  const decl = (p: { position: string; side: string; n: number; unit: string }) =>
    `position:${p.position};${p.side}:${lengthIn(p.n, p.unit)}`;
  const written = (p: { inline: boolean } & Parameters<typeof decl>[0]) =>
    p.inline ? probe(decl(p)) : ruled(`.k{${decl(p)}}`);

  test('≥ 1000px in px, em or rem: hidden', () => {
    fc.assert(
      fc.property(parked(['px', 'em', 'rem']), (p) => void expect(hides(written(p)), decl(p)).toBe(true)),
      { numRuns: RUNS, seed: 13 },
    );
  });
  test('≥ 1000px in vw or calc(): hidden (the viewport is the assumed 1280px desktop)', () => {
    fc.assert(
      fc.property(parked(['vw', 'calc']), (p) => void expect(hides(written(p)), decl(p)).toBe(true)),
      { numRuns: RUNS, seed: 13 },
    );
  });
  test('a translate of ≥ 1000px to the left or up: hidden', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 100_000 }),
        fc.constantFrom('translateX(-N)', 'translateY(-N)', 'translate(-N, -N)', 'translate3d(-N, 0, 0)'),
        (n, f) => void expect(hides(probe(`transform:${f.replace(/-N/g, `-${n}px`)}`)), f).toBe(true),
      ),
      { numRuns: RUNS, seed: 13 },
    );
  });
});

describe('opacity', () => {
  const opacity = (min: number, max: number) =>
    fc.double({ min, max, noNaN: true }).map((o) => Math.round(o * 1000) / 1000);
  test('at most 0.01, inline or by a class rule: hidden', () => {
    fc.assert(
      fc.property(
        opacity(0, 0.01),
        fc.boolean(),
        (o, inline) =>
          void expect(hides(inline ? probe(`opacity:${o}`) : ruled(`.k{opacity:${o}}`)), `opacity ${o}`).toBe(true),
      ),
      { numRuns: RUNS, seed: 13 },
    );
  });
  test('at least 0.2: kept', () => {
    fc.assert(
      fc.property(
        opacity(0.2, 1),
        fc.boolean(),
        (o, inline) =>
          void expect(hides(inline ? probe(`opacity:${o}`) : ruled(`.k{opacity:${o}}`)), `opacity ${o}`).toBe(false),
      ),
      { numRuns: RUNS, seed: 13 },
    );
  });
  test('ancestors multiplied down to at most 0.01: hidden (on the probe, or on the wrapper that already fades it)', () => {
    fc.assert(
      fc.property(opacity(0.02, 0.2), opacity(0.02, 0.5), (a, b) => {
        fc.pre(a * b <= 0.01);
        const html = `<div id="w" style="opacity:${a}"><p id="x" style="opacity:${b}">Probe kiwi latch bright</p></div>`;
        const v = verdictsById(html);
        expect(
          [v.x, v.w].some((r) => r !== undefined && r !== 'hidden:kept'),
          `${a} × ${b}`,
        ).toBe(true);
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });
});

describe('text against its background', () => {
  const channel = fc.integer({ min: 0, max: 255 });
  const rgb = fc.tuple(channel, channel, channel);
  const hex = ([r, g, b]: number[]) => `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
  const spellings = ([r, g, b]: number[]) => [hex([r!, g!, b!]), `rgb(${r}, ${g}, ${b})`, `rgba(${r},${g},${b},1)`];

  test('contrast ≥ 1.5 against the page background: kept', () => {
    fc.assert(
      fc.property(rgb, rgb, fc.nat(2), (fg, bg, form) => {
        const ratio = contrast(parseColour(hex(fg))!, parseColour(hex(bg))!);
        fc.pre(ratio >= 1.5);
        expect(
          hides(`<style>body{background:${hex(bg)}}</style>${probe(`color:${spellings(fg)[form]}`)}`),
          `${hex(fg)} on ${hex(bg)} (${ratio.toFixed(2)})`,
        ).toBe(false);
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });
  test('within one step of the page background, in any spelling: hidden', () => {
    fc.assert(
      fc.property(
        rgb,
        fc.tuple(fc.constantFrom(-1, 0, 1), fc.constantFrom(-1, 0, 1), fc.constantFrom(-1, 0, 1)),
        fc.nat(2),
        (bg, d, form) => {
          const fg = bg.map((c, i) => Math.min(255, Math.max(0, c + d[i]!)));
          expect(
            hides(`<style>body{background:${hex(bg)}}</style>${probe(`color:${spellings(fg)[form]}`)}`),
            `${hex(fg)} on ${hex(bg)}`,
          ).toBe(true);
        },
      ),
      { numRuns: RUNS, seed: 13 },
    );
  });
  test('colour and background the same in one style attribute: hidden', () => {
    fc.assert(
      fc.property(rgb, fc.nat(2), fc.nat(2), (c, a, b) => {
        expect(hides(probe(`color:${spellings(c)[a]};background:${spellings(c)[b]}`)), hex(c)).toBe(true);
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });
});

describe('font size', () => {
  test('0 in any unit: hidden', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('0', '0px', '0em', '0rem', '0%', '0pt', '0.0px'),
        fc.boolean(),
        (size, inline) =>
          void expect(hides(inline ? probe(`font-size:${size}`) : ruled(`.k{font-size:${size}}`)), size).toBe(true),
      ),
      { numRuns: 20, seed: 13 },
    );
  });
  test('0.5px to 3px, too small to read: hidden', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 30 }),
        (tenths) => void expect(hides(probe(`font-size:${tenths / 10}px`)), `${tenths / 10}px`).toBe(true),
      ),
      { numRuns: RUNS, seed: 13 },
    );
  });
  test('10px and larger: kept', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 72 }),
        fc.constantFrom('px', 'pt'),
        (n, unit) => void expect(hides(probe(`font-size:${n}${unit}`)), `${n}${unit}`).toBe(false),
      ),
      { numRuns: RUNS, seed: 13 },
    );
  });
});

describe('the syntax a hiding rule is written in', () => {
  const HIDING = ['display:none', 'visibility:hidden', 'opacity:0', 'position:absolute;left:-9999px', 'font-size:0'];
  test('any selector that applies on a desktop screen: hidden', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HIDING),
        fc.constantFrom('.k', '#x', 'p.k', 'body .k', '[class="k"]', 'p[id=x]'),
        fc.constantFrom('', 'screen', '(min-width: 768px)', 'all'),
        (decl, selector, media) => {
          const rule = `${selector}{${decl}}`;
          expect(hides(ruled(media ? `@media ${media}{${rule}}` : rule)), `${media} ${rule}`).toBe(true);
        },
      ),
      { numRuns: RUNS, seed: 13 },
    );
  });
  test('print, narrow-screen, or undone by a later rule: kept', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HIDING), fc.constantFrom('print', '(max-width: 600px)', 'undone'), (decl, how) => {
        const css =
          how === 'undone'
            ? `.k{${decl}} .k{display:block;visibility:visible;opacity:1;position:static;left:auto;font-size:16px}`
            : `@media ${how}{.k{${decl}}}`;
        expect(hides(ruled(css)), css).toBe(false);
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });
});
