import { describe, expect, it } from 'vitest';
import { pruneDatelines } from '../../../../src/core/extract/prune/dateline.js';
import { paragraphs, runRule } from './prune-helper.js';

describe('prune: date, byline, headline and address lines', () => {
  it('takes date lines in English and Portuguese, bylines, the repeated headline and the page address', () => {
    const r = runRule(
      pruneDatelines,
      '<p>Updated 1:39 am EST, Wednesday, November 20, 2019</p>' +
        '<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p><p>By Paul Takahashi</p><h2>Council backs new bridge</h2>' +
        '<p>https://example.test/news/bridge</p>',
      { title: 'Council backs new bridge', url: 'https://example.test/news/bridge' },
    );
    expect(r.removed.map((x) => x.reason)).toEqual([
      'prune:dateline',
      'prune:dateline',
      'prune:byline',
      'prune:headline',
      'prune:url',
    ]);
  });

  it("takes the page's own address written under the story and a picture's, keeps the addresses the story gives", () => {
    const r = runRule(
      pruneDatelines,
      paragraphs([
        'Visual Studio Code',
        'https://code.visualstudio.com/',
        'www.tensorflow.org',
        'http://amzn.to/2hXQPDr',
        'www.example.test/news/bridge/',
        'https://static6.example.test/image/5dd3a081-500-250/bridge.jpg',
      ]),
      { url: 'https://example.test/news/bridge?ref=home' },
    );
    expect(r.removed.map((x) => x.text)).toEqual([
      'www.example.test/news/bridge/',
      'https://static6.example.test/image/5dd3a081-500-250/bridge.jpg',
    ]);
    expect(r.text).toContain('https://code.visualstudio.com/');
    expect(r.text).toContain('www.tensorflow.org');
    expect(r.text).toContain('http://amzn.to/2hXQPDr');
  });

  it('takes an inline timestamp beside the byline (not a leaf block)', () => {
    const r = runRule(
      pruneDatelines,
      '<div><p>Reporting team</p><span class="timestamp">Published <time>4:00 am CST, Wednesday, November 20, 2019</time></span></div>',
    );
    expect(r.text).not.toContain('Published');
    expect(r.text).toContain('Reporting team');
  });

  it('keeps sentences with dates, table cells of dates and a "By" heading that names no one', () => {
    const r = runRule(
      pruneDatelines,
      '<p>Sales fell in 2019.</p><table><tr><th>By changesets</th></tr><tr><td>April 2014</td><td>1993</td></tr></table>' +
        '<p>By changing the rules, the council saved money.</p>',
    );
    expect(r.removed).toEqual([]);
  });

  it('keeps the dates of a fact box and a timeline written as definition lists, takes a dated "published" pair', () => {
    const facts =
      '<dl><dt>Baubeginn</dt><dd>3. Juni 2024</dd><dt>Bauende</dt><dd>Herbst 2025</dd>' +
      '<dt>Kosten</dt><dd>2,4 Millionen Euro</dd></dl>' +
      '<dl><dt>1990</dt><dd>Wiedervereinigung</dd><dt>12. März 2004</dt><dd>Eröffnung der Brücke</dd></dl>';
    const kept = runRule(pruneDatelines, facts);
    expect(kept.removed).toEqual([]);
    const meta = runRule(pruneDatelines, '<dl><dt>Veröffentlicht am</dt><dd>14.05.2024, 09:12 Uhr</dd></dl>');
    expect(meta.removed.map((x) => x.text)).toContain('14.05.2024, 09:12 Uhr');
  });

  it.each([
    '14 mei 2024, 09:12',
    'dinsdag 14 mei 2024',
    '14 maja 2024, 09:12',
    'wtorek, 14 maja 2024',
    '14 maja 2024 r.',
    '14. května 2024 9:12',
    '14 maj 2024 kl. 09.12',
    'tisdag 14 maj 2024',
    '14. toukokuuta 2024',
  ])('takes the date line "%s" (Dutch, Polish, Czech, Nordic, Finnish)', (line) => {
    const r = runRule(pruneDatelines, `<p>${line}</p>`);
    expect(r.removed.map((x) => x.text)).toEqual([line]);
  });

  it('keeps sentences that give a date in those languages', () => {
    const r = runRule(
      pruneDatelines,
      paragraphs([
        'De gemeenteraad besloot op dinsdag 14 mei 2024 om de brug te renoveren.',
        'Rada miasta zdecydowała 14 maja 2024 r. o remoncie mostu nad rzeką.',
      ]),
    );
    expect(r.removed).toEqual([]);
  });

  it('takes a wire service’s credit line under a story, keeps a sentence about one and its name alone', () => {
    const credits = [
      '(dpa/lno)',
      'kbau/dpa',
      'mit dpa',
      'Mit Material von dpa und AFP',
      '(avec AFP)',
      '(EFE)',
      '(ANSA)',
      '(AP)',
    ];
    const r = runRule(pruneDatelines, credits.map((c) => `<p>${c}</p>`).join(''));
    expect(r.removed.map((x) => x.text)).toEqual(credits);
    const kept = runRule(
      pruneDatelines,
      '<p>Die AFP meldete am Montag, dass die Brücke gesperrt bleibt.</p><p>Mit dpa hat das nichts zu tun, sagte er.</p>' +
        '<ul><li>Reuters</li><li>AFP</li><li>dpa</li></ul><p>TCP/IP</p>',
    );
    expect(kept.removed).toEqual([]);
  });

  // Found by generated Chinese portal pages: a short story's pick holds the header line under the headline.
  it('takes the source name left beside a classed date, keeps a sentence and a programme of classed times', () => {
    const header = (line: string) => runRule(pruneDatelines, line).text;
    expect(
      header('<p><span class="date">2024年05月14日 08:30</span><a class="source" href="/">城市晚报</a></p>'),
    ).not.toContain('城市晚报');
    expect(
      header('<div class="meta"><time datetime="2024-05-14">14. Mai 2024</time> <span>Redaktion</span></div>'),
    ).not.toContain('Redaktion');
    expect(
      header('<p><span class="date">2019</span> was the best year the club has had since it was founded.</p>'),
    ).toContain('was the best year the club has had');
    const programme = ['Eröffnung', 'Führung durch die Ausstellung', 'Konzert im Hof'];
    const p = runRule(
      pruneDatelines,
      programme.map((item, i) => `<p><span class="time">${10 + i}:00 Uhr</span> ${item}</p>`).join(''),
    );
    expect(p.removed).toEqual([]);
  });

  // Found by generated government notices: the notice's own date under its issuer went as the page's date line.
  it('keeps a notice’s closing date under its issuer, takes the same date line elsewhere', () => {
    const notice = [
      '各区人民政府，市政府各委、办、局：为做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。',
      '一、各单位要落实防汛责任制，主要负责同志要亲自部署、亲自检查，确保各项措施落实到位。',
    ];
    for (const [issuer, date] of [
      ['某某市人民政府办公室', '2024年5月14日'],
      ['市交通运输局', '二〇二四年五月十四日'],
    ]) {
      const signed = runRule(pruneDatelines, paragraphs([...notice, issuer!, date!]), { before: '' });
      expect(signed.removed).toEqual([]);
    }
    // The same date as the notice's first line, or closing it with no issuer above it, is the page's date line.
    const date = '2024年5月14日';
    const opening = runRule(pruneDatelines, paragraphs([date, ...notice]), { before: '' });
    expect(opening.removed.map((x) => x.text)).toEqual([date]);
    const unsigned = runRule(pruneDatelines, paragraphs([...notice, date]), { before: '' });
    expect(unsigned.removed.map((x) => x.text)).toEqual([date]);
  });

  it('takes Chinese date/source lines and staff lines, keeps a sentence about an editor', () => {
    const r = runRule(
      pruneDatelines,
      '<p>发布时间：2022年11月08日　来源：省交通运输厅</p><p>（编辑：王芳　校对：李明）</p><p>责任编辑：周涛</p>' +
        '<p>编辑部表示，读者来信反映的问题已经转交有关部门处理，并将持续跟踪报道。</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:dateline', 'prune:staff', 'prune:staff']);
    expect(r.text).toContain('编辑部表示');
  });

  it('takes Taiwanese reporter and desk lines and "最新更新" stamps, keeps the dateline that opens the story', () => {
    const r = runRule(
      pruneDatelines,
      paragraphs([
        '記者林悅／南市報導',
        '社會中心／綜合報導',
        '（記者王小明、陳大華／台北報導）',
        '最新更新：2016/03/19 10:48',
        '（中央社記者劉建邦台北19日電）台北市萬華區一處民宅今天上午發生火警，消防局派員到場搶救。',
        '警方表示，記者林悅／南市報導的那篇文章並非本案。',
      ]),
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:byline', 'prune:byline', 'prune:byline', 'prune:dateline']);
    expect(r.text).toContain('中央社記者劉建邦台北19日電');
    expect(r.text).toContain('並非本案');
  });

  it('takes an Arabic date line, keeps an Arabic sentence that names a month', () => {
    // CNN Arabic: "Sunday, 04 August 2013, last updated 02:21 (GMT+0400)".
    const r = runRule(
      pruneDatelines,
      '<p>الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)</p>' +
        '<p>قال المرصد السوري لحقوق الإنسان إن المعارك استمرت طوال شهر آب في ريف دمشق وأدت إلى سقوط عشرات القتلى.</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:dateline']);
    expect(r.text).toContain('المرصد السوري');
  });
});

describe('prune: the date, byline and reading-time lines of European sites', () => {
  it('takes labelled dates, reading times and bylines in German, French, Dutch, Spanish and the Nordic languages', () => {
    const lines = [
      'Stand: 12.03.2023, 14:00 Uhr',
      'Aktualisiert am 4. Mai 2021, 09:12 Uhr',
      'Meldung vom 14.05.2024',
      'Pressemitteilung vom 14. Mai 2024',
      '14.05.2024 | Pressemitteilung Nr. 123/24',
      'Press release no. 45/2024 – 3 June 2024',
      '12/06/2024 – Communiqué de presse n° 12',
      'Mis à jour le 12 mars 2023 à 14h00',
      'Gepubliceerd op 3 april 2022 10:15',
      'Lesezeit: 3 Min.',
      'Lecture 3 min.',
      'Page last reviewed: 12 March 2024',
      'Next review due: 12 March 2027',
      'Diese Seite wurde zuletzt am 12. März 2024 aktualisiert.',
      "Vérifié le 01 janvier 2024 - Direction de l'information légale et administrative (Premier ministre)",
      'Laatst gewijzigd: 12-03-2024',
      '5 min read',
      'Temps de lecture : 4 min',
      'Leestijd 4 minuten',
      // The singular and the Polish forms: "1 minuto", "2 minuty", "5 minut".
      'Tempo de leitura: 1 minuto',
      'Czas czytania: 5 minut',
      'Lukuaika 1 minuutti',
      // Short months between a day and a year.
      '02 Ago 2017',
      'Aktualisiert: 3 Okt. 2019',
      'Publié le 12 févr. 2020',
      'Von Anna Schmidt und Jan Berg',
      'Door Jan de Vries',
      'Av Anna Svensson',
      'Autorin: Eva Roth',
      'Author: Jane Roe',
      // The BBC template's byline as a reader's copy has it: its screen-reader label, then the names.
      'Author, كايلا إبستين وأنجليكا كاساس',
    ];
    const r = runRule(pruneDatelines, paragraphs(lines));
    expect(r.removed.map((x) => x.text)).toEqual(lines);
    expect(r.text).toContain('Paragraph 8 of the story');
  });

  it('takes a place and a date with the day before the month ("Madrid, 14 de noviembre de 2023"), one a page', () => {
    for (const line of [
      'Madrid, 14 de noviembre de 2023',
      'Roma, 14 novembre 2023',
      'Lisboa, 14 de novembro de 2023',
      'Berlin, 14. November 2023',
    ]) {
      const r = runRule(pruneDatelines, paragraphs([line, 'El Consejo de Ministros aprobó el decreto.']));
      expect(r.removed.map((x) => x.text)).toEqual([line]);
    }
  });

  it('keeps sentences that start with those words', () => {
    const r = runRule(
      pruneDatelines,
      '<p>Stand 2023 waren es fünf Millionen Menschen.</p><p>Von Anfang an war klar, dass der Rat die Brücke will.</p>' +
        '<p>Die Meldung vom 14. Mai 2024 hat in der Stadt für Aufregung gesorgt.</p>' +
        '<p>El 14 de noviembre de 2023 el Consejo de Ministros aprobó el decreto.</p>' +
        '<p>Die Pressemitteilung Nr. 123 vom 14.05.2024 wurde zurückgezogen, weil sie Fehler enthielt.</p>' +
        '<p>Die Lesezeit der Akten betrug 3 Minuten pro Seite, sagte der Richter.</p>' +
        '<p>Author, editor and teacher, she wrote twelve books about the river and the people who lived on it.</p>',
    );
    expect(r.removed).toEqual([]);
  });

  it('takes a German date written "09. April 2011" and an interviewer credit, keeps a sentence naming the interviewer', () => {
    const r = runRule(
      pruneDatelines,
      paragraphs([
        '09. April 2011 2011-04-09 15:05:38',
        'Das Gespräch führte Jordan Mejias.',
        'Propos recueillis par Claire Dupont',
        'Das Gespräch führte Jordan Mejias im Frühjahr in San Francisco, wo Brand seit Jahrzehnten lebt und schreibt.',
      ]),
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:dateline', 'prune:byline', 'prune:byline']);
    expect(r.text).toContain('seit Jahrzehnten lebt');
  });

  it("takes the desk's editing and reporting credits, keeps sentences that begin the same way", () => {
    const lines = [
      'Edited by: Jenipher Camino Gonzalez',
      'Reporting by Jane Roe in Tokyo; Additional reporting by Max Moe; Editing by John Doe',
      'Redaktion: Anna Schmidt',
      'Mitarbeit: Jan Berg',
      'Édité par Claire Dubois',
      '(Reporting by Greg Roe, Joshua Moe, with reporting by Herb Lane; editing by Martin Howe.)',
      'Contributing: Liz Roe, Michael Winter, Associated Press.',
    ];
    const r = runRule(pruneDatelines, lines.map((l) => `<p>${l}</p>`).join(''));
    expect(r.removed.map((x) => x.text)).toEqual(lines);
    const sentences = [
      'Reporting by The Guardian revealed that the minister had known about the plan for months.',
      'Edited by hand, the film took three years to finish.',
      'Redaktion und Verlag haben den Vorwurf zurückgewiesen.',
      'Contributing to the fund, the city said, is voluntary.',
    ];
    const kept = runRule(pruneDatelines, sentences.map((l) => `<p>${l}</p>`).join(''));
    expect(kept.removed).toEqual([]);
  });

  it('keeps subheads that name a work by its year, takes a date line with a year in it', () => {
    const r = runRule(
      pruneDatelines,
      '<h2>Aftersun (2022)</h2><p>Paul Mescal sings Losing My Religion to his daughter on a holiday in Turkey.</p>' +
        '<h3>Saltburn (2023)</h3><p>Barry Keoghan dances through the house to Murder on the Dancefloor at the end.</p>' +
        '<p>Updated 2023</p>',
    );
    expect(r.text).toContain('Aftersun (2022)');
    expect(r.text).toContain('Saltburn (2023)');
    expect(r.removed.map((x) => x.text)).toEqual(['Updated 2023']);
  });
});
