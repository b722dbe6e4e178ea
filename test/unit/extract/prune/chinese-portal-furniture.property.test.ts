/**
 * The lines Chinese news portals print in and under a story, over generated stories: a content platform's disclaimer
 * ("特别声明：以上内容…为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务" and its English "Notice: …"), the ask to scan
 * the QR code and follow the site's account ("欢迎扫描左方二维码关注新浪新闻官方微信"), the account's name as a label ("新浪新闻
 * 公众号"), the outlet's mark in brackets ("（中時新聞網）"; not the story's own end mark, "（完）"), the reprint note in
 * brackets ("（原标题：…）"), the outlet's own ask ("《中時新聞網》推出新服務，歡迎訂閱"), the heading of a readers' thread the
 * page fills later ("讀者迴響"), a picture's kind alone under it ("资料图"), a download site's note that its resources
 * come from the web and a contents box's toggle. Found by pages written in the templates of Sina, NetEase, Ifeng,
 * People's Daily, Xinhua, UDN, China Times and ETtoday, and by a download blog of the development corpus, where each
 * leaked. Every time: the line goes and every paragraph stays, word for word; a sentence of the story that says the
 * same words takes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asParagraph, expectLinesGo, expectSentencesStay, keepsAll, p, place, prune, RUNS } from './story-page.js';
import { hanStory } from './prose.js';

const outlet = fc.constantFrom('新浪新闻', '城市晚报', '澎湃新闻', '中時新聞網', '联合早报');
const platform = fc.constantFrom('网易号', '搜狐号', '百家号', '澎湃号');

const disclaimers = fc.oneof(
  platform.map(
    (p) => `特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“${p}”用户上传并发布，本平台仅提供信息存储服务。`,
  ),
  fc.constant(
    'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.',
  ),
  platform.map((p) => `声明：该文观点仅代表作者本人，${p}系信息发布平台，本站仅提供信息存储空间服务。`),
  fc.constant('版權聲明：本文內容由網友自發貢獻，本站僅提供信息存儲空間服務，不擁有所有權。'),
);
const qrAsks = fc.oneof(
  outlet.map((o) => `更多猛料！欢迎扫描左方二维码关注${o}官方微信（xinlang-xinwen）`),
  outlet.map((o) => `扫一扫二维码，关注${o}微信公众号`),
  fc.constant('長按識別二維碼，關注我們'),
  outlet.map((o) => `欢迎扫描二维码下载${o}客户端`),
);
const accountLabels = outlet.chain((o) => fc.constantFrom(`${o}公众号`, `${o}微信公众号`, `${o}官方公眾號`));
const marks = fc.oneof(
  outlet.map((o) => `（${o}）`),
  fc.constantFrom('（中央社）', '(中時 )', '（新华社）'),
);
/** The date line of a Hong Kong or Taiwanese paper: the weekday beside the date, the desk's mark beside both. */
const datelines = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    weekday: fc.constantFrom('星期五', '（週五）', '(周日)', '禮拜一', ''),
    time: fc.constantFrom(' 14:35', ''),
    mark: fc.constantFrom(' 【明報專訊】', ' 【本報訊】', ' 【新華社電】', ''),
  })
  .filter(({ weekday, mark }) => weekday !== '' || mark !== '')
  .map(({ month, day, weekday, time, mark }) => `2023年${month}月${day}日${weekday}${time}${mark}`);
const reprintNotes = fc.constantFrom('（原标题：国务院常务会议部署进一步稳就业举措）', '(原標題：政院推青年就業方案)');

describe('generated stories: a Chinese portal’s lines', () => {
  it('a content platform’s disclaimer under the story goes; the story stays', () => {
    fc.assert(
      fc.property(hanStory, disclaimers, (story, line) => {
        const run = prune(place(story, p(line), story.length));
        expect(run.kept).not.toContain(line);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  for (const [name, lines] of [
    ['an ask to scan the QR code and follow the site', qrAsks],
    ['the site’s account named as a label', accountLabels],
    ['the outlet’s mark in brackets', marks],
    ['a reprint note in brackets', reprintNotes],
    ['a date line with the weekday or the desk’s mark', datelines],
    ['the desk’s mark alone', fc.constantFrom('【明報專訊】', '【本報訊】')],
    [
      'the outlet’s own ask to subscribe or follow',
      fc.constantFrom(
        '《中時新聞網》推出新服務，歡迎訂閱',
        '本報LINE官方帳號上線，歡迎加入！',
        '《新京报》客户端全新上线，立即下载',
      ),
    ],
    [
      'the heading of a readers’ thread the page fills later',
      fc.constantFrom('讀者迴響', '网友评论', '发表评论', '熱門評論'),
    ],
    ['a picture’s kind alone under it', fc.constantFrom('资料图', '（資料照片）', '示意图', '资料图片')],
    [
      'a download site’s note that its resources come from the web, and a contents box’s toggle',
      fc.constantFrom(
        '本站发布资源来源于互联网，可能存在水印或者引流等信息，请用户擦亮眼睛自行鉴别，做一个有主见和判断力的用户。',
        '本站资源均来自网络，如有侵权请联系删除。',
        '文章目录 显示',
        '目录 隐藏',
      ),
    ],
  ] as const) {
    it(`${name} goes; the story stays`, () => expectLinesGo(lines.map(asParagraph), hanStory));
  }

  it('a sentence of the story with the same words takes nothing', () => {
    expectSentencesStay(
      [
        '市府表示，民眾可掃描公園入口的二維碼下載市府的交通應用程式，查詢捷運班次。',
        '警方調查後表示，該平台僅提供信息存儲服務的說法不能免除責任，業者仍須配合調查。',
        '議會今天通過預算，學校將在新學期開設關注青少年心理健康的課程。',
        '居民（約三百人）今天到市府陳情，要求改善社區交通。',
        '【明報專訊】立法會今日三讀通過食物安全條例修訂，罰款上限提高至二億元。',
        '颱風預計星期五登陸，市府呼籲居民做好防颱準備，學校停課一天。',
        '下周一，',
        '（完）',
        '（待續）',
        '市府的官方公眾號今天發布颱風警報，提醒民眾注意安全。',
        '有興趣的民眾，歡迎加入。',
        '市府公布的示意图显示，新路线将经过三个行政区。',
        '环保局表示，本站点的空气监测数据来源于国家监测网络。',
        '市府號召青年參與淨灘活動，歡迎加入志工行列。',
      ],
      hanStory,
    );
  });
});
