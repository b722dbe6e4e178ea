import { describe, expect, it } from 'vitest';
import { pruneTags } from '../../../../src/core/extract/prune/tags.js';
import { runRule } from './prune-helper.js';

describe('prune: tag and topic lists', () => {
  it('takes "Tags<br>a, b" in one paragraph, a label over a list, a rel=tag list and 标签 lines', () => {
    const r = runRule(
      pruneTags,
      '<p><strong>Tags<br><a rel="tag">stock car 2018</a>, <a rel="tag">interlagos</a></strong></p>' +
        '<p>Topics</p><p>bridges, council, budget</p><p>标签：大桥，市政，预算</p>',
    );
    expect(r.text).not.toMatch(/Tags|interlagos|Topics|budget|标签/);
    expect(r.removed.every((x) => x.reason === 'prune:tags')).toBe(true);
  });

  it('keeps a sentence that starts with "Topics:" and a paragraph after a "Keywords" heading that is prose', () => {
    const r = runRule(
      pruneTags,
      '<p>Topics: the council discussed the bridge, the budget and the new library at length, and voted late.</p>' +
        '<h3>Keywords</h3><p>Keywords matter to search engines, the consultant told the council, but readers matter more.</p>',
    );
    expect(r.removed).toEqual([]);
  });

  it('takes a Chinese tag line separated by full-width spaces', () => {
    const r = runRule(pruneTags, '<p>标签：农村公路　交通　民生</p>');
    expect(r.removed).toEqual([{ reason: 'prune:tags', text: '标签：农村公路 交通 民生' }]);
  });

  it('takes a one-tag list, the tag a link; keeps a labelled line of prose with a link in it', () => {
    const one = runRule(pruneTags, '<p>Tags: <a href="/tag/seo/" rel="tag">SEO</a></p>');
    expect(one.text).not.toContain('SEO');
    const prose = runRule(
      pruneTags,
      '<p>Topics: the council will discuss the <a href="/budget">budget</a>, the new bridge and the winter roads.</p>',
    );
    expect(prose.removed).toEqual([]);
  });

  it('takes tag lists labelled in the languages of European and Asian sites, and keeps prose under the same words', () => {
    const lists = [
      '<p>Schlagworte: Bundestag, Haushalt, Schuldenbremse</p>',
      '<p>Stichwörter</p><p><a href="/t/a">Energie</a> <a href="/t/b">Wärmepumpe</a> <a href="/t/c">Förderung</a></p>',
      '<p>Mots-clés : Assemblée nationale, budget, retraites</p>',
      '<p>Parole chiave: governo, manovra, pensioni</p>',
      '<p>Palabras clave: Congreso, presupuestos, pensiones</p>',
      '<p>Palavras-chave: Senado, orçamento, reforma</p>',
      '<p>Tópicos: <a href="/t/a">Senado</a>, <a href="/t/b">orçamento</a></p>',
      '<p>Trefwoorden: Tweede Kamer, begroting, zorg</p>',
      '<p>Słowa kluczowe: Sejm, budżet, emerytury</p>',
      '<p>Štítky: Sněmovna, rozpočet, důchody</p>',
      '<p>Avainsanat: eduskunta, budjetti, eläkkeet</p>',
      '<p>Nyckelord: riksdagen, budget, pensioner</p>',
      '<p>Теги: Госдума, бюджет, пенсии</p>',
      '<p>タグ：国会、予算、年金</p>',
      '<p>태그: 국회, 예산, 연금</p>',
    ];
    for (const html of lists) {
      const r = runRule(
        pruneTags,
        `<p>The story's own paragraph, which stays whatever the list below it says.</p>${html}`,
      );
      expect(r.text, html).toContain("The story's own paragraph");
      expect(r.removed.length, html).toBeGreaterThan(0);
      expect(
        r.removed.every((x) => x.reason === 'prune:tags'),
        html,
      ).toBe(true);
    }
    const prose = runRule(
      pruneTags,
      '<h3>Themen</h3><p>Die Themen des Abends waren der Haushalt, die Schuldenbremse und die Frage, wer am Ende zahlt.</p>' +
        '<p>Temas: el Congreso debatió durante horas los presupuestos, las pensiones y la reforma fiscal, y votó tarde.</p>',
    );
    expect(prose.removed).toEqual([]);
  });
});
