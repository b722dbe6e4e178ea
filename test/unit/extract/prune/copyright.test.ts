import { describe, expect, it } from 'vitest';
import { pruneCopyright } from '../../../../src/core/extract/prune/copyright.js';
import { paragraphs, runRule } from './prune-helper.js';

describe('prune: copyright footers', () => {
  it('takes copyright, syndication and Chinese 版权 lines', () => {
    const r = runRule(
      pruneCopyright,
      '<p>© 2019 Capitol Hill Publishing Corp. All rights reserved.</p><p>Via SyndiGate.info</p>' +
        '<p>版权声明：本文版权归作者所有，未经授权禁止转载。</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:copyright', 'prune:copyright', 'prune:copyright']);
  });

  it('takes the rights notice in the languages of European sites', () => {
    const lines = [
      'Alle Rechte vorbehalten',
      'Tous droits réservés',
      'Todos los derechos reservados',
      'Riproduzione riservata ©',
      'Alle rechten voorbehouden',
      'Wszelkie prawa zastrzeżone',
      'Todos os direitos reservados',
    ];
    const r = runRule(pruneCopyright, paragraphs(lines));
    expect(r.removed.map((x) => x.text)).toEqual(lines);
  });

  it('takes disclaimers and reprint notes, and legal lines that close a block of <br> lines, keeping the rest', () => {
    const r = runRule(
      pruneCopyright,
      '<p>声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。</p>' +
        '<p>Disclaimer: this article is for information only and is not investment advice.</p>' +
        '<p>本文原标题：《定了！广州南沙邮轮母港即将开通！》</p>' +
        '<p>The bridge opens in May.<br>© 2019 The Town Paper<br>Reporting by the town desk.</p>',
    );
    expect(r.removed.map((x) => x.text)).toEqual([
      '声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。',
      'Disclaimer: this article is for information only and is not investment advice.',
      '本文原标题：《定了！广州南沙邮轮母港即将开通！》',
      '© 2019 The Town Paper',
    ]);
    expect(r.text).toContain('The bridge opens in May.');
    expect(r.text).toContain('Reporting by the town desk.');
  });

  it('takes the takedown notices of reposting sites and resource blogs, keeps story sentences about removals', () => {
    const notices = [
      '如有侵权请联系删除',
      '转载请保留原文链接谢谢！',
      '本站所有资源文章出自互联网收集整理，本站不参与制作，如果侵犯了您的合法权益，请联系本站我们会及时删除。',
      '本站资源仅供研究、学习交流之用，若使用商业用途，请购买正版授权，否则产生的一切后果将由下载用户自行承担。',
      '文章來源於網絡，如有侵權請聯繫我們刪除。',
    ];
    const r = runRule(pruneCopyright, paragraphs(notices));
    expect(r.removed.map((x) => x.text)).toEqual(notices);
    const story = runRule(
      pruneCopyright,
      paragraphs([
        '她多次联系平台要求删除这些照片，但一直没有得到回复。',
        '法院认定该公司侵犯了原告的合法权益，判令其删除相关视频。',
        '这些样本仅供研究使用，研究所表示不会用于商业目的。',
      ]),
    );
    expect(story.removed).toEqual([]);
  });

  it('takes a platform’s disclaimer and its heading, keeps story sentences about views and positions', () => {
    const notices = [
      '特别声明',
      '本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。',
      '该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。',
      '文章內容僅代表作者個人意見，不代表本網立場。',
    ];
    const r = runRule(pruneCopyright, paragraphs(notices));
    expect(r.removed.map((x) => x.text)).toEqual(notices);
    const story = runRule(
      pruneCopyright,
      paragraphs([
        '发言人表示，这一表态仅代表公司管理层的看法，董事会将在下周开会讨论。',
        '他强调，个别代表的发言不代表代表团的立场，最终方案仍需集体表决。',
        '律师声明，当事人将依法维护自己的合法权利。',
      ]),
    );
    expect(story.removed).toEqual([]);
  });

  // Found by generated Chinese portal pages: under a news flash of two or three paragraphs the platform's notice is
  // more than a fifth of the article, which the share guard kept.
  it('takes a platform’s disclaimer under a news flash of a few paragraphs, keeps one inside the story', () => {
    const flash = [
      '记者从市交通运输局获悉，今年全市将新开通公交线路十二条，并优化调整既有线路三十余条。',
      '据介绍，新线路主要覆盖城市新区和产业园区，重点解决居民通勤“最后一公里”问题。',
      '交通部门表示，将继续加大新能源公交车投放力度，到年底新能源车辆占比将超过九成。',
    ];
    const notices = [
      '声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。',
      '本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。',
      '免责声明：本文观点仅代表作者本人，不代表凤凰网立场，文中内容仅供参考，不构成投资建议。',
    ];
    for (const count of [2, 3])
      for (const notice of notices) {
        const story = paragraphs(flash.slice(0, count));
        const r = runRule(pruneCopyright, `<div>${story}</div><div class="statement"><p>${notice}</p></div>`, {
          before: '',
        });
        expect(r.removed.map((x) => x.text)).toEqual([notice]);
        expect(r.text).toContain(flash[count - 1]);
        // The same notice between the flash's paragraphs is no closing notice: as before, a block of that share stays.
        const inside = runRule(pruneCopyright, paragraphs([flash[0]!, notice, ...flash.slice(1, count)]), {
          before: '',
        });
        expect(inside.removed).toEqual([]);
      }
    // A notice that is most of what the article holds stays.
    const alone = runRule(pruneCopyright, paragraphs(['本市新开公交线路。', notices[1]!]), { before: '' });
    expect(alone.removed).toEqual([]);
  });

  it('keeps a story about a copyright case', () => {
    const r = runRule(
      pruneCopyright,
      "<p>The court ruled that the song did not infringe the band's copyright, ending a five-year dispute over the melody.</p>",
    );
    expect(r.removed).toEqual([]);
  });

  it('takes first-published notes in German and French, keeps a sentence about an earlier article', () => {
    const r = runRule(
      pruneCopyright,
      paragraphs([
        'Der Beitrag erscheint zuerst auf dem IT-BUSINESS-Schwesterportal Marconomy.',
        'Cet article est paru dans notre newsletter « La lettre éco ». Si vous êtes abonné au Monde, vous pouvez vous inscrire.',
        'Der Beitrag, den die Zeitung zuerst brachte, löste eine Debatte im Landtag aus, die bis heute anhält.',
      ]),
    );
    expect(r.removed).toHaveLength(2);
    expect(r.text).toContain('löste eine Debatte');
  });

  it('takes trademark notices, keeps a story sentence about a trademark', () => {
    const r = runRule(
      pruneCopyright,
      paragraphs([
        'Apple, the Apple logo, Mac, Mac OS and Macintosh are trademarks of Apple. Other company and product names may be trademarks of their respective owners.',
        'All other trademarks are the property of their respective owners.',
        'The names Kleenex and Xerox are registered trademarks of their makers, which have fought for decades to keep them from becoming generic words.',
        'The court found that the new logo was too close to the brewery’s, and that the two marks would confuse drinkers in the shop.',
      ]),
    );
    expect(r.removed).toHaveLength(2);
    expect(r.text).toContain('Kleenex and Xerox');
    expect(r.text).toContain('confuse drinkers');
  });

  // Found by the generated releases (company-blog-furniture.property.test.ts).
  it('takes a one-logo notice, brand names of any spelling, and "… mentioned herein are the property of …"', () => {
    const r = runRule(
      pruneCopyright,
      paragraphs([
        'The Wi-Fi CERTIFIED logo is a registered trademark of Wi-Fi Alliance.',
        'McDonald’s and the McDonald’s logo are trademarks of McDonald’s Corporation.',
        'Nestlé and the Nestlé logo are registered trademarks of Société des Produits Nestlé S.A.',
        'Bank of America and the Bank of America logo are trademarks of Bank of America Corporation.',
        'All other trademarks mentioned herein are the property of their respective owners.',
      ]),
    );
    expect(r.removed).toHaveLength(5);
  });

  it('keeps a story sentence about owners and one about a logo followed by one about trademarks', () => {
    const r = runRule(
      pruneCopyright,
      paragraphs([
        'The boats were sold at auction, and the names of their respective owners were not made public.',
        'The brewery says the new logo copies its own too closely. Both names are registered trademarks, and the case goes to court in May.',
      ]),
    );
    expect(r.removed).toEqual([]);
  });

  it('takes a notice written as a <br> line under the last sentence, and not the sentence', () => {
    const r = runRule(
      pruneCopyright,
      '<p>The bridge opens in May, the council said.<br><br>Apple and the Apple logo are trademarks of Apple Inc.</p>',
    );
    expect(r.removed.map((x) => x.text)).toEqual(['Apple and the Apple logo are trademarks of Apple Inc.']);
    expect(r.text).toContain('The bridge opens in May, the council said.');
  });
});
