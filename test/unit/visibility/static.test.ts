/** Static visibility: the page's own <style> rules, inline style, media, cascade order, and the precision rules. */
import { describe, expect, test, vi } from 'vitest';
import { parse, cleanHtml } from '../../helpers/dom.js';
import { staticVerdicts } from '../../../src/core/visibility/static.js';
import { mediaApplies } from '../../../src/core/visibility/media.js';
import { parseCss } from '../../../src/core/visibility/css-parse.js';
import { isSpamRemoval } from '../../../src/core/audit.js';
import { StaticCascade } from '../../../src/core/visibility/cascade.js';
import { ARTICLE, verdictsById } from './verdicts.js';
import { backgroundLonghands } from '../../../src/core/visibility/background.js';
import { Palette } from '../../../src/core/visibility/palette.js';

describe('media queries against the assumed desktop screen', () => {
  test.each([
    ['print', 'no'],
    ['screen', 'yes'],
    ['', 'yes'],
    ['(max-width: 767px)', 'no'],
    ['(min-width: 768px)', 'yes'],
    ['screen and (max-width: 40em)', 'no'],
    ['print, screen', 'yes'],
    ['not print', 'yes'],
    ['(prefers-color-scheme: dark)', 'unknown'],
    ['speech', 'no'],
  ])('%s → %s', (query, verdict) => expect(mediaApplies(query)).toBe(verdict));
});

describe('CSS reader', () => {
  test('reads rules, skips comments, keyframes and font faces, nests media', () => {
    const rules = parseCss(
      '/* c */ .a{display:none} @keyframes k{from{opacity:0}to{opacity:1}} @font-face{font-family:x}' +
        '@media print{.b{display:none}} @media screen{@supports (display:grid){.c{visibility:hidden !important}}}',
      'yes',
    );
    expect(rules.map((r) => [r.selector, r.media])).toEqual([
      ['.a', 'yes'],
      ['.b', 'no'],
      ['.c', 'yes'],
    ]);
    expect(rules[2]?.declarations.get('visibility')).toEqual({ value: 'hidden', important: true });
  });
  test('survives unbalanced and hostile CSS', () => {
    expect(() => parseCss('.a{display:none', 'yes')).not.toThrow();
    expect(parseCss('.a{background:url("x;y}")} .b{display:none}', 'yes').map((r) => r.selector)).toEqual(['.a', '.b']);
  });
});

describe('stylesheet cascade (pattern 5)', () => {
  test('a class hidden by the page stylesheet', () => {
    expect(verdictsById('<style>.k9x{display:none}</style><p id="x" class="k9x">时时彩</p>')).toEqual({
      x: 'hidden:display',
    });
  });
  test('a later rule un-hides; an earlier !important wins over a later one', () => {
    expect(verdictsById('<style>.a{display:none} .b{display:block}</style><p id="x" class="a b">text</p>')).toEqual({});
    expect(
      verdictsById('<style>.a{display:none!important} .b{display:block}</style><p id="x" class="a b">text</p>'),
    ).toEqual({ x: 'hidden:display' });
  });
  test('specificity beats order', () => {
    expect(verdictsById('<style>#x{display:none} p{display:block}</style><p id="x">text</p>')).toEqual({
      x: 'hidden:display',
    });
  });
  test('inline style un-hides a class; print-only and narrow-screen rules never hide', () => {
    expect(verdictsById('<style>.a{display:none}</style><p id="x" class="a" style="display:block">t</p>')).toEqual({});
    expect(verdictsById('<style>@media print{.a{display:none}}</style><p id="x" class="a">t</p>')).toEqual({});
    expect(verdictsById('<style media="print">.a{display:none}</style><p id="x" class="a">t</p>')).toEqual({});
    expect(verdictsById('<style>@media (max-width:767px){.a{display:none}}</style><p id="x" class="a">t</p>')).toEqual(
      {},
    );
  });
  test('styles inside <noscript> do not apply to a scripted page', () => {
    expect(verdictsById('<noscript><style>.a{display:none}</style></noscript><p id="x" class="a">t</p>')).toEqual({});
  });
  test('an unparseable selector is ignored, not fatal', () => {
    expect(
      verdictsById('<style>p:unknown-thing(1){display:none} .a{display:none}</style><p id="x" class="a">t</p>'),
    ).toEqual({ x: 'hidden:display' });
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

  // The same effects in newer syntax: each one a reader cannot tell from the classic form (the pixel oracle
  // found every one kept before), and a harmless value of each kept.
  test.each([
    ['<div id="x" style="filter:opacity(0)">t</div>', 'hidden:opacity'],
    ['<div id="x" style="filter:grayscale(1) opacity(2%)">t</div>', 'hidden:opacity'],
    ['<div id="x" style="filter:opacity(60%)">t</div>', undefined],
    ['<div style="opacity:.2"><p id="x" style="filter:opacity(.2)">t</p></div>', 'hidden:opacity'],
    ['<div id="x" style="zoom:0.01">t</div>', 'hidden:fontsize'],
    ['<div style="zoom:.4">words<p id="x" style="zoom:50%">t</p></div>', 'hidden:fontsize'],
    ['<div id="x" style="zoom:.5">t</div>', undefined],
    ['<div id="x" style="scale:0">t</div>', 'hidden:zero-size'],
    ['<div id="x" style="scale:1 0">t</div>', 'hidden:zero-size'],
    ['<div id="x" style="translate:-9999px">t</div>', 'hidden:offscreen'],
    ['<div id="x" style="translate:0 calc(-1 * 9999px)">t</div>', 'hidden:offscreen'],
    ['<div id="x" style="translate:-20px 4px;scale:1.1">t</div>', undefined],
    ['<div id="x" style="position:absolute;inset-inline-start:-9999px">t</div>', 'hidden:offscreen'],
    ['<div id="x" style="position:absolute;inset:-9999px auto auto -9999px">t</div>', 'hidden:offscreen'],
    ['<div id="x" style="position:absolute;inset:0">t</div>', undefined],
    ['<div id="x" style="block-size:0;overflow:hidden">t</div>', 'hidden:zero-size'],
    ['<div id="x" style="max-block-size:0;overflow-block:hidden">t</div>', 'hidden:zero-size'],
    ['<p id="x" style="-webkit-text-fill-color:transparent">t</p>', 'hidden:colour'],
    ['<p id="x" style="color:#000;-webkit-text-fill-color:#fff">t</p>', 'hidden:colour'],
    ['<p id="x" style="color:#fff;-webkit-text-fill-color:#222">t</p>', undefined],
    // Gradient headline: transparent fill over a background clipped to the text.
    [
      '<h1 id="x" style="background:linear-gradient(red,blue);background-clip:text;-webkit-text-fill-color:transparent">t</h1>',
      undefined,
    ],
  ])('newer syntax: %s', (html, reason) => expect(verdictsById(html)['x']).toBe(reason));

  test('zero line height in a box that clips: its lines, and so the box, are 0 px tall', () => {
    expect(verdictsById('<p id="x" style="line-height:0;overflow:hidden">t <a href="/">u</a></p>')['x']).toBe(
      'hidden:zero-size',
    );
    expect(verdictsById('<style>.l{line-height:0px;overflow-y:clip}</style><p id="x" class="l">t</p>')['x']).toBe(
      'hidden:zero-size',
    );
    // Overflow shows, a child has a line height of its own, a height is declared: the text is seen. A block
    // inside is kept too — its lines decide, and the static path does not lay them out.
    expect(verdictsById('<p id="x" style="line-height:0">t</p>')['x']).toBe(undefined);
    expect(
      verdictsById('<p id="x" style="line-height:0;overflow:hidden"><span style="line-height:20px">t</span></p>')['x'],
    ).toBe(undefined);
    expect(verdictsById('<div id="x" style="line-height:0;overflow:hidden"><p>t</p></div>')['x']).toBe(undefined);
    expect(verdictsById('<p id="x" style="line-height:0;overflow:hidden;height:40px">t</p>')['x']).toBe(undefined);
  });

  test('a far right indent in a table cell does not hide: the cell grows to hold the line', () => {
    const indented = '<p id="x" style="text-indent:5000px;white-space:nowrap;overflow:hidden">t</p>';
    expect(verdictsById(`<div style="width:300px">${indented}</div>`)['x']).toBe('hidden:indent');
    expect(verdictsById(`<table><tr><td>${indented}</td></tr></table>`)['x']).toBe(undefined);
  });

  test('font-size 0 reset by the children is the inline-block whitespace hack (pattern 8)', () => {
    expect(
      verdictsById(
        '<ul id="x" style="font-size:0"><li style="font-size:14px">a</li><li style="font-size:14px">b</li></ul>',
      ),
    ).toEqual({});
    expect(
      verdictsById('<ul id="x" style="font-size:0"><li style="font-size:14px">a</li><li id="y">spam</li></ul>'),
    ).toEqual({ y: 'hidden:fontsize' });
  });
  test('a hidden subtree gets one verdict, at its root', () => {
    expect(verdictsById('<div id="x" style="display:none"><p id="y" style="display:none">t</p></div>')).toEqual({
      x: 'hidden:display',
    });
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
    const a = cleanHtml(
      `${ARTICLE.replace('</article>', '')}<div style="display:none"><p>The hidden last paragraph of the story, revealed by the read more button below it.</p></div><a href="#">阅读全文</a></article>`,
    );
    expect(a?.textContent).toContain('The hidden last paragraph');
  });
  test('a large hidden block of links is never "the article"', () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<a href="http://s${i}.example${i}.com/">澳门葡京娱乐城${i}</a>`,
    ).join(' ');
    const a = cleanHtml(`<p>Short page.</p><div style="display:none">${links}</div>`);
    expect(a?.removed.map((r) => r.reason)).toContain('spam:hidden-display');
  });
  test('a tab panel a control opens is kept', () => {
    expect(
      verdictsById('<button aria-controls="p2">Tab</button><div id="p2" style="display:none">panel</div>'),
    ).toEqual({ p2: 'hidden:kept' });
  });
});

/** A page with its own stylesheet, the elements to judge, and the ordinary article after them. */
const styled = (css: string, body: string) => verdictsById(`<style>${css}</style>${body}`);
const LINKS = ['百家乐', '澳门葡京', '六合彩开奖']
  .map((w, i) => `<a href="http://s${i}.example${i}.com/">${w}</a>`)
  .join(' ');

describe('text the colour of its background, from the page stylesheet (pattern 9)', () => {
  test.each([
    [
      'a class paints text white on a white body',
      'body{background:#fff} .k3{color:#fff}',
      '<div id="x" class="k3">无码 人妻</div>',
    ],
    [
      'near-white is as invisible as white',
      'body{background:#fff} .k3{color:#fdfdfd}',
      '<div id="x" class="k3">t</div>',
    ],
    ['transparent text needs no background', '.k3{color:transparent}', '<div id="x" class="k3">t</div>'],
    [
      'black on black, background from an ancestor rule',
      '.box{background-color:#000} .k3{color:#010101}',
      '<div class="box"><p id="x" class="k3">t</p></div>',
    ],
    [
      'the colour is inherited by a child without one',
      'body{background:#fff} .k3{color:#fff}',
      '<div class="k3"><p id="x">t</p></div>',
    ],
    [
      'an id rule beats a class rule',
      'body{background:#fff} #x{color:#fff} .c{color:#333}',
      '<p id="x" class="c">t</p>',
    ],
    [
      '!important beats inline style',
      'body{background:#fff} .k3{color:#fff!important}',
      '<p id="x" class="k3" style="color:#333">t</p>',
    ],
    [
      'a class colour on an inline background',
      '.k3{color:#000}',
      '<div style="background:#000"><p id="x" class="k3">t</p></div>',
    ],
    [
      'links that inherit the colour',
      'body{background:#fff} .k3{color:#fff} .k3 a{color:inherit}',
      `<div class="k3"><a id="x" href="http://a.example.com/">百家乐</a></div>`,
    ],
    [
      'a bgcolor attribute is a background',
      '.k3{color:#000}',
      '<table bgcolor="#000000"><tr><td id="x" class="k3">t</td></tr></table>',
    ],
  ])('%s', (_name, css, body) => expect(styled(css, body)['x']).toBe('hidden:colour'));

  test.each([
    [
      'white text in a dark hero box styled by class',
      '.hero{background:#111;color:#fff}',
      '<div id="x" class="hero"><p id="y">t</p></div>',
    ],
    ['a dark-mode page', 'body{background:#000;color:#eee}', '<p id="x">t</p><div id="y">u</div>'],
    [
      'white text on a background image',
      '.banner{background:url(x.jpg);color:#fff}',
      '<div id="x" class="banner">t</div>',
    ],
    [
      'white text on a gradient',
      'body{background:#fff} .g{background-image:linear-gradient(#000,#333);color:#fff}',
      '<div id="x" class="g">t</div>',
    ],
    [
      'light-grey captions on white are legible',
      'body{background:#fff} .caption{color:#999}',
      '<p id="x" class="caption">t</p>',
    ],
    [
      'a background we cannot read is unknown',
      'body{background:#fff} .box{background:var(--bg)} .k3{color:#fff}',
      '<div class="box"><p id="x" class="k3">t</p></div>',
    ],
    [
      'a named colour we do not know is unknown',
      'body{background:#fff} .box{background:navy} .k3{color:#fff}',
      '<div class="box"><p id="x" class="k3">t</p></div>',
    ],
    [
      'no declared background and a stylesheet that paints some: unknown',
      '.k3{color:#fff} .other{background:#eee}',
      '<p id="x" class="k3">t</p>',
    ],
    [
      'a more specific rule gives the text back its colour',
      'body{background:#fff} .k3{color:#fff} .k3 p{color:#333}',
      '<div id="x" class="k3"><p id="y">t</p></div>',
    ],
    [
      "links keep the browser's link colour",
      'body{background:#fff} .k3{color:#fff}',
      '<div class="k3"><a id="x" href="/a">t</a></div>',
    ],
    [
      'shadowed text is visible whatever its fill',
      'body{background:#fff} .k3{color:#fff;text-shadow:0 0 2px #000}',
      '<p id="x" class="k3">t</p>',
    ],
    [
      'dark mode under a media query we cannot evaluate',
      'body{background:#fff;color:#000} @media (prefers-color-scheme:dark){body{background:#111;color:#eee}}',
      '<p id="x">t</p>',
    ],
    [
      'a hover state never applies to an untouched page',
      'body{background:#fff} .k3:hover{color:#fff}',
      '<p id="x" class="k3">t</p>',
    ],
    [
      "marked text keeps the browser's own colour",
      'body{background:#fff} .k3{color:#fefefe}',
      '<p class="k3"><mark id="x">t</mark></p>',
    ],
  ])('look-alike: %s', (_name, css, body) => {
    const v = styled(css, body);
    expect(v['x']).toBeUndefined();
    expect(v['y']).toBeUndefined();
  });

  test('an external stylesheet may paint the canvas: no verdict without a declared background', () => {
    expect(
      verdictsById('<link rel="stylesheet" href="/site.css"><style>.k3{color:#fff}</style><p id="x" class="k3">t</p>')[
        'x'
      ],
    ).toBeUndefined();
    expect(verdictsById('<style>.k3{color:#fff}</style><p id="x" class="k3">t</p>')['x']).toBe('hidden:colour');
  });

  test('with stylesheets we cannot read, only a background close to the text counts', () => {
    const head = '<link rel="stylesheet" href="/site.css"><style>body{background:#fff} .pl,.k3{color:#fff}</style>';
    // The site's own sheet paints its header: a white menu link deep inside it is not on the white body.
    expect(
      verdictsById(`${head}<header><nav><ul><li><a class="pl" id="x" href="/news">News</a></li></ul></nav></header>`)[
        'x'
      ],
    ).toBeUndefined();
    // An injected block sits right on the body it copies.
    expect(verdictsById(`${head}<div id="x" class="k3">无码 人妻</div>`)['x']).toBe('hidden:colour');
  });

  test("a translucent tint is a theme's, not a hider's", () => {
    expect(
      styled('body{background:#fff} .r{color:rgba(255,255,255,0.9)}', '<p id="x" class="r">t</p>')['x'],
    ).toBeUndefined();
    expect(styled('body{background:#fff} .r{color:rgba(255,255,255,1)}', '<p id="x" class="r">t</p>')['x']).toBe(
      'hidden:colour',
    );
  });

  test('a page whose text is mostly "invisible" is misread, not hidden: the verdicts are taken back', () => {
    const doc = parse(`<style>body{color:#fff}</style>${ARTICLE}`).window.document;
    expect([...staticVerdicts(doc).values()]).toEqual([]);
  });

  test('ordinary dark-on-light text is never resolved for colour (the cost stays with the suspects)', () => {
    const spy = vi.spyOn(StaticCascade.prototype, 'paint');
    try {
      verdictsById(
        '<style>body{background:#fff;color:#222} p{color:#333} .c{color:#999} a{color:#06c}</style>' +
          Array.from({ length: 30 }, (_, i) => `<p class="c">Line ${i} <a href="/${i}">link</a></p>`).join(''),
      );
      expect(spy).not.toHaveBeenCalled();
      verdictsById('<style>body{background:#fff} .k3{color:#fff}</style><div class="k3"><p id="x">t</p></div>');
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  test('a reader never sees the spam: gone from the article, recorded as hidden-colour spam; the look-alikes stay', () => {
    const a = cleanHtml(`<style>body{background:#fff} .k3,.k3 a{color:#fff} .hero{background:#111;color:#fff}</style>
      <div class="hero"><p>Special report from the council chamber, in white on black.</p></div>${ARTICLE}
      <div class="k3">无码 人妻 东京热 ${LINKS}</div>`);
    expect(a?.textContent).not.toContain('东京热');
    expect(a?.textContent).not.toContain('百家乐');
    expect(a?.removed.map((r) => r.reason)).toContain('spam:hidden-colour');
    expect(a?.textContent).toContain('Paragraph 4 of an ordinary article');
  });

  test('a spoiler, dark until hovered, is hidden but clean: its prose stays in the article', () => {
    const a = cleanHtml(`<style>.spoiler{background:#000;color:#000} .spoiler:hover{color:#fff}</style>
      ${ARTICLE.replace('</article>', '<p class="spoiler">The butler did it, as readers of the first chapter suspected all along.</p></article>')}`);
    expect(a?.textContent).toContain('The butler did it');
    expect(a?.removed.filter(isSpamRemoval)).toEqual([]);
  });
});

describe('background shorthand and palette', () => {
  test.each([
    ['#fff', '#fff', 'none'],
    ['url(x.jpg) #000 no-repeat', '#000', 'url(x.jpg) #000 no-repeat'],
    ['none', 'transparent', 'none'],
    ['center/cover no-repeat', 'transparent', 'none'],
    ['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'none'],
    ['navy', 'navy', 'none'],
    ['linear-gradient(#000, #fff)', 'linear-gradient(#000, #fff)', 'linear-gradient(#000, #fff)'],
  ])('background: %s', (value, colour, image) => {
    const longhands = new Map(backgroundLonghands(value));
    expect(longhands.get('background-color')).toBe(colour);
    expect(longhands.get('background-image')).toBe(image);
  });
  test('a colour could vanish only near a declared background or the white canvas', () => {
    const palette = new Palette(['#000', 'url(x)', 'rgba(0,0,255,0.2)']);
    expect(palette.couldVanishValue('#fefefe')).toBe(true);
    expect(palette.couldVanishValue('#050505')).toBe(true);
    expect(palette.couldVanishValue('transparent')).toBe(true);
    expect(palette.couldVanishValue('#999')).toBe(false);
    expect(palette.couldVanishValue('#0000ff')).toBe(false); // the translucent blue is seen through
    expect(palette.couldVanishValue('inherit')).toBe(false);
  });
});
