/**
 * Lines of labelled metadata inside the article (prune/label-lines.ts): generated lines of "label：value" pairs as
 * Chinese portals, hospital and school sites and forums print them go; sentences that use the same labels, event
 * notices (time and place) and plain paragraphs stay. Seeded, so a failing line replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pruneLabelLines } from '../../../../src/core/extract/prune/label-lines.js';
import { paragraphs, runRule } from './prune-helper.js';

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>第${i + 1}段：市政府昨天召开会议，研究了城市交通和学校建设的问题，并决定在明年春天开始修建新的大桥。</p>`,
).join('');

const name = fc.constantFrom('张三', '李明', '王芳', '陈志明', '宣传科', '新华网', '人民网', '本报');
const count = fc.integer({ min: 0, max: 99999 }).map(String);
const date = fc
  .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const colon = fc.constantFrom('：', ':', '： ');
const sep = fc.constantFrom(' ', '　', ' | ', '　　');
/** One pair: a label that says the line is metadata, or one that may stand beside such labels. */
const pair = fc.oneof(
  fc.tuple(fc.constantFrom('来源', '來源', '作者', '责任编辑', '編輯', '供稿', '摄影', '审核', '校对'), colon, name),
  fc.tuple(fc.constantFrom('浏览次数', '点击', '阅读', '瀏覽'), colon, count),
  fc.tuple(fc.constantFrom('发布时间', '时间', '日期'), colon, date),
);
const line = fc
  .tuple(fc.array(pair, { minLength: 1, maxLength: 4 }), sep)
  .filter(([pairs]) => pairs.some(([label]) => !/时间|日期/.test(label)))
  .map(([pairs, s]) => pairs.map(([label, c, value]) => `${label}${c}${value}`).join(s));

const run = (html: string) => runRule(pruneLabelLines, `<p>${html}</p>`, { before: STORY });

describe('prune: lines of labelled metadata', () => {
  it('takes a line made only of label：value pairs', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(run(text).removed).toHaveLength(1);
      }),
      { seed: 88, numRuns: 100 },
    );
  });

  it("takes a forum post's profile panel, whose counters have no colon", () => {
    expect(run('积分 1234 帖子 56 注册时间 2010-3-1').removed).toHaveLength(1);
  });

  it('takes two lines that a <br> joins into one block, bars and slashes for colons, a contributor before 供稿', () => {
    for (const html of [
      '来源：本站原创&nbsp;&nbsp;作者：医技药剂党支部<br>时间：2019年10月31日 23:00&nbsp;&nbsp;浏览：<span>33</span>',
      '编辑|禤志杰',
      '来源|广州参考、广州南沙发布、羊城晚报',
      '医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳',
    ]) {
      expect(run(html).removed, html).toHaveLength(1);
    }
  });

  it('takes credit lines that close a block of <br> lines, and keeps the lines of the story around them', () => {
    const r = run(
      '广州南沙邮轮母港即将开通，市民可以乘坐地铁直达。<br>编辑|禤志杰<br>责编|陈梦莹<br>来源|广州参考<br>欢迎市民前往参观。',
    );
    expect(r.removed.map((x) => x.text)).toEqual(['编辑|禤志杰', '责编|陈梦莹', '来源|广州参考']);
    expect(r.text).toContain('广州南沙邮轮母港即将开通，市民可以乘坐地铁直达。');
    expect(r.text).toContain('欢迎市民前往参观。');
  });

  it("takes a line that gives the post's own address, keeps a sentence that mentions a link", () => {
    const lines = [
      '本文链接：https://www.example.cn/37715/',
      '原文地址：http://blog.example.com.tw/post/12',
      'Permalink: https://blog.example.org/2023/02/streams',
    ];
    const r = runRule(pruneLabelLines, paragraphs(lines));
    expect(r.removed.map((x) => x.text)).toEqual(lines);
    const story = runRule(
      pruneLabelLines,
      paragraphs(['本文链接的报告全文可在 https://www.example.gov.cn/report 下载，共有一百二十页。']),
    );
    expect(story.removed).toEqual([]);
  });

  it('keeps sentences that use the labels, event notices and the story', () => {
    for (const text of [
      '来源：新华社记者在北京报道了这个消息，并且说明了情况。',
      '时间：三月一日 地点：北京市图书馆',
      '时间：2019年3月1日上午9点　地点：市政府第一会议室　主题：城市交通',
      '作者在文中写道，阅读是一种生活方式，他每年要读一百本书。',
      '本报记者 张三 报道',
    ]) {
      expect(run(text).removed, text).toEqual([]);
    }
    expect(run('').text).toContain('第6段');
  });
});
