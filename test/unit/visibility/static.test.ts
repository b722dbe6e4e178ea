/** Static visibility: the page's own <style> rules, inline style, media, cascade order, and the precision rules. */
import { describe, expect, test } from 'vitest';
import { parse, cleanHtml } from '../../helpers/dom.js';
import { staticVerdicts } from '../../../src/core/visibility/static.js';
import { mediaApplies } from '../../../src/core/visibility/media.js';
import { parseCss } from '../../../src/core/visibility/css-parse.js';
import { elementsInOrder } from '../../../src/core/dom.js';
import { isSpamRemoval } from '../../../src/core/audit.js';

const ARTICLE = '<article><h1>Headline</h1>' + Array.from({ length: 5 }, (_, i) =>
  `<p>Paragraph ${i} of an ordinary article, long enough to be read as prose by Readability and by people alike.</p>`).join('') + '</article>';

/** Verdicts keyed by the id of the element they name, on a page that also holds an ordinary article. */
function verdictsById(html: string): Record<string, string> {
  const doc = parse(html + ARTICLE).window.document;
  const els = elementsInOrder(doc);
  const out: Record<string, string> = {};
  for (const [i, reason] of staticVerdicts(doc)) out[els[i]?.id || els[i]?.tagName || '?'] = reason;
  return out;
}

describe('media queries against the assumed desktop screen', () => {
  test.each([
    ['print', 'no'], ['screen', 'yes'], ['', 'yes'], ['(max-width: 767px)', 'no'], ['(min-width: 768px)', 'yes'],
    ['screen and (max-width: 40em)', 'no'], ['print, screen', 'yes'], ['not print', 'yes'], ['(prefers-color-scheme: dark)', 'unknown'],
    ['speech', 'no'],
  ])('%s → %s', (query, verdict) => expect(mediaApplies(query)).toBe(verdict));
});

describe('CSS reader', () => {
  test('reads rules, skips comments, keyframes and font faces, nests media', () => {
    const rules = parseCss('/* c */ .a{display:none} @keyframes k{from{opacity:0}to{opacity:1}} @font-face{font-family:x}' +
      '@media print{.b{display:none}} @media screen{@supports (display:grid){.c{visibility:hidden !important}}}', 'yes');
    expect(rules.map((r) => [r.selector, r.media])).toEqual([['.a', 'yes'], ['.b', 'no'], ['.c', 'yes']]);
    expect(rules[2]?.declarations.get('visibility')).toEqual({ value: 'hidden', important: true });
  });
  test('survives unbalanced and hostile CSS', () => {
    expect(() => parseCss('.a{display:none', 'yes')).not.toThrow();
    expect(parseCss('.a{background:url("x;y}")} .b{display:none}', 'yes').map((r) => r.selector)).toEqual(['.a', '.b']);
  });
});

describe('stylesheet cascade (pattern 5)', () => {
  test('a class hidden by the page stylesheet', () => {
    expect(verdictsById('<style>.k9x{display:none}</style><p id="x" class="k9x">时时彩</p>')).toEqual({ x: 'hidden:display' });
  });
  test('a later rule un-hides; an earlier !important wins over a later one', () => {
    expect(verdictsById('<style>.a{display:none} .b{display:block}</style><p id="x" class="a b">text</p>')).toEqual({});
    expect(verdictsById('<style>.a{display:none!important} .b{display:block}</style><p id="x" class="a b">text</p>')).toEqual({ x: 'hidden:display' });
  });
  test('specificity beats order', () => {
    expect(verdictsById('<style>#x{display:none} p{display:block}</style><p id="x">text</p>')).toEqual({ x: 'hidden:display' });
  });
  test('inline style un-hides a class; print-only and narrow-screen rules never hide', () => {
    expect(verdictsById('<style>.a{display:none}</style><p id="x" class="a" style="display:block">t</p>')).toEqual({});
    expect(verdictsById('<style>@media print{.a{display:none}}</style><p id="x" class="a">t</p>')).toEqual({});
    expect(verdictsById('<style media="print">.a{display:none}</style><p id="x" class="a">t</p>')).toEqual({});
    expect(verdictsById('<style>@media (max-width:767px){.a{display:none}}</style><p id="x" class="a">t</p>')).toEqual({});
  });
  test('styles inside <noscript> do not apply to a scripted page', () => {
    expect(verdictsById('<noscript><style>.a{display:none}</style></noscript><p id="x" class="a">t</p>')).toEqual({});
  });
  test('an unparseable selector is ignored, not fatal', () => {
    expect(verdictsById('<style>p:unknown-thing(1){display:none} .a{display:none}</style><p id="x" class="a">t</p>')).toEqual({ x: 'hidden:display' });
  });
  test('pseudo-element rules do not hide the element', () => {
    expect(verdictsById('<style>.a::before{display:none}</style><p id="x" class="a">t</p>')).toEqual({});
  });
});

describe('hiding properties, inline or from rules', () => {
  test.each([
    ['<div id="x" style="position:absolute;left:-9999px">t</div>', 'hidden:offscreen'],
    ['<div id="x" style="position:fixed;top:-1000px">t</div>', 'hidden:offscreen'],
    ['<div id="x" style="position:relative;left:-300px">t</div>', undefined], // a slide-in menu, not parked
    ['<div id="x" style="margin:0 -9999px;padding:0 9999px">t</div>', undefined], // full-bleed background trick
    ['<h2 id="x" style="text-indent:-9999px">t</h2>', 'hidden:indent'],
    ['<p id="x" style="font-size:0">t</p>', 'hidden:fontsize'],
    ['<div id="x" style="font:0/0 a">t</div>', 'hidden:fontsize'],
    ['<div id="x" style="height:0;overflow:hidden">t</div>', 'hidden:zero-size'],
    ['<div id="x" style="height:0">t</div>', undefined], // overflow visible: the text shows
    ['<span id="x" style="position:absolute;clip:rect(0 0 0 0)">t</span>', 'hidden:clip'],
    ['<span id="x" style="clip-path:inset(50%)">t</span>', 'hidden:clip'],
    ['<div id="x" style="opacity:0">t</div>', 'hidden:opacity'],
    ['<div id="x" style="opacity:0;transition:opacity .3s">t</div>', undefined], // fade-in
    ['<div id="x" style="visibility:hidden">t</div>', 'hidden:visibility'],
    ['<div id="x" hidden>t</div>', 'hidden:attribute'],
    ['<marquee id="x" height="1" width="1">t</marquee>', 'hidden:marquee'],
    ['<marquee id="x" height="15">t</marquee>', undefined],
    ['<p><font id="x" color="#fff">t</font></p>', 'hidden:colour'],
    ['<div style="background:#000"><p><font id="x" color="#fff">t</font></p></div>', undefined],
    ['<div id="x" style="display:none"></div>', undefined], // nothing to read, nothing decided
  ])('%s', (html, reason) => expect(verdictsById(html)['x']).toBe(reason));

  test('font-size 0 reset by the children is the inline-block whitespace hack (pattern 8)', () => {
    expect(verdictsById('<ul id="x" style="font-size:0"><li style="font-size:14px">a</li><li style="font-size:14px">b</li></ul>')).toEqual({});
    expect(verdictsById('<ul id="x" style="font-size:0"><li style="font-size:14px">a</li><li id="y">spam</li></ul>')).toEqual({ y: 'hidden:fontsize' });
  });
  test('a hidden subtree gets one verdict, at its root', () => {
    expect(verdictsById('<div id="x" style="display:none"><p id="y" style="display:none">t</p></div>')).toEqual({ x: 'hidden:display' });
  });
});

describe('precision: hidden but kept (keep.ts)', () => {
  test('a display:none container holding the article is kept and un-hidden for Readability', () => {
    const a = cleanHtml(`<div id="full" style="display:none">${ARTICLE}</div><p>Teaser.</p>`);
    expect(a?.textContent).toContain('Paragraph 4 of an ordinary article');
    expect(a?.removed.filter((r) => r.reason.startsWith('hidden:') || isSpamRemoval(r))).toEqual([]);
  });
  test('a WeChat-style visibility:hidden #js_content is kept (readability#921)', () => {
    const a = cleanHtml(`<div id="js_content" style="visibility:hidden">${ARTICLE}</div>`);
    expect(a?.textContent).toContain('Paragraph 0 of an ordinary article');
  });
  test('a hidden continuation beside "阅读全文" is kept even when small', () => {
    const a = cleanHtml(`${ARTICLE.replace('</article>', '')}<div style="display:none"><p>The hidden last paragraph of the story, revealed by the read more button below it.</p></div><a href="#">阅读全文</a></article>`);
    expect(a?.textContent).toContain('The hidden last paragraph');
  });
  test('a large hidden block of links is never "the article"', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<a href="http://s${i}.example${i}.com/">澳门葡京娱乐城${i}</a>`).join(' ');
    const a = cleanHtml(`<p>Short page.</p><div style="display:none">${links}</div>`);
    expect(a?.removed.map((r) => r.reason)).toContain('spam:hidden-display');
  });
  test('a tab panel a control opens is kept', () => {
    expect(verdictsById('<button aria-controls="p2">Tab</button><div id="p2" style="display:none">panel</div>')).toEqual({ p2: 'hidden:kept' });
  });
});
