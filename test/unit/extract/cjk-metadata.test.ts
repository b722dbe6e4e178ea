import { describe, expect, it } from 'vitest';
import { cjkMetadata, cleanByline } from '../../../src/core/extract/cjk-metadata.js';
import { isReaderable } from '../../../src/core/extract/readerable.js';
import { trimSiteSuffix } from '../../../src/core/extract/headline.js';
import { parse } from '../../helpers/dom.js';

const meta = (body: string) => cjkMetadata(parse(`<body>${body}</body>`).window.document);

describe('cjkMetadata', () => {
  it('reads 来源 / 作者 / date in Simplified and Traditional', () => {
    expect(meta('<div>2021-03-12 10:20　来源：人民网　作者：李明</div>')).toEqual({
      byline: '李明',
      siteName: '人民网',
      publishedTime: '2021-03-12T10:20:00',
    });
    expect(meta('<div>2021年3月2日 來源: 大眾日報 作者: 張春曉 責任編輯: 劉春暖</div>')).toEqual({
      byline: '張春曉',
      siteName: '大眾日報',
      publishedTime: '2021-03-02',
    });
  });

  it('never takes an editor, a source or a label as the byline', () => {
    expect(meta('<div>来源：新华社 责任编辑：王五</div>').byline).toBeNull();
    expect(meta('<p>（責任編輯：劉春暖）</p><p>編輯：王五</p>').byline).toBeNull();
    expect(meta('<div>作者：本报记者 刘洋 陈静 编辑：赵六</div>').byline).toBe('刘洋 陈静');
    expect(meta('<div>記者：林佳慧／台南報導</div>').byline).toBe('林佳慧');
  });

  it('finds a reporter named in the lede when no label exists', () => {
    expect(meta('<p>新华日报讯（记者 王海燕）8日上午，工程通过验收。</p>').byline).toBe('王海燕');
  });

  it('reads a Taiwanese reporter line with no colon, but not a place line without 報導', () => {
    expect(meta('<div>記者林怡君／台北報導　2022/11/15 14:20</div>').byline).toBe('林怡君');
    expect(meta('<div>記者會／台北市政府</div>').byline).toBeNull();
    expect(meta('<p>〔記者吳亮儀／台北報導〕立法院今日三讀通過食安法修正案。</p>').byline).toBe('吳亮儀');
  });

  it('rejects impossible dates and dates with no label nearby', () => {
    expect(meta('<div>发布时间：2021-13-40</div>').publishedTime).toBeNull();
    expect(meta('<div>比分：2021-03-12 无关</div>').publishedTime).toBeNull();
  });

  it('takes the date of the line that names the source, not a reply’s stamp under the story', () => {
    const page =
      '<div class="post_info">2023-05-12 09:21:34　来源: <a>澎湃新闻</a> <a>举报</a></div>' +
      '<div class="post_body"><p>会议强调，要加大对中小微企业的支持力度，落实好减税降费、稳岗返还等政策。</p>' +
      '<p>图片来源：视觉中国</p></div><div class="post_author">本文来源：澎湃新闻 作者：李四</div>' +
      '<div class="tie"><span>网友 [北京市]</span><p>支持。</p><span>2023-05-12 10:05 顶(8)</span></div>';
    expect(meta(page)).toEqual({ byline: '李四', siteName: '澎湃新闻', publishedTime: '2023-05-12T09:21:34' });
    // A date on a line of its own beside the label line is still the page's.
    expect(meta('<div><span>来源：人民网</span> <span>2021-03-12 10:20</span></div>').publishedTime).toBe(
      '2021-03-12T10:20:00',
    );
  });

  it('never takes a picture’s source or photographer for the page’s', () => {
    expect(meta('<p>图片来源：视觉中国</p><p>圖片來源：中央社</p>').siteName).toBeNull();
    for (const caption of ['5月11日，会议在北京召开。新华社记者 王鹏 摄', '会议现场。新华社记者王鹏摄']) {
      expect(meta(`<p>${caption}</p>`).byline).toBeNull();
    }
    expect(meta('<p>新华社记者 王鹏 报道</p>').byline).toBe('王鹏');
  });
});

describe('cleanByline', () => {
  it('keeps names and drops labels', () => {
    expect(cleanByline('作者：张三')).toBe('张三');
    expect(cleanByline('责任编辑：李四')).toBeNull();
    expect(cleanByline('来源：新华社')).toBeNull();
    expect(cleanByline('Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('聯合報／ 記者王小明／台北即時報導')).toBe('王小明');
    expect(cleanByline('  ')).toBeNull();
  });

  it("a post's date under its posting word names no one: no byline", () => {
    for (const line of [
      '发表于 2023-5-14 10:20:00',
      '發表於 2023-5-14 10:20',
      'Posted on 2024-05-14',
      'Publicado em 14/11/2023 14h15',
      'Veröffentlicht am 14.11.2023',
      '2024-05-14 10:30',
      '104363',
    ])
      expect(cleanByline(line), line).toBeNull();
    for (const line of [
      'Beitrag von alice » Di 14. Mai 2024, 10:30',
      '张三 发表于 2023-5-14 10:20',
      'By Jane Doe, 2024-05-14',
    ])
      expect(cleanByline(line), line).toBe(line);
  });
});

describe('trimSiteSuffix', () => {
  it('drops an unspaced site suffix only after the page heading', () => {
    expect(trimSiteSuffix('春耕时节农机忙--人民网', ['春耕时节农机忙'])).toBe('春耕时节农机忙');
    expect(trimSiteSuffix('标题正文内容_网易新闻', ['标题正文内容'])).toBe('标题正文内容');
    expect(trimSiteSuffix('标题正文内容续篇', ['标题正文内容'])).toBe('标题正文内容续篇');
  });
  it("reads a forum thread's <h1> without its type tag, which the title lacks", () => {
    const title = '燃气热水器打不着火怎么办 - 家电维修 - 生活论坛';
    for (const tag of ['[求助]', '【原创】', '［讨论］ '])
      expect(trimSiteSuffix(title, [`${tag}燃气热水器打不着火怎么办`])).toBe('燃气热水器打不着火怎么办');
    expect(trimSiteSuffix('Rough idle after pump swap - Honda Forums', ['[Solved] Rough idle after pump swap'])).toBe(
      'Rough idle after pump swap',
    );
  });
});

describe('isReaderable', () => {
  const para = (n: number, ch: string) => `<p>${ch.repeat(n)}。</p>`;
  it('weighs Han characters: five 120-character Chinese paragraphs are an article', () => {
    expect(isReaderable(parse(`<body>${para(120, '国').repeat(5)}</body>`).window.document)).toBe(true);
  });
  it('the same length in Latin letters is not', () => {
    expect(isReaderable(parse(`<body>${`<p>${'word '.repeat(24)}</p>`.repeat(5)}</body>`).window.document)).toBe(false);
  });
  it('ignores hidden and unlikely blocks', () => {
    const doc = parse(`<body><p class="sidebar">${'国'.repeat(400)}</p><p hidden>${'国'.repeat(400)}</p></body>`);
    expect(isReaderable(doc.window.document)).toBe(false);
  });
});
