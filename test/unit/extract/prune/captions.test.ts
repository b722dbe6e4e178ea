import { describe, expect, it } from 'vitest';
import { pruneCaptions } from '../../../../src/core/extract/prune/captions.js';
import { runRule } from './prune-helper.js';

describe('prune: captions and credits', () => {
  it('takes a figcaption but keeps its image', () => {
    const r = runRule(
      pruneCaptions,
      '<figure><img src="a.jpg"><figcaption>The mayor at the podium. Photo: Jane Roe</figcaption></figure>',
    );
    expect(r.text).not.toContain('mayor at the podium');
    expect(r.root.querySelector('img')).not.toBeNull();
    expect(r.removed).toEqual([{ reason: 'prune:caption', text: 'The mayor at the podium. Photo: Jane Roe' }]);
  });

  it('takes credit lines and AP-style captions, including a caption class holding one long paragraph', () => {
    const r = runRule(
      pruneCaptions,
      '<p>Image copyright Getty Images</p><p>© Reuters</p>' +
        '<p>Shoppers wait outside a store in Littleton, Colo. (AP Photo/David Zalubowski)</p>' +
        `<div class="caption-full"><p>${'A long caption about the row of unsold cars at the dealership '.repeat(3)}</p></div>`,
    );
    expect(r.text).not.toMatch(/Getty|Reuters|Zalubowski|unsold cars/);
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:caption', 'prune:credit', 'prune:credit', 'prune:caption']);
  });

  it('keeps prose that mentions photos and a classed wrapper of several paragraphs', () => {
    const prose = '<p>The photo exhibition opens on Friday and runs until the end of March, the gallery said.</p>';
    const wrapper = `<div class="wp-caption-wrapper"><p>${'Story text that continues here. '.repeat(5)}</p><p>${'More story text. '.repeat(5)}</p></div>`;
    const r = runRule(pruneCaptions, prose + wrapper);
    expect(r.text).toContain('The photo exhibition opens on Friday');
    expect(r.text).toContain('More story text.');
    expect(r.removed).toEqual([]);
  });

  it('takes Chinese photo lines and captions that end in their credit, keeps a sentence with 图', () => {
    const r = runRule(
      pruneCaptions,
      '<p>图为六号线二期工程开工现场。（图片来源：城市晚报 记者 孙强 摄）</p><p>北部明起轉涼，民眾外出添衣保暖。（資料照）</p>' +
        '<p>施工单位根据设计图纸（第二版）调整了车站出入口的位置。</p>',
    );
    expect(r.removed).toHaveLength(2);
    expect(r.text).toContain('设计图纸');
  });

  it('takes a photographer line and keeps a sentence that starts the same way', () => {
    const r = runRule(pruneCaptions, '<p>Photographed by Sharokh Mirzai.</p><p>Photograph by H. Armstrong Roberts, ClassicStock/Corbis</p>'
      + '<p>Photographs by amateur astronomers helped confirm the orbit.</p>');
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:credit', 'prune:credit']);
    expect(r.text).toContain('amateur astronomers');
  });
});
