/**
 * A small news site for the multi-page tests in real browsers and for the CLI (issue 16), written for this
 * repository: a Chinese story split over three pages in the `_2.html` shape with 下一页 and a numbered pager,
 * the way Chinese portals write it — pages 2 and 3 in GBK, one declared by its `<meta>` only, one by its
 * Content-Type only, so decoding is tested as a browser does it — and a category page whose headline list
 * ends in a pager that must not be followed.
 */
import { encodeIn } from './charset-cases.js';

export interface SiteRoute {
  body: string | Uint8Array;
  type: string;
}

export const STORY = '/news/2024/0512/content_88231.html';
export const STORY_PAGES = [STORY, STORY.replace('.html', '_2.html'), STORY.replace('.html', '_3.html')];
export const LIST = '/news/world/index.html';
export const LIST_NEXT = '/news/world/index_1.html';
export const TITLE = '长江沿岸城市推进生态修复工程';
/** One sentence that opens each page's own text, in page order. */
export const OPENINGS = [
  '第一页正文开头：长江沿岸十一个城市',
  '第二页正文开头：在湖北宜昌的江边',
  '第三页正文开头：专家认为这项工程',
];

const PARAGRAPHS = [
  [
    `${OPENINGS[0]}今年启动了新一轮生态修复工程，计划在三年内完成岸线整治、湿地恢复和水质改善等多项任务，总投资超过四百亿元。`,
    '据介绍，工程将优先治理沿江化工企业集中的岸段，对不符合要求的码头和排污口进行关停或改造，同时在重点河段建设生态缓冲带。',
    '当地居民对这项工程普遍表示欢迎。一位在江边生活了四十多年的老人说，小时候江水清澈见底，希望孙辈也能看到那样的长江。',
  ],
  [
    `${OPENINGS[1]}，记者看到，原来堆满砂石的岸线已经种上了大片的芦苇和柳树，白鹭在浅滩上觅食，不时有渔政船只巡逻经过。`,
    '宜昌市有关负责人表示，过去五年里，全市累计腾退岸线二十多公里，关闭各类小码头一百余个，长江干流宜昌段水质稳定保持在二类。',
    '不过，修复工程也面临不少困难。部分企业搬迁后，原厂区的土壤污染治理成本很高，需要中央和地方财政持续投入，也需要引入社会资本。',
  ],
  [
    `${OPENINGS[2]}不仅关系到长江本身，也关系到沿岸四亿多人的饮水安全和生活质量，必须坚持生态优先、绿色发展的原则，久久为功。`,
    '他们建议，在推进工程的同时，应当建立更加完善的监测网络，定期公开水质和生物多样性数据，让公众能够参与监督工程的实施效果。',
    '按照计划，第一阶段工程将于明年年底前完成，届时将组织第三方机构对修复效果进行全面评估，并根据评估结果调整后续工作安排。',
  ],
];

const HEADLINES = Array.from(
  { length: 14 },
  (_, i) =>
    `<li><a href="/news/2024/05${String(10 + (i % 9)).padStart(2, '0')}/content_${87000 + i}.html">国际新闻第${i + 1}条：多国代表出席气候变化会议并发表联合声明</a><span>2024-05-12</span></li>`,
).join('\n');

function storyPage(n: number, charset: string): string {
  const pager = [
    n > 1 ? `<a href="${STORY_PAGES[n - 2]!.split('/').pop()}">上一页</a>` : '',
    ...STORY_PAGES.map((path, i) =>
      i + 1 === n ? `<span class="current">${i + 1}</span>` : `<a href="${path.split('/').pop()}">${i + 1}</a>`,
    ),
    n < 3 ? `<a href="${STORY_PAGES[n]!.split('/').pop()}">下一页</a>` : '',
  ].join(' ');
  const heading = n === 1 ? TITLE : `${TITLE}(${n})`;
  return `<!doctype html><html lang="zh-CN"><head>${charset ? `<meta charset="${charset}">` : ''}<title>${heading}_新闻中心</title></head>
<body><div class="top"><a href="/">首页</a> <a href="/news/world/index.html">国际</a> <a href="/news/china/">国内</a></div>
<div class="main"><div class="article">
<h1>${heading}</h1><div class="info">来源：江城日报　记者 李明　2024-05-12 08:30</div>
<div id="content">${PARAGRAPHS[n - 1]!.map((p) => `<p>${p}</p>`).join('\n')}
<div class="page">${pager}</div></div></div>
<div class="side"><h3>热点新闻</h3><ul>${HEADLINES.split('\n').slice(0, 5).join('')}</ul></div></div>
<div class="foot">版权所有 江城日报社</div></body></html>`;
}

function listPage(): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>国际新闻_新闻中心</title></head>
<body><div class="top"><a href="/">首页</a></div><div class="main"><h1>国际新闻</h1>
<ul class="list">${HEADLINES}</ul>
<div class="page"><span class="current">1</span> <a href="index_1.html">2</a> <a href="index_2.html">3</a> <a href="index_1.html">下一页</a></div>
</div></body></html>`;
}

const gbk = (html: string): Uint8Array => encodeIn(html, 'gbk')!;

/** Path → what the server answers. */
export function multiPageSite(): Record<string, SiteRoute> {
  return {
    [STORY_PAGES[0]!]: { body: storyPage(1, 'utf-8'), type: 'text/html; charset=utf-8' },
    // Declared by its <meta> only: the header says nothing of the charset.
    [STORY_PAGES[1]!]: { body: gbk(storyPage(2, 'gbk')), type: 'text/html' },
    // Declared by its Content-Type only.
    [STORY_PAGES[2]!]: { body: gbk(storyPage(3, '')), type: 'text/html; charset=GBK' },
    [LIST]: { body: listPage(), type: 'text/html; charset=utf-8' },
    [LIST_NEXT]: { body: listPage(), type: 'text/html; charset=utf-8' },
  };
}
