import { describe, expect, it } from 'vitest';
import { headerDate } from '../../../src/core/extract/header-date.js';
import { headlineElements } from '../../../src/core/extract/headline-element.js';
import { extract } from '../../../src/core/extract/readability.js';
import { parse } from '../../helpers/dom.js';

const TITLE = '都市交通の近代化計画を閣議決定 5年で2000億円';
const STORY =
  '<p>政府は14日、今後5年間の都市交通の近代化計画を閣議決定した。国の予算から2000億円以上を投じる方針だ。</p>'.repeat(
    6,
  );
const dateIn = (body: string) => headerDate(headlineElements(page(body), [TITLE]));
const page = (body: string, head = '') =>
  parse(`<html><head><title>${TITLE} | NHK</title>${head}</head><body>${body}</body></html>`).window.document;

describe('the date in the headline’s header', () => {
  it('is the <time datetime> in the headline’s box, or in the boxes around it up to the article’s top', () => {
    const shapes = [
      // NHK: in the header with the headline
      `<article><header><h1>${TITLE}</h1><p><time datetime="2023-11-14T14:15">2023年11月14日 14時15分</time></p></header>${STORY}</article>`,
      // ETtoday: beside the header
      `<div class="subject"><header><h1>${TITLE}</h1></header><time datetime="2023-11-14T14:15:00+08:00">2023年11月14日</time><div>${STORY}</div></div>`,
      // China Times: a space for the T
      `<div><header><h1>${TITLE}</h1><div class="meta"><time datetime="2023-11-14 14:15">14:15</time></div></header>${STORY}</div>`,
    ];
    expect(shapes.map((body) => dateIn(body))).toEqual([
      '2023-11-14T14:15',
      '2023-11-14T14:15:00+08:00',
      '2023-11-14 14:15',
    ]);
  });

  it('is a <time> or a box named for the date whose text is a date and nothing else', () => {
    const shapes = [
      // Liberty Times
      `<div class="articlebody"><h1>${TITLE}</h1><div class="function"><span class="time">2023/07/28 14:35</span> <a>分享</a></div>${STORY}</div>`,
      // Sina
      `<div class="main"><h1>${TITLE}</h1><div class="date-source"><span class="date">2023年05月12日 08:30</span> <a class="source">新华网</a></div>${STORY}</div>`,
      // Hürriyet, Kathimerini
      `<article><h1>${TITLE}</h1><div class="news-info"><span class="author">Ayşe Yılmaz</span> <time>14.11.2023 - 14:15</time></div>${STORY}</article>`,
      `<article><div class="entry-header"><h1>${TITLE}</h1><div class="entry-meta"><time>14.11.2023 • 14:15</time></div></div>${STORY}</article>`,
    ];
    expect(shapes.map((body) => dateIn(body))).toEqual([
      '2023-07-28T14:35',
      '2023-05-12T08:30',
      '2023-11-14T14:15',
      '2023-11-14T14:15',
    ]);
  });

  it('is nobody’s but the header’s: not a teaser’s in a list, not a comment’s far below, not one a machine cannot read, not the epoch, not a labelled one, not an unnamed box’s', () => {
    const teaser = `<div><h1>${TITLE}</h1><ul><li><a>Other story</a> <time datetime="2023-01-02">2 Jan</time></li></ul></div>`;
    const comment = `<main><div><div><div><h1>${TITLE}</h1></div></div>${STORY}</div><section><time datetime="2023-12-01">1 Dec</time></section></main>`;
    const unreadable = `<header><h1>${TITLE}</h1><time datetime="gestern">gestern</time></header>`;
    const epoch = `<header><h1>${TITLE}</h1><time datetime="1970-01-01T01:33:33+01:00"></time></header>`;
    const labelled = `<header><h1>${TITLE}</h1><span class="date">Güncelleme Tarihi: 14.11.2023</span></header>`;
    const unnamed = `<header><h1>${TITLE}</h1><span>2023/07/28</span></header>`;
    expect([teaser, comment, unreadable, epoch, labelled, unnamed].map((body) => dateIn(body))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('is the article’s date only when the page states none in its metadata', () => {
    const body = `<article><header><h1>${TITLE}</h1><time datetime="2023-11-14T14:15">14:15</time></header>${STORY}</article>`;
    expect(extract(page(body))?.publishedTime).toBe('2023-11-14T14:15');
    const meta = '<meta property="article:published_time" content="2023-11-13T09:00:00Z">';
    expect(extract(page(body, meta))?.publishedTime).toBe('2023-11-13T09:00:00Z');
  });
});
