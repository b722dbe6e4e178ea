/** What the DOM conversion converts, skips, tags and restores. */
import { describe, expect, it } from 'vitest';
import { convertDocument, convertElement } from '../../../src/core/convert/dom.js';
import { loadConverter } from '../../../src/core/convert/load.js';
import { parseHtml } from './helpers.js';

const body = (html: string): HTMLElement => parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`).body;

describe('phrases across inline tags', () => {
  it('keeps 头<b>发</b> whole (per-node conversion gives 頭發)', async () => {
    const root = body('<p>他的头<b>发</b>很长</p>');
    convertElement(root, await loadConverter('s2tw'));
    expect(root.innerHTML).toBe('<p>他的頭<b>髮</b>很長</p>');
  });
  it('keeps 一碗<span>面</span>条 and 很<a>干</a>燥 whole', async () => {
    const root = body('<p>一碗<span>面</span>条，很<a href="#">干</a>燥</p>');
    convertElement(root, await loadConverter('s2t'));
    expect(root.querySelector('p')!.textContent).toBe('一碗麪條，很乾燥');
    expect(root.querySelector('span')!.textContent).toBe('麪');
    expect(root.querySelector('a')!.textContent).toBe('乾');
  });
  it('does not join across block boundaries or <br>', async () => {
    const converter = await loadConverter('s2tw');
    const root = body('<div>头</div><div>发</div><p>头<br>发</p>');
    convertElement(root, converter);
    expect(root.innerHTML).toBe(
      `<div>${converter.convert('头')}</div><div>${converter.convert('发')}</div><p>${converter.convert('头')}<br>${converter.convert('发')}</p>`,
    );
  });
  it('splits a length-changing phrase between its nodes (s2twp 鼠<b>标</b> → 滑<b>鼠</b>)', async () => {
    const root = body('<p>点击鼠<b>标</b>右键</p>');
    convertElement(root, await loadConverter('s2twp'));
    expect(root.querySelector('p')!.textContent).toBe('點選滑鼠右鍵');
    expect(root.querySelector('b')!.textContent).not.toBe('');
  });
  it('keeps a node wholly after a longer phrase in its own place (s2twp)', async () => {
    const converter = await loadConverter('s2twp');
    const root = body('<p>打开软件，<i>头发</i>很长</p>');
    convertElement(root, converter);
    expect(root.querySelector('i')!.textContent).toBe('頭髮');
    expect(root.querySelector('p')!.textContent).toBe(converter.convert('打开软件，头发很长'));
  });
  it('keeps ruby annotations out of the base text', async () => {
    const root = body('<p><ruby>头<rt>tóu</rt>发<rt>fà</rt></ruby></p>');
    convertElement(root, await loadConverter('s2tw'));
    expect(root.innerHTML).toBe('<p><ruby>頭<rt>tóu</rt>髮<rt>fà</rt></ruby></p>');
  });
});

describe('skipped subtrees', () => {
  it.each(['pre', 'code', 'kbd', 'samp', 'textarea', 'script', 'style'])('<%s>', async (tag) => {
    const root = body(`<div><p>头发</p><${tag}>头发</${tag}></div>`);
    convertElement(root, await loadConverter('s2tw'));
    expect(root.querySelector('p')!.textContent).toBe('頭髮');
    expect(root.querySelector(tag)!.textContent).toBe('头发');
  });
  it('translate="no", class="notranslate" and a non-Chinese lang', async () => {
    const root = body(
      '<p>头发<span translate="no">头发</span><span class="notranslate">头发</span><span lang="ja">発表</span></p>',
    );
    convertElement(root, await loadConverter('s2tw'));
    const spans = [...root.querySelectorAll('span')].map((s) => s.textContent);
    expect(spans).toEqual(['头发', '头发', '発表']);
    expect(root.querySelector('p')!.firstChild!.textContent).toBe('頭髮');
  });
});

describe('attributes and lang', () => {
  it('converts title, alt and aria-label, not other attributes', async () => {
    const root = body(
      '<p><img alt="头发" src="头发.png" title="发展"><a aria-label="软件" href="#" data-x="头发">x</a></p>',
    );
    convertElement(root, await loadConverter('s2tw'));
    const img = root.querySelector('img')!;
    expect([img.alt, img.getAttribute('src'), img.title]).toEqual(['頭髮', '头发.png', '發展']);
    const a = root.querySelector('a')!;
    expect([a.getAttribute('aria-label'), a.dataset.x]).toEqual(['軟件', '头发']);
  });
  it.each([
    ['s2tw', 'zh-Hant-TW'],
    ['s2hk', 'zh-Hant-HK'],
    ['s2t', 'zh-Hant'],
    ['t2s', 'zh-Hans'],
    ['tw2sp', 'zh-Hans'],
  ] as const)('%s sets lang %s on the root and on zh-tagged descendants', async (config, tag) => {
    const root = body('<p lang="zh-CN">头发</p><p lang="en">hair</p>');
    convertElement(root, await loadConverter(config));
    expect(root.getAttribute('lang')).toBe(tag);
    expect([...root.querySelectorAll('p')].map((p) => p.lang)).toEqual([tag, 'en']);
  });
  it('converts a whole document: title and html lang', async () => {
    const doc = parseHtml(
      '<!DOCTYPE html><html lang="zh-CN"><head><title>头发</title></head><body><p>发展</p></body></html>',
    );
    convertDocument(doc, await loadConverter('s2hk'));
    expect([doc.title, doc.documentElement.lang, doc.body.textContent]).toEqual(['頭髮', 'zh-Hant-HK', '發展']);
  });
});

describe('restore', () => {
  it('puts back text, attributes and lang exactly, without converting back', async () => {
    const html = '<p>头<b>发</b>干了，<img alt="头发"><span lang="zh-CN" title="发">鼠标</span></p><pre>代码</pre>';
    const root = body(html);
    const conversion = convertElement(root, await loadConverter('s2twp'));
    expect(root.innerHTML).not.toBe(html);
    expect(conversion.changedTextNodes).toBeGreaterThan(0);
    conversion.restore();
    expect(root.innerHTML).toBe(html);
    expect(root.hasAttribute('lang')).toBe(false);
  });
  it('restores text that a round trip could not (t2s then s2t would give 乾)', async () => {
    const root = body('<p>幹部</p>');
    const conversion = convertElement(root, await loadConverter('t2s'));
    expect(root.textContent).toBe('干部');
    conversion.restore();
    expect(root.textContent).toBe('幹部');
  });
});
