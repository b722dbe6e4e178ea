/**
 * What follows a Chinese story's closing credits (label-lines.ts `pruneAfterCredits`): a WeChat account's menu, a
 * follow prompt, a QR code's caption. Over generated stories: the desk's credits (editor, proofreader, reviewer,
 * source; a colon or a bar; one block a line or `<br>` lines of one block) and after them a tail of short lines in
 * the forms such accounts print — every tail line goes, the story stays word for word. And nothing goes where the
 * credits do not sign the story off: credits above the story, a photographer's credit with short closing lines
 * after it, a tail holding a sentence of prose, a tail as long as a fifth of the article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsAll, p, prune, RUNS } from './story-page.js';
import { hanName, hanParagraph, hanSentence, hanStory } from './prose.js';

const credit = fc
  .record({
    label: fc.constantFrom('编辑', '責任編輯', '责编', '校对', '審核', '来源'),
    mark: fc.constantFrom('：', '|', ':'),
    name: hanName,
  })
  .map(({ label, mark, name }) => `${label}${mark}${name}`);
const credits = fc.array(credit, { minLength: 1, maxLength: 4 });

/** A tail line: a numbered reply menu item, a tap prompt, a QR caption, a short sign-off (all under 30 characters). */
const KEYWORDS = ['公租房', '福利', '社保', '入户', '美图', '垃圾分类', '天氣', '交通'];
const tailLine = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom(...KEYWORDS))
    .map(([n, k]) => `${n}、回复【${k}】查看最新消息`),
  fc.constantFrom(
    '扫描下方二维码解锁更多技能',
    '点击菜单栏【便民服务】解锁更多服务！',
    '看都看完了，点【在看】试试',
    '喜歡就點個讚吧',
    '喜歡這篇文章就分享給朋友吧',
  ),
);
const tail = fc.array(tailLine, { minLength: 1, maxLength: 4 });
/** A story long enough that such a tail is a small part of the article. */
const longStory = fc.array(hanParagraph, { minLength: 8, maxLength: 12 });

const asBlocks = (lines: string[]) => lines.map(p).join('');
const asBr = (lines: string[]) => `<p>${lines.join('<br>')}</p>`;

describe("what follows a story's closing credits", () => {
  it('goes, line by line or block by block; the story stays', () => {
    fc.assert(
      fc.property(longStory, credits, tail, fc.boolean(), (story, signed, after, br) => {
        const html = `${asBlocks(story)}${br ? asBr([...signed, ...after]) : asBlocks([...signed, ...after])}`;
        const run = prune(html, '市府宣布新橋梁工程');
        expect(keepsAll(run, story)).toBe(true);
        for (const line of after) expect(run.kept).not.toContain(line);
      }),
      { numRuns: RUNS, seed: 20261211 },
    );
  });
});

describe('what the rule leaves', () => {
  it('credits above the story take nothing', () => {
    fc.assert(
      fc.property(credits, hanStory, (signed, story) => {
        const run = prune(`${asBlocks(signed)}${asBlocks(story)}`, '市府宣布新橋梁工程');
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS, seed: 20261212 },
    );
  });

  it("a photographer's credit is not the story's end: the short lines after it stay", () => {
    fc.assert(
      fc.property(
        hanStory,
        hanName,
        fc.array(fc.constantFrom('讓我們一起期待。', '（完）', '敬請關注。'), { minLength: 1, maxLength: 2 }),
        (story, name, closing) => {
          const run = prune(`${asBlocks(story)}<p>攝影：${name}</p>${asBlocks(closing)}`, '市府宣布新橋梁工程');
          expect(keepsAll(run, [...story, ...closing])).toBe(true);
        },
      ),
      { numRuns: RUNS, seed: 20261213 },
    );
  });

  it('a tail that holds a sentence of prose stays whole', () => {
    fc.assert(
      fc.property(longStory, credits, tail, hanSentence, hanSentence, (story, signed, after, one, two) => {
        const note = `編者按：${one}${two}`;
        const run = prune(`${asBlocks(story)}${asBlocks(signed)}${asBlocks([...after, note])}`, '市府宣布新橋梁工程');
        expect(keepsAll(run, [...story, ...after, note])).toBe(true);
      }),
      { numRuns: RUNS, seed: 20261214 },
    );
  });

  it('a tail as long as a fifth of the article stays whole', () => {
    // Lines of their own (a repeated line is the duplicates rule's), together more than a fifth of the words.
    const longTail = fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 30, maxLength: 40 })
      .map((ns) => ns.map((n, i) => `${n}、回复【${KEYWORDS[i % KEYWORDS.length]}】查看最新消息`));
    fc.assert(
      fc.property(
        hanStory.map((s) => s.slice(0, 2)),
        credits,
        longTail,
        (story, signed, after) => {
          const run = prune(`${asBlocks(story)}${asBlocks(signed)}${asBlocks(after)}`, '市府宣布新橋梁工程');
          expect(keepsAll(run, [...story, ...after])).toBe(true);
        },
      ),
      { numRuns: RUNS, seed: 20261215 },
    );
  });
});
