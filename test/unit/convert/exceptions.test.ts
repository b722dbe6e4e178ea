/** The reader's own phrase exceptions override the dictionaries in every config. */
import { describe, expect, it } from 'vitest';
import { CONVERT_CONFIGS } from '../../../src/core/convert/configs.js';
import { convertElement } from '../../../src/core/convert/dom.js';
import { parseRules, withExceptions } from '../../../src/core/convert/exceptions.js';
import { loadConverter } from '../../../src/core/convert/load.js';
import { parseHtml } from './helpers.js';

describe('parseRules', () => {
  it('reads A→B, A->B, A=B, bare A (keep), and skips blanks and comments', () => {
    expect(parseRules('东涌→東涌\n# note\n\n 发布会 -> 發佈會 \n软件=軟體\n東涌')).toEqual([
      { from: '东涌', to: '東涌' },
      { from: '发布会', to: '發佈會' },
      { from: '软件', to: '軟體' },
      { from: '東涌', to: '東涌' },
    ]);
  });
});

describe('withExceptions', () => {
  it('fixes OpenCC greedy errors: 头发干了 in s2tw, 新闻发布会 in s2twp', async () => {
    const base = await loadConverter('s2tw');
    expect(base.convert('头发干了')).toBe('頭髮幹了');
    const tw = withExceptions(base, [{ from: '干了', to: '乾了' }]);
    expect(tw.convert('头发干了')).toBe('頭髮乾了');
    expect(await loadConverter('s2twp').then((c) => c.convert('新闻发布会'))).toBe('新聞釋出會');
    const twp = withExceptions(await loadConverter('s2twp'), [{ from: '发布会', to: '發佈會' }]);
    expect(twp.convert('新闻发布会')).toBe('新聞發佈會');
  });
  it.each(CONVERT_CONFIGS)('a keep rule holds in %s', async (config) => {
    const base = await loadConverter(config);
    const sample = '头发和發展';
    expect(base.convert(sample)).not.toBe(sample);
    const keep = withExceptions(base, [
      { from: '头发', to: '头发' },
      { from: '發展', to: '發展' },
    ]);
    expect(keep.convert(`他的${sample}`)).toBe(`${base.convert('他的')}${sample}`);
  });
  it('the longest rule wins, and text between rules still converts', async () => {
    const c = withExceptions(await loadConverter('s2tw'), [
      { from: '发', to: 'A' },
      { from: '发展', to: 'B' },
    ]);
    expect(c.convert('发展头发')).toBe('B頭A');
  });
  it('no rules: the base converter itself', async () => {
    const base = await loadConverter('t2s');
    expect(withExceptions(base, [])).toBe(base);
  });
  it('works through the DOM, with the rule phrase cut by a tag', async () => {
    const c = withExceptions(await loadConverter('s2hk'), [{ from: '东涌', to: '東涌' }]);
    // (s2hk gets 东涌 right by itself; the rule still has to survive the tag cutting it.)
    const doc = parseHtml('<!DOCTYPE html><body><p>去<b>东</b>涌看头<i>发</i></p></body>');
    const conversion = convertElement(doc.body, c);
    expect(doc.body.innerHTML).toBe('<p>去<b>東</b>涌看頭<i>髮</i></p>');
    conversion.restore();
    expect(doc.body.innerHTML).toBe('<p>去<b>东</b>涌看头<i>发</i></p>');
  });
});
