/** Every image: lazy, responsive and noscript images reach the reader with their real URL; placeholders and trackers do not. */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { bestCandidate, isPlaceholderSrc, parseSrcset, resolveImages } from '../../../src/core/extract/images.js';

const GIF_1X1 = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const WECHAT_STUB =
  "data:image/svg+xml,%3C%3Fxml version='1.0' encoding='UTF-8'%3F%3E%3Csvg width='1px' height='1px' viewBox='0 0 1 1' version='1.1' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'%3E%3Ctitle%3E%3C/title%3E%3Cg stroke='none' stroke-width='1' fill='none' fill-rule='evenodd' fill-opacity='0'%3E%3Cg transform='translate(-249.000000, -126.000000)' fill='%23FFFFFF'%3E%3Crect x='249' y='126' width='1' height='1'%3E%3C/rect%3E%3C/g%3E%3C/g%3E%3C/svg%3E";

/** Runs resolveImages on a body snippet; returns the document and the src of every image left. */
function resolve(body: string, noscriptAsText = false) {
  const dom = new JSDOM(`<!doctype html><body>${body}</body>`, { url: 'https://site.example/a/post.html' });
  const doc = dom.window.document;
  // A browser with scripting on parses <noscript> content as one text node (jsdom always parses it as markup).
  if (noscriptAsText) for (const ns of Array.from(doc.querySelectorAll('noscript'))) ns.textContent = ns.innerHTML;
  const stats = resolveImages(doc);
  return { doc, stats, srcs: Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src')) };
}

describe('lazy-loading attributes', () => {
  it.each([
    ['data-src', `<img src="${GIF_1X1}" data-src="/img/bridge.jpg" alt="Bridge">`, '/img/bridge.jpg'],
    ['data-original', '<img class="lazy" data-original="https://cdn.example/p/1.png">', 'https://cdn.example/p/1.png'],
    [
      'data-lazy-src (WordPress)',
      '<img src="/wp-content/plugins/lazy/blank.gif" data-lazy-src="/wp-content/uploads/2021/03/river.jpg">',
      '/wp-content/uploads/2021/03/river.jpg',
    ],
    [
      'data-actualsrc (Zhihu)',
      "<img src=\"data:image/svg+xml;utf8,&lt;svg xmlns='http://www.w3.org/2000/svg' width='690' height='388'&gt;&lt;/svg&gt;\" data-actualsrc=\"https://pic1.zhimg.com/v2-abc_b.jpg\">",
      'https://pic1.zhimg.com/v2-abc_b.jpg',
    ],
    [
      'WeChat data-src with wx_fmt and no extension',
      `<img class="rich_pages wxw-img" data-ratio="0.66" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/AbC123/640?wx_fmt=jpeg" data-type="jpeg" src="${WECHAT_STUB}">`,
      'https://mmbiz.qpic.cn/mmbiz_jpg/AbC123/640?wx_fmt=jpeg',
    ],
    ['no src at all', '<img data-src="/photos/42">', '/photos/42'],
  ])('%s', (_, html, src) => {
    const { srcs, doc } = resolve(`<figure>${html}<figcaption>The caption</figcaption></figure>`);
    expect(srcs).toEqual([src]);
    // The data- attributes are spent: Readability's own lazy pass cannot swap a different URL back in.
    expect(
      doc
        .querySelector('img')!
        .getAttributeNames()
        .filter((n) => n.startsWith('data-') && /src|original/.test(n)),
    ).toEqual([]);
    expect(doc.querySelector('figure > img + figcaption')?.textContent).toBe('The caption');
  });

  it('turns data-srcset into the best candidate', () => {
    expect(
      resolve(`<img src="${GIF_1X1}" data-srcset="/a-320.jpg 320w, /a-1024.jpg 1024w, /a-640.jpg 640w">`).srcs,
    ).toEqual(['/a-1024.jpg']);
  });

  it('leaves a real src alone when a lazy attribute holds nothing usable', () => {
    expect(resolve('<img src="/real.jpg" data-src="true">').srcs).toEqual(['/real.jpg']);
  });
});

describe('srcset and <picture>', () => {
  it('parses srcset as the HTML standard does, commas inside URLs included', () => {
    expect(parseSrcset('https://res.cloudinary.com/x/image/upload/w_400,h_300/a.jpg 400w, /b.jpg 800w')).toEqual([
      { url: 'https://res.cloudinary.com/x/image/upload/w_400,h_300/a.jpg', width: 400, density: 1 },
      { url: '/b.jpg', width: 800, density: 1 },
    ]);
    expect(parseSrcset('a.jpg, b.jpg 2x').map((c) => [c.url, c.density])).toEqual([
      ['a.jpg', 1],
      ['b.jpg', 2],
    ]);
  });

  it('picks the widest useful candidate, not a 6000-px original', () => {
    expect(bestCandidate(parseSrcset('s.jpg 300w, m.jpg 1200w, xl.jpg 6000w'))).toBe('m.jpg');
    expect(bestCandidate(parseSrcset('only-huge.jpg 4000w, huger.jpg 8000w'))).toBe('only-huge.jpg');
    expect(bestCandidate(parseSrcset('a.jpg 1x, b.jpg 2x, c.jpg 3x'))).toBe('b.jpg');
  });

  it('upgrades a thumbnail src to the best srcset candidate, one URL for reader and saved files', () => {
    const { srcs, doc } = resolve(
      '<img src="/t-150.jpg" srcset="/t-150.jpg 150w, /t-1200.jpg 1200w" sizes="50vw" alt="T">',
    );
    expect(srcs).toEqual(['/t-1200.jpg']);
    expect(doc.querySelector('img')!.hasAttribute('srcset')).toBe(false);
  });

  it('takes a <picture> source in a format every reader shows, and keeps the image in its figure', () => {
    const { srcs, doc } = resolve(`<figure><picture>
      <source type="image/avif" srcset="/p.avif 1600w">
      <source type="image/webp" srcset="/p-800.webp 800w, /p-1600.webp 1600w">
      <img src="${GIF_1X1}" alt="Harbour"></picture><figcaption>The harbour at dawn</figcaption></figure>`);
    expect(srcs).toEqual(['/p-1600.webp']);
    expect(doc.querySelector('picture')).toBeNull();
    expect(doc.querySelector('figure > img[alt="Harbour"] + figcaption')?.textContent).toBe('The harbour at dawn');
  });

  it('falls back to AVIF when the picture offers nothing else', () => {
    expect(resolve('<picture><source type="image/avif" srcset="/only.avif"><img alt="x"></picture>').srcs).toEqual([
      '/only.avif',
    ]);
  });
});

describe('<noscript> fallbacks', () => {
  const lazy = `<figure><img src="${GIF_1X1}" class="lazyload" alt="Placeholder alt"><noscript><img src="/real/photo.jpg"></noscript><figcaption>Cap</figcaption></figure>`;

  it('replaces a placeholder with the noscript image, in place (DOM parsed without scripting)', () => {
    const { srcs, doc } = resolve(lazy);
    expect(srcs).toEqual(['/real/photo.jpg']);
    expect(doc.querySelector('figure > img + figcaption')).not.toBeNull();
    expect(doc.querySelector('img')!.getAttribute('alt')).toBe('Placeholder alt');
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('does the same where the noscript holds raw text (a browser DOM, scripting on)', () => {
    const { doc, srcs } = resolve(lazy, true);
    expect(srcs).toEqual(['/real/photo.jpg']);
    expect(doc.querySelector('figure > img + figcaption')).not.toBeNull();
  });

  it('prefers the noscript image to a blurred low-quality preview (Medium)', () => {
    const { srcs } = resolve(
      '<figure><img class="progressiveMedia-thumbnail" src="https://miro.medium.com/max/60/1*abc.jpeg?q=20"><noscript><img src="https://miro.medium.com/max/1400/1*abc.jpeg"></noscript></figure>',
    );
    expect(srcs).toEqual(['https://miro.medium.com/max/1400/1*abc.jpeg']);
  });

  it('takes a Next.js noscript image that has only a srcset', () => {
    const { srcs } = resolve(
      `<span><img alt="V" src="${GIF_1X1}" style="width:0;height:0;min-width:100%"><noscript><img alt="V" style="width:0;height:0;min-width:100%" srcset="/v-376.webp 376w, /v-1200.webp 1200w"></noscript></span>`,
    );
    expect(srcs).toEqual(['/v-1200.webp']);
  });

  it('drops a noscript that only repeats a real image', () => {
    const { srcs } = resolve('<p><img src="/a.jpg"><noscript><img src="/a.jpg"></noscript></p>');
    expect(srcs).toEqual(['/a.jpg']);
  });

  it('never takes a tracking pixel from a noscript', () => {
    const { srcs } = resolve(
      '<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView"></noscript><p>Text</p>',
    );
    expect(srcs).toEqual([]);
  });
});

describe('placeholders and trackers', () => {
  it.each([
    ['a 1×1 gif', GIF_1X1, true],
    ['blank.gif', '/img/blank.gif', true],
    ['placeholder.png', '/static/placeholder.png', true],
    ['lazy-load.svg', '/assets/lazy-load.svg', true],
    ['nothing', '', true],
    ['a photo named lazy-river.jpg', '/photos/lazy-river.jpg', false],
    ['a photo', '/photos/river.jpg', false],
    ['a real inline picture', `data:image/png;base64,${'A'.repeat(3000)}`, false],
  ])('%s → placeholder: %s', (_, src, placeholder) => expect(isPlaceholderSrc(src)).toBe(placeholder));

  it('drops placeholders with no real source and 1-px trackers, keeps the pictures', () => {
    const { srcs, stats } = resolve(`<p><img src="${GIF_1X1}"></p><p><img src="/img/blank.gif" class="lazy"></p>
      <img src="https://stats.example/pixel?u=1" width="1" height="1"><img src="https://t.example/p.gif" style="width:1px;height:1px">
      <img src="https://t.example/q.gif" width="0" height="0"><img src="https://t.example/r.gif" width="1">
      <img src="/keep.jpg" width="640" height="480"><img src="/keep2.jpg"><img src="/cnet.jpg" width="570" height="0">
      <img src="/next-fill.jpg" style="position:absolute;width:0;height:0;min-width:100%;max-width:100%;min-height:100%">`);
    expect(srcs).toEqual(['/keep.jpg', '/keep2.jpg', '/cnet.jpg', '/next-fill.jpg']);
    expect(stats).toEqual({ resolved: 0, dropped: 6 });
  });
});
