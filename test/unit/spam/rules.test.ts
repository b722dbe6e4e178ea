/** The spam rules one by one: thresholds on both sides, so each can fail. */
import { describe, expect, test } from 'vitest';
import { parse } from '../../helpers/dom.js';
import { isSpamText, isSpamTitle, decodeNumericEntities } from '../../../src/core/spam/title.js';
import { glosses } from '../../../src/core/spam/gloss.js';
import { tagSoup } from '../../../src/core/spam/tagsoup.js';
import { linkFarms } from '../../../src/core/spam/linkfarm.js';
import { registrableDomain } from '../../../src/core/spam/hosts.js';
import { hiddenSpamSignal } from '../../../src/core/spam/hidden-spam.js';
import { isSpamRemoval } from '../../../src/core/audit.js';

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
    ['记者从省公安厅获悉，警方近日破获一起特大跨境网络赌博案，该团伙以百家乐、时时彩、六合彩等为幌子招揽参赌人员。', false],
    ['Council approves library expansion | City News', false],
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
    const d = doc('<em id="82sx9"></em><ins id="82sx9"><legend id="82sx9"></legend></ins><u id="82sx9"></u><p>text</p>');
    expect(tagSoup(d).map((r) => r.reason)).toEqual(['tagsoup']);
    expect(d.querySelectorAll('[id="82sx9"]').length).toBe(0);
  });
  test('a CMS duplicate id with text is not soup', () => {
    const d = doc('<div id="content"><p>a</p></div><div id="content"><p>b</p></div><div id="content">c</div><div id="content">d</div>');
    expect(tagSoup(d)).toEqual([]);
  });
  test('random unknown tags go; custom elements and Office tags stay', () => {
    const d = doc('<qkw></qkw><bnzd></bnzd><zptw></zptw><hrjx></hrjx><qkw></qkw><my-card>x</my-card><p>t</p>');
    expect(tagSoup(d)).toHaveLength(1);
    expect(d.querySelector('my-card')).not.toBeNull();
    const office = doc('<p>a<o:p></o:p></p><p>b<o:p></o:p></p><p>c<o:p></o:p></p><p>d<o:p></o:p></p><p>e<o:p></o:p></p>');
    expect(tagSoup(office)).toEqual([]);
  });
});

describe('link farms (pattern 16) and hidden spam signals', () => {
  const farm = (words: string[], host = (i: number) => `https://s${i}.example${i}.com/`) =>
    '<div id="f">' + words.map((w, i) => `<a href="${host(i)}">${w}</a>`).join(' ') + '</div>';
  test('foreign links with spam anchors go', () => {
    const d = doc('<p>article</p>' + farm(['百家乐', '澳门葡京', '真人娱乐', '太阳城', '皇冠体育', '六合彩']));
    expect(linkFarms(d).map((r) => r.reason)).toEqual(['spam:linkfarm']);
  });
  test('a 繁體 farm with zero-width and full-width obfuscation goes too (pattern 17)', () => {
    const d = doc('<p>article</p>' + farm(['百\u200b家\u200b樂', '澳門葡京', '真人娛樂', '太陽城', '皇冠體育', 'ｂｅｔ３６５']));
    expect(linkFarms(d)).toHaveLength(1);
  });
  test('a government friend-links footer and same-site related news stay', () => {
    const gov = doc(farm(['山东省人民政府', '人社部', '济南市人民政府', '青岛市人民政府', '烟台市人民政府', '潍坊'], (i) => `https://www.city${i}.gov.cn/`));
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
    const d = doc('<div id="menu"><a href="/a">Home</a><a href="https://facebook.com/x">Share</a><a href="https://twitter.com/x">Tweet</a></div>' +
      '<div id="farm"><a href="https://a.example.com/">cheap</a><a href="https://b.example.org/">deal</a></div><div id="lex">代开发票</div>');
    const page = 'dzwww.com';
    expect(hiddenSpamSignal(d.getElementById('menu')!, 'display', page)).toBe(false);
    expect(hiddenSpamSignal(d.getElementById('farm')!, 'offscreen', page)).toBe(true);
    expect(hiddenSpamSignal(d.getElementById('lex')!, 'display', page)).toBe(true);
  });
  test('audit: hidden:* is not spam, everything named spam is', () => {
    expect(isSpamRemoval({ reason: 'hidden:offscreen', text: '' })).toBe(false);
    expect(isSpamRemoval({ reason: 'spam:hidden-offscreen', text: '' })).toBe(true);
    expect(isSpamRemoval({ reason: 'tagsoup', text: '' })).toBe(true);
  });
});
