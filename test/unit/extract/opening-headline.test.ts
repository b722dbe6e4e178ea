/**
 * The headline printed again as the article's first line (src/core/extract/opening-headline.ts): a reader sees it
 * once, and when the `<title>` only added the site's name after it, the article's title loses that tail. Lines
 * that share words with the headline, subheads further down and long opening paragraphs stay.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { takeOpeningHeadline } from '../../../src/core/extract/opening-headline.js';
import { STORY } from './prune/prune-helper.js';

function run(opening: string, title: string) {
  const root = new JSDOM('<!doctype html><body></body>').window.document.createElement('div');
  root.innerHTML = `${opening}${STORY}`;
  const result = takeOpeningHeadline(root, title);
  return { result, text: root.textContent ?? '' };
}

describe('the opening line that repeats the headline', () => {
  it('goes, and the title loses the site name its <title> added after a space', () => {
    const headline = '【不忘初心 牢记使命】我院医技药剂党支部举办2019年中药、药学理论知识与专业技能大赛';
    const { result, text } = run(`<p><strong>${headline}</strong></p>`, `${headline} 湖南省中医药研究院附属医院`);
    expect(result?.title).toBe(headline);
    expect(result?.removed).toEqual({ reason: 'prune:headline', text: headline });
    expect(text).not.toContain('大赛');
    expect(text).toContain('Paragraph 1');
  });

  it('goes when the title is split over lines, with a document’s adoption note after it', () => {
    const title = '全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007\u3000年末国债余额限额的决议';
    const { result, text } = run(
      '<p align="center"><strong>全国人民代表大会常务委员会<br>关于批准财政部发行特别国债购买外汇及<br>调整2007年末国债余额限额的决议</strong><br>（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p>',
      title,
    );
    expect(result?.title).toBe(title);
    expect(text).not.toContain('决议');
  });

  it('goes in English too, written in other case and spacing, and the title keeps its own words', () => {
    const { result } = run('<p><b>COUNCIL BACKS  NEW BRIDGE</b></p>', 'Council backs new bridge');
    expect(result?.title).toBe('Council backs new bridge');
    const tail = run('<p>Council backs new bridge</p>', 'Council backs new bridge | The Town Gazette');
    expect(tail.result?.title).toBe('Council backs new bridge');
  });

  it('stays when it only shares words with the headline, stops mid-word, or is a long paragraph', () => {
    expect(run('<p>Council</p>', 'Council backs new bridge').result).toBeNull(); // under half the title
    expect(run('<p>Council backs</p>', 'Council backs new bridge').result).toBeNull(); // a space is no separator in English
    expect(run('<p>Council backs new bri</p>', 'Council backs new bridge').result).toBeNull(); // mid-word
    expect(run('<p>The council backs a new bridge over the river.</p>', 'Council backs new bridge').result).toBeNull();
    const long = `Council backs new bridge ${'and a great deal more is said in this long opening paragraph. '.repeat(5)}`;
    expect(run(`<p>${long}</p>`, 'Council backs new bridge').result).toBeNull();
  });

  it("takes a title's start only as the very first line: further down it is a subhead", () => {
    const { result, text } = run(
      '<p>Our correspondent reports from the town hall.</p><h2>Council backs new bridge</h2>',
      'Council backs new bridge, and the ferry goes',
    );
    expect(result).toBeNull();
    expect(text).toContain('Council backs new bridge');
  });

  it('never removes more than the one line, whatever the title and opening', () => {
    const words = fc.constantFrom('council', 'bridge', 'new', 'backs', 'river', '大桥', '议会', 'the', '|', '-');
    const line = fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(line, line, (opening, title) => {
        const before = run(`<p>${opening}</p>`, title);
        const story = run('', title).text;
        expect(before.text === story || before.text === `${opening}${story}`).toBe(true);
        if (before.result) expect(before.text).toBe(story);
      }),
      { numRuns: 100 },
    );
  });
});
