import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { NO_SIGNATURES } from '../../../../src/core/extract/signatures.js';
import {
  linkDensity,
  remove,
  removalText,
  textOf,
  wordCount,
  type PruneContext,
} from '../../../../src/core/extract/prune/util.js';

describe('prune: shared measures and the removal record', () => {
  it('counts linked text, but not the text of a named anchor with no address (a jump target, not a link)', () => {
    const doc = new JSDOM('<!doctype html><body></body>').window.document;
    const p = doc.createElement('p');
    p.innerHTML = '<a name="cve">Identifiers</a> <a href="/cve">CVE</a>';
    expect(linkDensity(p)).toBeCloseTo(3 / 15, 2);
    p.innerHTML = '<a class="share">Share</a> <a name="x" href="/y">Tweet</a>';
    expect(linkDensity(p)).toBeCloseTo(10 / 11, 2);
  });

  it('counts Han characters as half a word', () => {
    expect(wordCount('a b c')).toBe(3);
    expect(wordCount('大桥项目')).toBe(2);
  });

  it('records the full text of what it removes, uncapped, with line breaks kept as word breaks', () => {
    const doc = new JSDOM('<!doctype html><body></body>').window.document;
    const root = doc.createElement('div');
    const long = 'word '.repeat(400).trim();
    root.innerHTML = `<p>keep</p><p id="a">${long}</p><p id="b">Caption<br>Credit</p>`;
    const ctx: PruneContext = {
      root,
      totalWords: wordCount(textOf(root)),
      removed: [],
      title: '',
      byline: null,
      signatures: NO_SIGNATURES,
      forumTopic: false,
    };
    remove(ctx, root.querySelector('#a')!, 'test');
    remove(ctx, root.querySelector('#b')!, 'test');
    expect(ctx.removed).toEqual([
      { reason: 'prune:test', text: long },
      { reason: 'prune:test', text: 'Caption Credit' },
    ]);
    expect(removalText(root)).toBe('keep');
  });
});
