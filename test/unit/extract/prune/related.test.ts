import { describe, expect, it } from 'vitest';
import { pruneRelated } from '../../../../src/core/extract/prune/related.js';
import { runRule } from './prune-helper.js';

describe('prune: related-article lists and teasers', () => {
  it('takes a line that only names a list, left under the story without it, and keeps such a heading over prose', () => {
    const r = runRule(pruneRelated, '<p>Mehr zum Thema</p><p>Más noticias de <a href="/madrid">Madrid</a></p>', {
      after: '',
    });
    expect(r.removed.map((x) => x.text)).toEqual(['Mehr zum Thema', 'Más noticias de Madrid']);
    const heading = runRule(
      pruneRelated,
      '<h2>Latest</h2><p>The council met again on Wednesday and agreed to reopen the bridge to buses by the end of May.</p>',
      { after: '' },
    );
    expect(heading.removed).toEqual([]);
    const line = runRule(
      pruneRelated,
      '<p>Mehr zum Thema</p><p>The council met again on Wednesday and agreed to reopen the bridge to buses by May.</p>',
      { after: '' },
    );
    expect(line.removed).toEqual([]);
  });

  it('takes a list heading with its list of links, and one-line linked teasers', () => {
    const r = runRule(
      pruneRelated,
      '<p>READ MORE: <a href="/x">Town votes on bridge funding</a></p>' +
        '<h3>You may also like</h3><ul><li><a href="/a">First other story</a></li><li><a href="/b">Second other story</a></li></ul>' +
        '<p>相关阅读：<a href="/c">大桥项目获批</a></p>',
    );
    expect(r.text).not.toMatch(/READ MORE|You may also like|other story|相关阅读/);
    expect(r.removed.every((x) => x.reason === 'prune:related')).toBe(true);
  });

  it('keeps a heading that is not followed by links, and prose that starts with "More"', () => {
    const r = runRule(
      pruneRelated,
      '<h3>Latest</h3><p>The latest figures show the town grew by four percent in a single year.</p>' +
        '<p>More: the council also approved a new library, which opens in June.</p>',
    );
    expect(r.removed).toEqual([]);
  });

  it('takes the list after a French, German or Spanish "read also" heading', () => {
    const r = runRule(
      pruneRelated,
      '<p>À lire aussi :</p><p><a href="/a">Les intouchables : KPMG a caché l\'argent de riches clients</a></p>' +
        '<p><a href="/b">Affaire KPMG : des soirées cocktail pour de hauts fonctionnaires</a></p>' +
        '<h3>Lesen Sie auch</h3><ul><li><a href="/c">Der Haushalt ist beschlossen</a></li></ul>' +
        '<h4>Leer más</h4><ul><li><a href="/d">El presupuesto, aprobado</a></li></ul>',
    );
    expect(r.text).not.toMatch(/lire aussi|KPMG|Lesen Sie|Haushalt|Leer más|presupuesto/);
    expect(r.removed.every((x) => x.reason === 'prune:related')).toBe(true);
  });

  it('takes the list after a list heading in the languages of the open web, and keeps prose under the same words', () => {
    const headings = [
      'Gerelateerde nieuwsberichten:',
      'Meer berichten in de categorie Media',
      'Meistgelesen',
      'Ähnliche Beiträge',
      'Mehr aus Berlin',
      'Les plus lus',
      'Articles similaires',
      'Lo más leído',
      'Entradas recientes',
      'I più letti',
      'Notizie correlate',
      'Notícias relacionadas',
      'Najczęściej czytane',
      'Související články',
      'Mest lästa',
      'Luetuimmat',
      'Similar posts',
    ];
    for (const heading of headings) {
      const r = runRule(
        pruneRelated,
        `<p>The story's own closing paragraph, which says what happens next and stays.</p><h3>${heading}</h3>` +
          '<ul><li><a href="/a">Another story of the site</a></li><li><a href="/b">And one more of them</a></li></ul>',
      );
      expect(r.text, heading).toContain("The story's own closing paragraph");
      expect(r.text, heading).not.toContain('Another story of the site');
      expect(r.text, heading).not.toContain(heading.replace(/:$/, ''));
    }
    const prose = runRule(
      pruneRelated,
      '<h3>Meistgelesen</h3><p>Meistgelesen war im vergangenen Jahr ein Text über die Sanierung der Brücke, sagt die Redaktion.</p>',
    );
    expect(prose.removed).toEqual([]);
  });

  it('takes the list after a Chinese, Japanese or Korean list heading, and keeps a paragraph under the same words', () => {
    const headings = [
      '猜你喜欢',
      '你可能也喜歡',
      '你可能感兴趣的文章',
      '相关推荐',
      '相關連結',
      '为你推荐',
      '編輯推薦',
      '最新文章',
      '大家都在看',
      '更多精彩',
      '看了本文的人还看了',
      '関連記事',
      'おすすめ記事',
      'あわせて読みたい',
      '관련기사',
      '많이 본 뉴스',
    ];
    for (const heading of headings) {
      const r = runRule(
        pruneRelated,
        '<p>报道的最后一段，说明了事情接下来的进展，应当保留在文章里。</p>' +
          `<div id="related_posts"><h3>${heading}</h3>` +
          '<ul><li><a href="/a">网站的另一篇文章标题</a></li><li><a href="/b">还有一篇文章的标题</a></li></ul></div>',
      );
      expect(r.text, heading).toContain('报道的最后一段');
      expect(r.text, heading).not.toContain('网站的另一篇文章标题');
      expect(r.text, heading).not.toContain(heading);
    }
    const prose = runRule(
      pruneRelated,
      '<h3>大家都在看</h3><p>大家都在看这场比赛的直播，街头的屏幕前站满了人，记者在现场看到了这一幕。</p>',
    );
    expect(prose.removed).toEqual([]);
  });

  it('takes a "READ MORE:" label over several linked headlines in one paragraph, keeps a labelled sentence', () => {
    const r = runRule(
      pruneRelated,
      '<p><strong>READ MORE:</strong><br><a href="/a">Foundation For Economic Education: The Failure of Public Schooling in One Chart</a><br>' +
        '<a href="/b">Business Insider: New exam results may support the claim that some schools are worse</a><br>' +
        '<a href="/c">Wall Street Journal: The Scandal of K-12 Education</a></p>' +
        '<p>Read more: the council published its full report on Tuesday, with the costs of each option and the <a href="/r">survey</a> of residents.</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:related']);
    expect(r.text).toContain('the council published its full report');
  });
});

describe('prune: a site pointing at its own stories between the paragraphs', () => {
  it('takes "En Xataka | …" and ">>> …" link lines, keeps a sentence with a bar or an arrow', () => {
    const r = runRule(
      pruneRelated,
      '<p>En Xataka | <a href="/km0">Qué son los coches de kilómetro 0</a></p>' +
        '<p><a href="/oscars">&gt;&gt;&gt; Oscars 2016 : Jada Pinkett Smith appelle au boycott</a></p>' +
        '<p>» <a href="/mehr">Mehr dazu: Die Brücke wird teurer</a></p>' +
        '<p>In Berlin | the council met on Friday and agreed the plan, after a long debate about its costs.</p>' +
        '<p>&gt;&gt;&gt; the arrow here is part of a quoted chat log that the story prints in full.</p>',
    );
    expect(r.removed.map((x) => x.text)).toEqual([
      'En Xataka | Qué son los coches de kilómetro 0',
      '>>> Oscars 2016 : Jada Pinkett Smith appelle au boycott',
      '» Mehr dazu: Die Brücke wird teurer',
    ]);
  });
});

describe('prune: what is left of a "read also" insert', () => {
  it('takes a box holding only a "read also" heading, whose list went before, in several languages', () => {
    for (const heading of ['ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ', 'Czytaj także', 'Lees ook', 'Lesen Sie auch']) {
      const r = runRule(
        pruneRelated,
        `<div class="read-also"><div class="title"><h2>${heading}</h2></div></div><p>The story goes on after the insert, with more of what the council decided.</p>`,
      );
      expect(r.text, heading).not.toContain(heading);
      expect(r.text, heading).toContain('The story goes on');
      expect(r.removed.map((x) => x.reason)).toEqual(['prune:related']);
    }
  });

  it('keeps a bare "read also" heading that is the story\'s own subheading', () => {
    const r = runRule(
      pruneRelated,
      '<h2>Lesen Sie auch</h2><p>Lesen Sie auch, was der Rat beschlossen hat: die Brücke wird gebaut, sagte der Bürgermeister.</p>',
    );
    expect(r.removed).toEqual([]);
  });

  it("takes Le Monde's inserts, with and without a colon, only as linked lines", () => {
    const r = runRule(
      pruneRelated,
      '<p><a href="/a">Lire l’entretien : Fleur Pellerin : « Il faut renouer les fils du dialogue » à Radio France</a></p>' +
        '<p>Article réservé à nos abonnés <a href="/b">Lire aussi Le FMI appelle les gouvernements à ne pas gâcher la reprise</a></p>' +
        '<p><a href="/c">Voir aussi : Radio France : les raisons d’un blocage qui dure</a></p>' +
        '<p>Lire aussi les propos du ministre, qui a répété mardi que le plan serait maintenu malgré la grève.</p>',
    );
    expect(r.removed).toHaveLength(3);
    expect(r.text).toContain('Lire aussi les propos du ministre');
  });
});
