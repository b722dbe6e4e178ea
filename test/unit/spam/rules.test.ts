/** The spam rules one by one: thresholds on both sides, so each can fail. */
import { describe, expect, test } from 'vitest';
import { parse } from '../../helpers/dom.js';
import { isSpamText, isSpamTitle, decodeNumericEntities } from '../../../src/core/spam/title.js';
import { glosses } from '../../../src/core/spam/gloss.js';
import { tagSoup } from '../../../src/core/spam/tagsoup.js';
import { isRandomName } from '../../../src/core/spam/random-name.js';
import { linkFarms } from '../../../src/core/spam/linkfarm.js';
import { registrableDomain } from '../../../src/core/spam/hosts.js';
import { hiddenSpamSignal } from '../../../src/core/spam/hidden-spam.js';
import { isSpamRemoval, withoutWrittenTwice } from '../../../src/core/audit.js';
import { cloakingScripts } from '../../../src/core/spam/cloaking.js';
import { overlays } from '../../../src/core/spam/overlay.js';
import { writtenHiddenSpam } from '../../../src/core/spam/docwrite.js';
import { lexiconHits } from '../../../src/core/spam/lexicon.js';

const doc = (html: string, url?: string) => parse(html, url ?? 'https://www.dzwww.com/a.html').window.document;

describe('spam titles and metadata (pattern 14)', () => {
  test.each([
    ['国产一级做a爰片在线看免费_国产人人在线成视频_少妇疯狂高潮欠久久_中文字幕人妻在线中字', true],
    ['國產一級做a爰片在線看免費_國產人人在線成視頻_少婦瘋狂高潮欠久久', true],
    ['亚洲欧美日韩_在线观看_免费', true],
    ['澳门葡京百家乐', true],
    ['山东就业扶贫成绩单发布_山东频道_大众网', false],
    ['福利彩票双色球开奖结果公布_山东频道_大众网', false],
    ['警方破获百家乐、时时彩网络赌博案_社会_大众网', false],
    [
      '记者从省公安厅获悉，警方近日破获一起特大跨境网络赌博案，该团伙以百家乐、时时彩、六合彩等为幌子招揽参赌人员。',
      false,
    ],
    ['Council approves library expansion | City News', false],
    // "socialist" holds "cialis", "self-declared" nothing: terms are whole words (once flagged spam:description).
    [
      'Three people have died during protests in Bolivia against the self-declared “interim” government that ousted Evo Morales, after violent clashes erupted between the socialist leader’s supporters and security forces.',
      false,
    ],
  ])('%s → %s', (title, spam) => expect(isSpamText(title)).toBe(spam));

  test('double-encoded entities are decoded before matching', () => {
    expect(decodeNumericEntities('&#22269;&#x4ea7;')).toBe('国产');
    expect(isSpamText('&#20154;&#22971;&#95;&#23569;&#22919;&#95;&#26080;&#30721;')).toBe(true);
  });
  test('a title sharing nothing with the headline and carrying lexicon terms is swapped', () => {
    expect(isSpamTitle('澳门金沙官网_在线投注平台', ['山东就业扶贫成绩单发布'])).toBe(true);
    expect(isSpamTitle('山东就业扶贫成绩单发布_大众网', ['山东就业扶贫成绩单发布'])).toBe(false);
    expect(isSpamTitle('Site map', ['Council approves library expansion'])).toBe(false); // no lexicon term
  });
});

describe('pinyin glosses (pattern 15)', () => {
  const glossed = '<p>' + '擦(cā)亮(liàng)雙(shuāng)眼(yǎn)，遠(yuǎn)離(lí)“臟(zāng)”海(hǎi)。'.repeat(3) + '</p>';
  test('dense glosses are removed and recorded', () => {
    const d = doc(glossed);
    const removed = glosses(d);
    expect(removed[0]?.reason).toBe('spam:gloss');
    expect(d.body.textContent).toContain('擦亮雙眼，遠離“臟”海');
    expect(d.body.textContent).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/);
  });
  test('one rare character glossed once stays', () => {
    const d = doc('<p>新任负责人李彧(yù)表示，将全力做好就业服务工作，推动全省就业形势保持总体稳定。</p>');
    expect(glosses(d)).toEqual([]);
    expect(d.body.textContent).toContain('李彧(yù)');
  });
});

describe('tag soup (patterns 1, 2)', () => {
  test('same random id over unrelated empty tags', () => {
    const d = doc(
      '<em id="82sx9"></em><ins id="82sx9"><legend id="82sx9"></legend></ins><u id="82sx9"></u><p>text</p>',
    );
    expect(tagSoup(d).map((r) => r.reason)).toEqual(['tagsoup']);
    expect(d.querySelectorAll('[id="82sx9"]').length).toBe(0);
  });
  test('a CMS duplicate id with text is not soup', () => {
    const d = doc(
      '<div id="content"><p>a</p></div><div id="content"><p>b</p></div><div id="content">c</div><div id="content">d</div>',
    );
    expect(tagSoup(d)).toEqual([]);
  });
  test('random unknown tags go; custom elements and Office tags stay', () => {
    const d = doc('<qkw></qkw><bnzd></bnzd><zptw></zptw><hrjx></hrjx><qkw></qkw><my-card>x</my-card><p>t</p>');
    expect(tagSoup(d)).toHaveLength(1);
    expect(d.querySelector('my-card')).not.toBeNull();
    const office = doc(
      '<p>a<o:p></o:p></p><p>b<o:p></o:p></p><p>c<o:p></o:p></p><p>d<o:p></o:p></p><p>e<o:p></o:p></p>',
    );
    expect(tagSoup(office)).toEqual([]);
  });
  test("a framework's word-named components stay, however many", () => {
    const d = doc(
      '<app><navbar></navbar><sidenav></sidenav><stream><page><metrics></metrics><disclaimer></disclaimer>' +
        '<sharing></sharing><printbar></printbar><p>text</p></page></stream></app>',
    );
    expect(tagSoup(d)).toEqual([]);
    expect(d.querySelectorAll('metrics, printbar').length).toBe(2);
  });
  test('a random block goes even when one of its names is pronounceable by chance', () => {
    const d = doc(
      '<p>text</p>' +
        '<qkw></qkw><hoak></hoak><zptw>x7</zptw><hrjx></hrjx>'.repeat(3) +
        "<disclaimer>Opinions are the author's</disclaimer>",
    );
    expect(tagSoup(d).map((r) => r.reason)).toEqual(['tagsoup']);
    expect(d.querySelectorAll('qkw, hoak, zptw, hrjx').length).toBe(0);
    expect(d.querySelector('disclaimer')).not.toBeNull();
  });
  test.each([
    ['qkw', true],
    ['bnzd', true],
    ['zptw', true],
    ['hrjx', true],
    ['x7', true],
    ['app', false],
    ['navbar', false],
    ['stream', false],
    ['metrics', false],
    ['disclaimer', false],
    ['printbar', false],
    ['column', false],
  ])('tag name %s is random: %s', (name, random) => expect(isRandomName(name)).toBe(random));
});

describe('link farms (pattern 16) and hidden spam signals', () => {
  const farm = (words: string[], host = (i: number) => `https://s${i}.example${i}.com/`) =>
    '<div id="f">' + words.map((w, i) => `<a href="${host(i)}">${w}</a>`).join(' ') + '</div>';
  test('foreign links with spam anchors go', () => {
    const d = doc('<p>article</p>' + farm(['百家乐', '澳门葡京', '真人娱乐', '太阳城', '皇冠体育', '六合彩']));
    expect(linkFarms(d).map((r) => r.reason)).toEqual(['spam:linkfarm']);
  });
  test('a 繁體 farm with zero-width and full-width obfuscation goes too (pattern 17)', () => {
    const d = doc(
      '<p>article</p>' + farm(['百\u200b家\u200b樂', '澳門葡京', '真人娛樂', '太陽城', '皇冠體育', 'ｂｅｔ３６５']),
    );
    expect(linkFarms(d)).toHaveLength(1);
  });
  test('a government friend-links footer and same-site related news stay', () => {
    const gov = doc(
      farm(
        ['山东省人民政府', '人社部', '济南市人民政府', '青岛市人民政府', '烟台市人民政府', '潍坊'],
        (i) => `https://www.city${i}.gov.cn/`,
      ),
    );
    expect(linkFarms(gov)).toEqual([]);
    const related = doc(farm(['百家乐案宣判', '网赌案', '赌场', '警方', '六合彩', '太阳城'], (i) => `/news/${i}.html`));
    expect(linkFarms(related)).toEqual([]);
  });
  test('registrable domains', () => {
    expect(registrableDomain('www.dzwww.com')).toBe('dzwww.com');
    expect(registrableDomain('news.sina.com.cn')).toBe('sina.com.cn');
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
  });
  test('hidden + clean is not spam; hidden + lexicon or parked foreign links is', () => {
    const d = doc(
      '<div id="menu"><a href="/a">Home</a><a href="https://facebook.com/x">Share</a><a href="https://twitter.com/x">Tweet</a></div>' +
        '<div id="farm"><a href="https://a.example.com/">cheap</a><a href="https://b.example.org/">deal</a></div><div id="lex">代开发票</div>',
    );
    const page = 'dzwww.com';
    expect(hiddenSpamSignal(d.getElementById('menu')!, 'display', page)).toBe(false);
    expect(hiddenSpamSignal(d.getElementById('farm')!, 'offscreen', page)).toBe(true);
    expect(hiddenSpamSignal(d.getElementById('lex')!, 'display', page)).toBe(true);
  });
  test("a hidden menu of the blog's own categories is not spam: 青青草原 is a meadow, canonical-site links are home", () => {
    expect(lexiconHits('仁愛_青青草原露營客棧 (4)').strong).toEqual([]);
    expect(lexiconHits('青青草在线视频').strong).toEqual(['青青草']);
    const saved = doc(
      '<html><head><link rel="canonical" href="http://stevenhgm.pixnet.net/blog/post/1"></head><body>' +
        '<ul id="cats" style="display:none">' +
        ['信義_烏松崙森林渡假營', '仁愛_青青草原露營客棧', '埔里_虎嘯山莊']
          .map(
            (c, i) =>
              `<li><a href="http://stevenhgm.pixnet.net/blog/category/${i}">${c}</a></li><li><a href="http://www.pixnet.net/blog/c/${i}">${c}</a></li>`,
          )
          .join('') +
        '</ul></body></html>',
      'http://fakehost/test/page.html',
    );
    expect(hiddenSpamSignal(saved.getElementById('cats')!, 'offscreen', 'fakehost')).toBe(false);
  });
  test('audit: hidden:* is not spam, everything named spam is', () => {
    expect(isSpamRemoval({ reason: 'hidden:offscreen', text: '' })).toBe(false);
    expect(isSpamRemoval({ reason: 'spam:hidden-offscreen', text: '' })).toBe(true);
    expect(isSpamRemoval({ reason: 'tagsoup', text: '' })).toBe(true);
  });
});

describe('referrer cloaking (pattern 13a)', () => {
  const page = (script: string, head = '', url?: string) =>
    doc(`<html><head>${head}</head><body><p>article</p><script>${script}</script></body></html>`, url);
  const scripts = (d: Document) => d.getElementsByTagName('script').length;

  test.each([
    [
      'a referrer regex, then location.href',
      `if (/\\.(baidu|sogou|so|sm)(\\.[a-z0-9-]+){1,2}\\//.test(document.referrer)) location.href = 'https://www.xpj6688.com/';`,
    ],
    [
      'indexOf tests, then window.location =',
      `var r = document.referrer; if (r.indexOf('sogou') > -1 || r.indexOf('360') > -1) { window.location = "http://am88.bet/?s=1"; }`,
    ],
    [
      'a host glued from escaped pieces, then top.location.replace',
      `var r=document.referrer;if(r.indexOf("google")>0){var u="\\x68ttps://"+"am"+"88.bet";top.location.replace(u)}`,
    ],
    [
      'a meta refresh written by script',
      `if (document.referrer.match(/baidu|toutiao|shenma/)) document.write('<meta http-equiv="refresh" content="0;url=https://vip.b88.cc/">');`,
    ],
    [
      'a full-screen frame written by script',
      `if (/bing|baidu/.test(document.referrer)) document.write('<iframe src="https://b88.cc/" style="position:fixed;width:100%;height:100%"></iframe>');`,
    ],
    [
      'a test && redirect in one expression',
      `/bing|baidu/.test(document.referrer.toLowerCase())&&top.location.replace("https://b88.cc/")`,
    ],
    [
      'a ternary on the referrer',
      `var u = document.referrer; u.indexOf("baidu") > -1 ? window.location.href = "https://vip.b88.cc/" : 0;`,
    ],
    [
      'engines from a list set just before, redirect in the else branch',
      `var r = document.referrer, k = /sogou|haosou|so\\.com/; if (!k.test(r)) { console.log(1); } else { location.assign("https://am88.bet/"); }`,
    ],
  ])('%s is recorded as spam:cloaking and removed', (_name, script) => {
    const d = page(script);
    const removed = cloakingScripts(d);
    expect(removed.map((r) => r.reason)).toEqual(['spam:cloaking']);
    expect(removed[0]?.text).toContain('referrer');
    expect(scripts(d)).toBe(0);
  });

  test.each([
    [
      'an analytics loader that reads the referrer',
      `var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?abc";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);if(/baidu|google/.test(document.referrer))_hmt.push(["_trackEvent","search",document.referrer]);})();`,
    ],
    [
      'a redirect of search visitors to a path on the same site',
      `if (document.referrer.indexOf('baidu') > -1) location.href = '/m/index.html';`,
    ],
    [
      "a redirect to the page's own domain",
      `if (/baidu|google/.test(document.referrer)) location.replace('https://m.dzwww.com/a.html');`,
    ],
    [
      'a redirect without any referrer test',
      `document.getElementById('go').onclick = function () { location.href = 'https://www.other-site.com/'; };`,
    ],
    // Big legitimate scripts (paywalls, analytics beacons, ad loaders) hold all three ingredients, apart.
    [
      'a beacon sending the referrer, a search-engine name and a redirect in separate statements',
      `var u=document.referrer.match(/^([^:]{2,}:\\/\\/[^\\/]*)/),p=u?u[1]:document.referrer,z="https://px.example-cdn.net/b.gif?r="+encodeURIComponent(p);(new Image).src=z;` +
        `var engines={google:"https://www.google.com/",bing:"https://www.bing.com/"};function login(){window.location=encodeURI("https://auth.example-paywall.com/get-started?redirect="+encodeURIComponent(location.href))}`,
    ],
    [
      'a paywall config reading the referrer beside a redirect it does not guard',
      `!function(){var P={wall:{url:window.location.href,referrer:document.referrer||"google"}};if(P.wall.url){location.replace("https://paywall.example-news.com/login?return_url="+P.wall.url)}}();`,
    ],
    [
      'a search test far from the redirect it shares a script with',
      `if (/google|bing/.test(document.referrer)) { track("search"); }\n${'var pad = 1;\n'.repeat(60)}function out(){ location.href = "https://www.other-site.com/"; }`,
    ],
  ])('%s stays', (_name, script) => {
    const d = page(script);
    expect(cloakingScripts(d)).toEqual([]);
    expect(scripts(d)).toBe(1);
  });

  test('an anti-mirror guard sending search visitors to the canonical site stays on a mirror', () => {
    const guard = `if (/baidu|google|bing/.test(document.referrer)) location.href = 'https://www.dzwww.com/a.html';`;
    const mirror = 'https://dzwww.mirror-copy.top/a.html';
    expect(cloakingScripts(page(guard, '<link rel="canonical" href="https://www.dzwww.com/a.html">', mirror))).toEqual(
      [],
    );
    // Without the canonical link and without a host check, the same redirect on the mirror is a hijack.
    expect(cloakingScripts(page(guard, '', mirror))).toHaveLength(1);
  });
  test('an anti-mirror guard that checks location.host and forwards the path stays without a canonical link', () => {
    const guard = `if (/\\.(baidu|sogou|google)\\./.test(document.referrer) && location.host != "www.dzwww.com") location.href = "https://www.dzwww.com" + location.pathname;`;
    expect(cloakingScripts(page(guard, '', 'https://dzwww.mirror-copy.top/a.html'))).toEqual([]);
  });
});

describe('full-screen overlays (pattern 13b)', () => {
  test('a fixed foreign iframe covering the viewport is recorded as spam:overlay and removed', () => {
    const d = doc(
      '<p>article</p><iframe src="https://www.xpj6688.com/" style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:99999"></iframe>',
    );
    expect(overlays(d)).toEqual([{ reason: 'spam:overlay', text: 'https://www.xpj6688.com/' }]);
    expect(d.getElementsByTagName('iframe').length).toBe(0);
  });
  test('a fixed full-screen container holding a foreign frame goes with its frame', () => {
    const d = doc(
      '<p>article</p><div id="ov" style="position: fixed; inset: 0; z-index: 2147483647"><iframe src="//b88.cc/" width="100%" height="100%"></iframe></div>',
    );
    expect(overlays(d).map((r) => r.reason)).toEqual(['spam:overlay']);
    expect(d.getElementById('ov')).toBeNull();
    const vw = doc(
      '<div style="position:fixed;top:0;left:0;width:100vw;height:100vh"><iframe src="https://b88.cc/" style="width:100%;height:100%"></iframe></div>',
    );
    expect(overlays(vw)).toHaveLength(1);
  });
  test.each([
    [
      'a consent dialog',
      '<div role="dialog" aria-modal="true" style="position:fixed;inset:0;z-index:9999"><iframe src="https://cdn.privacy-mgmt.com/index.html" style="width:100%;height:100%"></iframe></div>',
    ],
    [
      'a same-site paywall frame',
      '<iframe src="https://www.dzwww.com/subscribe" style="position:fixed;top:0;left:0;width:100%;height:100%"></iframe>',
    ],
    [
      'an embedded video in a responsive wrapper',
      '<div style="position:relative;padding-bottom:56.25%;height:0"><iframe src="https://player.example-video.com/embed/1" style="position:absolute;top:0;left:0;width:100%;height:100%"></iframe></div>',
    ],
    [
      'a sticky ad bar',
      '<div style="position:fixed;bottom:0;left:0;width:100%;height:90px"><iframe src="https://ads.example.net/b" width="728" height="90"></iframe></div>',
    ],
    [
      'a closed lightbox',
      '<div style="display:none;position:fixed;inset:0"><iframe src="https://player.example-video.com/embed/2" width="100%" height="100%"></iframe></div>',
    ],
  ])('%s stays', (_name, html) => {
    const d = doc(`<p>article</p>${html}`);
    expect(overlays(d)).toEqual([]);
    expect(d.getElementsByTagName('iframe').length).toBe(1);
  });
});

describe('script-written hidden spam on the static path (pattern 12)', () => {
  const links = ['百家乐', '澳门葡京', '时时彩', '真人娱乐', '六合彩']
    .map((w, i) => `<a href="http://s${i}.example${i}.com/">${w}</a>`)
    .join('');
  test('document.write of a display:none block of spam links is recorded with its link text', () => {
    const d = doc(`<p>article</p><script>document.write('<div style="display:none">${links}</div>');</script>`);
    const removed = writtenHiddenSpam(d);
    expect(removed.map((r) => r.reason)).toEqual(['spam:docwrite']);
    expect(removed[0]?.text).toContain('澳门葡京');
    expect(d.getElementsByTagName('script').length).toBe(0);
  });
  test('escaped, percent-encoded and innerHTML variants are read too', () => {
    const escaped = links.replace(/[\u4e00-\u9fff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`).replace(/"/g, '\\"');
    const d = doc(
      `<div id="x"></div><script>document.getElementById("x").innerHTML = "<p style=\\"font-size:0\\">${escaped}</p>";</script>` +
        `<script>document.write(unescape("%3Cdiv%20style%3D%22position%3Aabsolute%3Bleft%3A-9999px%22%3E") + '<a href="http://a.x1.com/">cheap</a><a href="http://b.x2.com/">deal</a></div>');</script>`,
    );
    expect(writtenHiddenSpam(d).map((r) => r.reason)).toEqual(['spam:docwrite', 'spam:docwrite']);
  });
  test.each([
    [
      'a cnzz counter',
      `<script>document.write(unescape("%3Cspan id='cnzz_stat_icon_1' style='display:none'%3E%3C/span%3E%3Cscript src='https://s4.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>`,
    ],
    [
      'an analytics loader',
      `<script>document.write('<script src="https://hm.baidu.com/hm.js?abc"><\\/script>');</script>`,
    ],
    [
      "a hidden menu of the site's own sections",
      `<script>document.write('<ul style="display:none"><li><a href="/sports/">体育</a></li><li><a href="/lottery/">福利彩票</a></li><li><a href="https://weibo.com/x">微博</a></li></ul>');</script>`,
    ],
    [
      'a visible block of spam words (not hidden: for the link-farm rule)',
      `<script>document.write('<div>${links}</div>');</script>`,
    ],
  ])('%s stays', (_name, html) => {
    const d = doc(`<p>article</p>${html}`);
    expect(writtenHiddenSpam(d)).toEqual([]);
    expect(d.getElementsByTagName('script').length).toBeGreaterThan(0);
  });
});

describe('English spam terms (pattern 16)', () => {
  test('Latin-script terms match whole words, case-insensitively, plurals included', () => {
    expect(lexiconHits('Cheap PAYDAY LOANS today').strong).toEqual(['payday loan']);
    expect(lexiconHits('Replica Watches and cheap-viagra').strong).toEqual(['replica watch', 'cheap viagra']);
    expect(lexiconHits('The minister was escorted out; the casinos closed.')).toEqual({ strong: [], weak: ['casino'] });
    expect(lexiconHits('online casino').weak).toEqual(['online casino']); // one phrase, one hit
    expect(lexiconHits('bet365体育').strong).toEqual(['bet365']);
  });
  const farm = (words: string[]) =>
    doc(
      '<p>article</p><ul id="f">' +
        words.map((w, i) => `<li><a href="https://s${i}.example${i}.com/">${w}</a></li>`).join('') +
        '</ul>',
    );
  test('an English farm of spam anchors goes', () => {
    expect(
      linkFarms(
        farm([
          'Buy Viagra Online',
          'Payday Loans',
          'Replica Watches',
          'Essay Writing Service',
          'London Escorts',
          'Casino Bonus',
        ]),
      ),
    ).toHaveLength(1);
  });
  test('a farm of everyday gambling words goes by its shape: short keyword anchors to foreign sites', () => {
    expect(linkFarms(farm(['Casino', 'Betting', 'Poker', 'Slots', 'Online Casinos', 'Jackpot']))).toHaveLength(1);
  });
  test('a further-reading list of headlines on gambling or pharmacy news stays', () => {
    expect(
      linkFarms(
        farm([
          'Gambling Commission fines online casino operator over failures',
          'Sports betting firms face new affordability checks',
          'Why online casino revenue doubled during the pandemic',
          'Betting ads',
          'Problem gambling',
          'How poker became a televised sport',
        ]),
      ),
    ).toEqual([]);
    expect(
      linkFarms(
        farm([
          'Viagra at 25: how a heart drug became a household name',
          'Pharmacy',
          'How regulators test seized pills from online pharmacies',
          'FDA warns about tainted products sold online',
          'NHS guide to buying medicines online',
          'Doctors report rise in harm from fake drugs',
        ]),
      ),
    ).toEqual([]);
  });
  test('hidden English prose about gambling is not spam; hidden gambling anchors to foreign sites are', () => {
    const d = doc(
      '<div id="prose"><p>An earlier version misstated when the casino and betting rules start; see <a href="https://www.gamblingcommission.gov.uk/">the notice</a>.</p></div>' +
        '<div id="links"><a href="https://a.example1.com/">casino</a> <a href="https://b.example2.com/">betting</a></div>',
    );
    expect(hiddenSpamSignal(d.getElementById('prose')!, 'display', 'dzwww.com')).toBe(false);
    expect(hiddenSpamSignal(d.getElementById('links')!, 'display', 'dzwww.com')).toBe(true);
  });
});

describe('one block of written spam is one audit entry', () => {
  const hidden = { reason: 'spam:hidden-display', text: '百家乐澳门葡京 时时彩 真人娱乐 北京赛车' };
  const script = { reason: 'spam:docwrite', text: '百家乐 澳门葡京 时时彩 真人娱乐 北京赛车' };

  test('drops the script record where the page ran it and visibility removed the block it wrote', () => {
    expect(withoutWrittenTwice([hidden, script]).map((r) => r.reason)).toEqual(['spam:hidden-display']);
  });

  test('keeps it where the block never existed (scripts did not run) or is another block', () => {
    expect(withoutWrittenTwice([script]).map((r) => r.reason)).toEqual(['spam:docwrite']);
    const other = { reason: 'spam:hidden-offscreen', text: 'casino bonus free spins payday loan' };
    expect(withoutWrittenTwice([other, script]).map((r) => r.reason)).toEqual([
      'spam:hidden-offscreen',
      'spam:docwrite',
    ]);
  });
});
