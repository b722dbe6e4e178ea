/**
 * The one decision (rendering.ts) on hand-filled models: the order in which causes are named decides what
 * keep.ts and apply.ts do with a block (a speck-sized font is how spam hides; a zero-size box is how pages
 * collapse), and a cause is only ever the element's own.
 */
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { hidingReason, type Rendering } from '../../../src/core/visibility/rendering.js';

const doc = new JSDOM('<div id="outer"><p id="p">text <b id="b">bold</b></p></div>').window.document;
const el = (id: string) => doc.getElementById(id)!;

/** A model where nothing hides, with the given answers changed. */
function model(changes: Partial<Record<keyof Rendering, (el: Element) => unknown>>): Rendering {
  const plain: Rendering = {
    notRendered: () => null,
    paintedAway: () => null,
    fontPx: () => 16,
    opacity: () => 1,
    ink: () => null,
    inkVanishes: () => false,
  };
  return { ...plain, ...changes } as Rendering;
}

describe('hidingReason: one order for both paths', () => {
  test('nothing hides: no reason', () => {
    expect(hidingReason(el('p'), true, model({}))).toBeNull();
  });

  test('not rendered is named before anything the box would also show', () => {
    const m = model({ notRendered: () => 'display', paintedAway: () => 'offscreen', opacity: () => 0 });
    expect(hidingReason(el('p'), true, m)).toBe('display');
  });

  test('a speck-sized font is "fontsize", though it also shrinks its box to nothing', () => {
    const m = model({ fontPx: () => 1, paintedAway: () => 'zero-size' });
    expect(hidingReason(el('p'), true, m)).toBe('fontsize');
  });

  test('a small but readable font (10 px) hides nothing', () => {
    expect(hidingReason(el('p'), true, model({ fontPx: () => 10 }))).toBeNull();
  });

  test('a box with no text of its own is "fontsize" only when every text below it is specks', () => {
    const allTiny = model({ fontPx: () => 2 });
    expect(hidingReason(el('outer'), false, allTiny)).toBe('fontsize');
    const boldReadable = model({ fontPx: (e) => (e.id === 'b' ? 16 : 2) });
    expect(hidingReason(el('outer'), false, boldReadable)).toBeNull();
  });

  test('a fade is judged by contrast: 5% black on white is gone, 30% is read', () => {
    expect(hidingReason(el('p'), true, model({ opacity: (e) => (e.id === 'p' ? 0.05 : 1) }))).toBe('opacity');
    expect(hidingReason(el('p'), true, model({ opacity: (e) => (e.id === 'p' ? 0.3 : 1) }))).toBeNull();
  });

  test('a fade uses the real colours where the model knows them: 30% grey on a near-grey ground is gone', () => {
    const m = model({
      opacity: (e) => (e.id === 'p' ? 0.3 : 1),
      ink: () => ({ fg: [120, 120, 120, 1], bg: [140, 140, 140, 1] }),
    });
    expect(hidingReason(el('p'), true, m)).toBe('opacity');
  });

  test("a fade its parent already has is the parent's cause, not the child's", () => {
    const m = model({ opacity: () => 0.02 });
    expect(hidingReason(el('b'), true, m)).toBeNull();
    expect(hidingReason(el('p'), true, model({ opacity: (e) => (e.id === 'p' || e.id === 'b' ? 0.02 : 1) }))).toBe(
      'opacity',
    );
  });

  test('text the colour of its ground is named only for a block with text of its own', () => {
    const m = model({ inkVanishes: () => true });
    expect(hidingReason(el('p'), true, m)).toBe('colour');
    expect(hidingReason(el('outer'), false, m)).toBeNull();
  });
});
