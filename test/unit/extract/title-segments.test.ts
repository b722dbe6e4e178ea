/**
 * Generated titles (fast-check, seeded so a failure replays): real headlines in Simplified, Traditional and
 * English joined to spam phrases by every separator hacked pages use, at the front, the back or both, with
 * and without a CJK site suffix; and legitimate titles (news about 彩票 or casinos, "Q&A – Part 2") that must
 * come through whole. The pure rules first, then whole pages through the pipeline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutSpamSegments } from '../../../src/core/spam/title.js';
import { splitSegments, joinSegments } from '../../../src/core/extract/segments.js';
import { trimCjkSiteSuffix, type SiteContext } from '../../../src/core/extract/site-suffix.js';
import { cleanHtml } from '../../helpers/dom.js';

type Script = 'hans' | 'hant' | 'en';
const HEADLINES: Record<Script, string[]> = {
  hans: [
    '山东省召开就业扶贫新闻发布会',
    '长江岸线生态修复工程全面完工',
    '福利彩票公益金资助项目名单公布',
    '警方破获一起跨境网络赌博案',
  ],
  hant: [
    '臺中捷運綠線延伸彰化 完成綜合規劃',
    '高雄港新建貨櫃中心啟用',
    '運動彩券盈餘挹注基層體育',
    '警方破獲職棒簽賭集團',
  ],
  en: [
    'Council approves library expansion',
    'Casino workers vote to strike over pay',
    'Q&A – Part 2: Rebuilding the harbour',
    'Poker night returns to the town hall',
  ],
};
const SPAM: Record<Script, string[]> = {
  hans: ['澳门新葡京娱乐城', '网上百家乐', '北京赛车pk10计划', '时时彩平台', '国产成人视频在线', '久久综合网'],
  hant: ['百家樂線上娛樂城', '六合彩開獎直播', '時時彩計劃', '北京賽車線上投注'],
  en: ['Buy Viagra Online Cheap', 'Best Online Casino Bonus', 'Payday Loans Same Day', 'Replica Rolex Watches'],
};
const SITES: Record<Script, string[]> = {
  hans: ['大众网', '山东频道_大众网', '齐鲁晚报', '科技_腾讯网'],
  hant: ['中時新聞網', '台中日報', '公視新聞網', '地方頻道｜自由電子報'],
  en: [],
};
/** Separators by script: Latin words need a spaced dash; Han runs may be glued by a bare one or a space. */
const SEPARATORS: Record<Script, string[]> = {
  hans: ['_', '|', ' | ', ' - ', '-', '–', ' — ', ',', '，', '｜', '－', ' ', '--', '＿'],
  hant: ['_', '|', '｜', ' - ', '－', '—', '，', ' '],
  en: [' | ', ' - ', ' – ', ' — ', ', ', ' _ ', '｜'],
};
const SCRIPTS: Script[] = ['hans', 'hant', 'en'];

interface Generated {
  script: Script;
  headline: string;
  spam: string[];
  title: string;
  site: string | null;
}

const SEED = 13;

/** A title: spam segments before and/or after the headline, then maybe the site; bracketed prefixes too. */
const spamTitle = fc
  .constantFrom(...SCRIPTS)
  .chain((script) =>
    fc.record({
      script: fc.constant(script),
      headline: fc.constantFrom(...HEADLINES[script]),
      before: fc.uniqueArray(fc.constantFrom(...SPAM[script]), { minLength: 0, maxLength: 3 }),
      after: fc.uniqueArray(fc.constantFrom(...SPAM[script]), { minLength: 0, maxLength: 2 }),
      sep: fc.constantFrom(...SEPARATORS[script]),
      bracket: fc.boolean(),
      site: SITES[script].length ? fc.option(fc.constantFrom(...SITES[script]), { nil: null }) : fc.constant(null),
    }),
  )
  .filter((g) => g.before.length + g.after.length > 0 && g.before.every((s) => !g.after.includes(s)))
  .map((g): Generated => {
    const front =
      g.bracket && g.before.length ? `【${g.before.join(g.sep)}】` : g.before.map((s) => s + g.sep).join('');
    const back = g.after.map((s) => g.sep + s).join('');
    const site = g.site ? ` - ${g.site}` : '';
    return {
      script: g.script,
      headline: g.headline,
      spam: [...g.before, ...g.after],
      title: front + g.headline + back + site,
      site: g.site,
    };
  });

const noSite: SiteContext = { siteNames: [], hostLabels: [], titleLikes: [] };

describe('spam segments in generated titles', () => {
  it('cuts every spam segment and keeps the headline whole, whatever the separator and position', () => {
    fc.assert(
      fc.property(spamTitle, (g) => {
        const { kept, cut } = cutSpamSegments(g.title, { headlines: [g.headline] });
        for (const s of g.spam) expect(kept).not.toContain(s);
        expect(cut.join(' ')).not.toContain(g.headline);
        expect(trimCjkSiteSuffix(kept, noSite)).toBe(g.headline);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('needs no headline to cut a segment made of spam terms when the page is known to be hacked', () => {
    fc.assert(
      fc.property(spamTitle, (g) => {
        const { kept } = cutSpamSegments(g.title, { headlines: [], hacked: true });
        for (const s of g.spam) expect(kept).not.toContain(s);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** Legitimate titles: a headline, maybe a second legitimate part, maybe the site. */
const legitTitle = fc.constantFrom(...SCRIPTS).chain((script) =>
  fc.record({
    script: fc.constant(script),
    headline: fc.constantFrom(...HEADLINES[script]),
    part: fc.option(fc.constantFrom('Part 2', '第二部分', '專訪', 'Live updates', '图集'), { nil: null }),
    sep: fc.constantFrom(...SEPARATORS[script]),
    site: SITES[script].length ? fc.option(fc.constantFrom(...SITES[script]), { nil: null }) : fc.constant(null),
  }),
);

describe('legitimate generated titles', () => {
  it('lose nothing to the spam rules, with or without the headline as evidence', () => {
    fc.assert(
      fc.property(legitTitle, fc.boolean(), (g, withEvidence) => {
        const title = [g.headline, g.part].filter(Boolean).join(g.sep) + (g.site ? `_${g.site}` : '');
        const { kept, cut } = cutSpamSegments(title, { headlines: withEvidence ? [g.headline] : [] });
        expect(cut).toEqual([]);
        expect(kept).toBe(title);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('lose only their site suffix, and only from CJK titles', () => {
    fc.assert(
      fc.property(legitTitle, (g) => {
        const main = [g.headline, g.part].filter(Boolean).join(g.sep);
        const trimmed = trimCjkSiteSuffix(g.site ? `${main}_${g.site}` : main, noSite);
        expect(trimmed).toBe(main);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('are split and joined back to the same text', () => {
    fc.assert(
      fc.property(legitTitle, (g) => {
        const title = [g.headline, g.part].filter(Boolean).join(g.sep);
        expect(joinSegments(splitSegments(title))).toBe(title.trim());
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

/** Layouts a headline is printed in; only the first has an <h1>. */
const LAYOUTS = [
  (h: string) => `<h1>${h}</h1>`,
  (h: string) => `<table><tr><td align="center"><font size="5">${h}</font></td></tr></table>`,
  (h: string) => `<table><tr><td class="title">${h}</td></tr></table>`,
  (h: string) => `<p><b>${h}</b></p>`,
  (h: string) => `<div><strong>${h}</strong></div>`,
  (h: string) => `<div style="font-size:20px;font-weight:bold">${h}</div>`,
];
const PARAGRAPHS: Record<Script, string[]> = {
  hans: [
    '省里十二日召开新闻发布会，介绍过去五年全省相关工作的进展情况和下一步打算，与会人员就有关问题回答了记者提问。',
    '据介绍，全省每年新增就业规模保持在四十万人左右，东西部劳务协作连年超额完成国家下达的各项目标任务。',
    '专家指出，各地应因地制宜发展特色产业，巩固拓展已有成果，同乡村振兴有效衔接，让更多群众在家门口就业。',
  ],
  hant: [
    '市政府昨天宣布，相關計畫已完成綜合規劃，預計明年送交中央審查，最快六年後動工，沿線居民大多表示支持。',
    '交通局指出，通勤族目前往返兩地平均需要五十分鐘，計畫完成後可望縮短至二十五分鐘以內，效益相當可觀。',
    '學者建議，計畫應同步規劃公車接駁與自行車道，才能真正發揮大眾運輸系統的整體效益，並減少交通黑暗期。',
  ],
  en: [
    'The council voted eight to one on Tuesday night to approve the plan, ending three years of debate over what it would cost the town.',
    'The plan adds a second floor of reading rooms and a children&#39;s wing, and will be paid for with a bond approved by voters last spring.',
    'Construction is expected to begin next summer and last about eighteen months, during which a temporary branch will open nearby.',
  ],
};

describe('generated hacked pages through the pipeline', () => {
  it('show the real headline and no spam in title or excerpt', () => {
    const page = fc.record({
      g: spamTitle,
      layout: fc.nat(LAYOUTS.length - 1),
      og: fc.boolean(),
      jsonLd: fc.boolean(),
    });
    fc.assert(
      fc.property(page, ({ g, layout, og, jsonLd }) => {
        const stuffing = g.spam.join(',');
        const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${g.title}</title>
        <meta name="description" content="${stuffing}">
        ${og ? `<meta property="og:title" content="${g.title}"><meta property="og:description" content="${stuffing}">` : ''}
        ${jsonLd ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: g.title, description: stuffing })}</script>` : ''}
        </head><body><div class="nav"><a href="/">Home</a></div>${LAYOUTS[layout]!(g.headline)}
        <div class="story">${PARAGRAPHS[g.script].map((p) => `<p>${p}</p>`).join('\n')}</div></body></html>`;
        const article = cleanHtml(html, { url: 'https://news.example.org/a/1.html' });
        expect(article).not.toBeNull();
        expect(article!.title).toBe(g.headline);
        for (const s of g.spam) expect(`${article!.title}\n${article!.excerpt}`).not.toContain(s);
      }),
      { seed: SEED, numRuns: 36 },
    );
  }, 120_000);
});
