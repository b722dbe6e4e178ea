import { describe, expect, it } from 'vitest';
import { pruneCaptions } from '../../../../src/core/extract/prune/captions.js';
import { paragraphs, runRule } from './prune-helper.js';

describe('prune: captions and credits', () => {
  it('takes a post picture’s role label and the other languages’ source lines, keeps a sentence about a source', () => {
    const lines = [
      'Symbolbild',
      'Titelbild: Stadt Weimar',
      'Fuente: Europa Press',
      'Bron: ANP',
      'Źródło: PAP',
      'Foto di Marco Rossi',
      'Foto von Max Muster',
      'Photo de Marie Dupont',
    ];
    const r = runRule(
      pruneCaptions,
      paragraphs([...lines, 'Die Fuente de Cibeles wurde am Montag gereinigt.', 'Foto de familia de los líderes']),
    );
    expect(r.removed.map((x) => x.text)).toEqual(lines);
    expect(r.text).toContain('Die Fuente de Cibeles');
    expect(r.text).toContain('Foto de familia de los líderes');
  });

  it("keeps a figure's caption with the image it describes", () => {
    const r = runRule(
      pruneCaptions,
      '<figure><img src="a.jpg"><figcaption>The mayor at the podium. Photo: Jane Roe</figcaption></figure>' +
        '<figure><picture><img src="b.jpg"></picture><figcaption>市长在发布会上讲话。（图片来源：城市晚报）</figcaption></figure>',
    );
    expect(r.text).toContain('The mayor at the podium. Photo: Jane Roe');
    expect(r.text).toContain('市长在发布会上讲话');
    expect(r.root.querySelectorAll('img')).toHaveLength(2);
    expect(r.removed).toEqual([]);
  });

  it('keeps the picture of a WordPress caption wrapper with its caption, and takes caption lines outside a box', () => {
    const r = runRule(
      pruneCaptions,
      '<div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">The new bridge at dusk (AP Photo/Alan Diaz)</p></div>' +
        '<p><img src="c.jpg"></p><p>图为六号线二期工程开工现场。</p>',
    );
    expect(r.root.querySelectorAll('img')).toHaveLength(2);
    expect(r.text).toContain('The new bridge at dusk (AP Photo/Alan Diaz)');
    expect(r.text).not.toMatch(/图为/);
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:credit']);
  });

  it('keeps a caption set beside its pictures in a box of their own, as a figure holds them, but not its credit', () => {
    const photos = (n: number) =>
      Array.from({ length: n }, (_, i) => `<div class="rows2"><a href="/img/${i}"><img src="${i}.jpg"></a></div>`).join(
        '',
      );
    const r = runRule(
      pruneCaptions,
      `<div class="photo">${photos(1)}<p class="caption">完全に片手に収まるスマホ「Palm Phone」が日本上陸</p></div>` +
        `<div class="photo">${photos(2)}<p class="caption">背面はガラス素材、側面はチタンカラーで高級感も</p></div>` +
        '<div class="image"><img src="m.jpg"><span class="caption">Newly emerging tuft cells, stained green.</span>' +
        '<span class="caption-credit">Courtesy of Andrew Vaughan</span></div>',
    );
    expect(r.text).toContain('Palm Phone」が日本上陸');
    expect(r.text).toContain('背面はガラス素材');
    expect(r.text).toContain('Newly emerging tuft cells, stained green.');
    expect(r.removed).toEqual([{ reason: 'prune:credit', text: 'Courtesy of Andrew Vaughan' }]);
  });

  it('keeps a caption repeated under every picture of a gallery once, and none beside a picture in a box of text', () => {
    const show = 'The Palace: Tale of Jang Noksu, at the 2018 Welcome Daehak-ro Festival';
    const r = runRule(
      pruneCaptions,
      Array.from(
        { length: 4 },
        (_, i) => `<div class="pic"><img src="${i}.jpg"><p class="caption">${show}</p></div>`,
      ).join('') +
        '<div class="story-part"><img src="s.jpg"><p>The troupe rehearsed for three months before the festival opened.</p>' +
        '<p class="caption">The troupe on stage</p></div>',
    );
    expect(r.text.split(show)).toHaveLength(2);
    expect(r.text).not.toContain('The troupe on stage');
    expect(r.text).toContain('The troupe rehearsed');
    expect(r.removed.map((x) => x.reason)).toEqual(Array(4).fill('prune:caption'));
  });

  it('drops a caption whose picture is gone, and a caption that is only a credit, never the image', () => {
    const r = runRule(
      pruneCaptions,
      '<figure><figcaption>Watch: the mayor speaks to reporters</figcaption></figure>' +
        '<figure><img src="a.jpg"><figcaption>Photo: Jane Roe, AP</figcaption></figure>' +
        '<p><img src="c.jpg"></p><p class="caption">(AP Photo/David Zalubowski)</p>',
    );
    expect(r.text).not.toMatch(/Watch: the mayor|Jane Roe|Zalubowski/);
    expect(r.root.querySelectorAll('img')).toHaveLength(2);
    expect(r.removed).toEqual([
      { reason: 'prune:caption', text: 'Watch: the mayor speaks to reporters' },
      { reason: 'prune:credit', text: 'Photo: Jane Roe, AP' },
      { reason: 'prune:credit', text: '(AP Photo/David Zalubowski)' },
    ]);
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

  it('takes the credit lines of European sites', () => {
    const credits = [
      'Bild: picture alliance/dpa',
      'Crédit photo : AFP',
      'Zdjęcie: PAP/Leszek Szymański',
      'Foto: Getty Images',
      'Kuvat: Tommi Tuomi',
      'Ảnh: Cao Trung Hiếu',
    ];
    const r = runRule(pruneCaptions, paragraphs(credits));
    expect(r.removed.map((x) => x.text)).toEqual(credits);
    expect(r.text).toContain('Paragraph 8 of the story');
  });

  it("takes a gallery's counter lines in the languages of European sites, keeps a sentence with a count", () => {
    const counters = ['Bild 3 von 12', 'Photo 2 sur 8', 'Foto 1 de 5', 'Immagine 4 di 9'];
    const prose = 'Bild 3 von 12 zeigt den Hafen bei Nacht, als die letzten Fähren ablegen.';
    const r = runRule(pruneCaptions, paragraphs([...counters, prose]));
    expect(r.removed.map((x) => x.text)).toEqual(counters);
    expect(r.text).toContain(prose);
  });

  it("takes a gallery's numbered captions, keeps one numbered line and lines of different sizes", () => {
    const gallery = ['Firefox 5.0a2 [1/10]', 'Firefox Aurora [2/10]', 'Menü-Button in Firefox 5.0a2 [7/10]'];
    const r = runRule(pruneCaptions, paragraphs(gallery));
    expect(r.removed.map((x) => x.text)).toEqual(gallery);
    const others = ['The motion passed (3/4)', 'Turnout rose in two districts (2/7)', 'Final score (1/5)'];
    expect(runRule(pruneCaptions, paragraphs(others)).removed).toEqual([]);
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
    const r = runRule(
      pruneCaptions,
      '<p>Photographed by Sharokh Mirzai.</p><p>Photograph by H. Armstrong Roberts, ClassicStock/Corbis</p>' +
        '<p>Photographs by amateur astronomers helped confirm the orbit.</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:credit', 'prune:credit']);
    expect(r.text).toContain('amateur astronomers');
  });
});
