import { describe, expect, it } from 'vitest';
import { pruneDuplicates } from '../../../../src/core/extract/prune/duplicates.js';
import { paragraphs, runRule, STORY } from './prune-helper.js';

const PARAGRAPHS = [
  'The council voted on Tuesday to build a new bridge across the river, ending a debate that lasted two years.',
  'Residents on the east bank have waited decades for a crossing that does not add half an hour to every trip.',
  'The mayor said the money would come from the regional fund and from a small rise in parking charges downtown.',
  'Opponents argued that the old ferry could be repaired for a fraction of the cost and kept as a local landmark.',
  'Engineers expect construction to begin next spring, once the river authority has approved the final design.',
];
const story = paragraphs(PARAGRAPHS);
const storyText = PARAGRAPHS.join(' ');

describe('prune: duplicates', () => {
  it("keeps each picture's own caption, however alike, and still takes a caption printed twice for one picture", () => {
    const figure =
      '<figure><img src="bridge.jpg"><figcaption>The new bridge seen from the river bank at dawn.</figcaption></figure>';
    const kept = runRule(pruneDuplicates, `<ul><li>${figure}</li><li>${figure}</li><li>${figure}</li></ul>`, {
      before: story,
    });
    expect(kept.removed).toEqual([]);
    expect(kept.root.querySelectorAll('figcaption')).toHaveLength(3);
    const twice = runRule(
      pruneDuplicates,
      '<figure><img src="bridge.jpg"><figcaption><p>The new bridge seen from the river bank at dawn.</p>' +
        '<p>The new bridge seen from the river bank at dawn.</p></figcaption></figure>',
      { before: story },
    );
    expect(twice.removed.map((x) => x.reason)).toEqual(['prune:duplicate']);
  });

  it('takes a second copy of the story in one block and a caption printed twice in a row', () => {
    const caption = '<p>The new bridge seen from the river bank at dawn.</p>';
    const r = runRule(pruneDuplicates, `<div itemscope><p>${storyText}</p></div>${caption}${caption}`, {
      before: story,
    });
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:duplicate', 'prune:duplicate']);
    expect(r.removed[0]!.text).toBe(storyText);
    expect(r.text.match(/The council voted/g)).toHaveLength(1);
    expect(r.text.match(/from the river bank/g)).toHaveLength(1);
  });

  it('takes a copy of three paragraphs as the last block, and keeps one that repeats only two', () => {
    // A copy repeats text first seen in at least three earlier blocks: the fewest that make one, and one short of it.
    const three = PARAGRAPHS.slice(0, 3);
    const copy = runRule(pruneDuplicates, `<p>${three.join(' ')}</p>`, { before: paragraphs(three) });
    expect(copy.removed.map((x) => x.text)).toEqual([three.join(' ')]);
    const two = PARAGRAPHS.slice(0, 2);
    const kept = runRule(pruneDuplicates, `<p>${two.join(' ')}</p>`, { before: paragraphs(two) });
    expect(kept.removed).toEqual([]);
  });

  it('keeps a question an interview asks every guest, far apart', () => {
    const q = '<p>Which kitchen do you love yourself, and are there dishes you never cook at home?</p>';
    const r = runRule(pruneDuplicates, `${q}<p>Anna: Italian, always.</p>${q}<p>Olga: Georgian food.</p>`, {
      before: STORY,
    });
    expect(r.removed).toEqual([]);
  });

  it('takes a summary over the story that the story says again in full, and keeps the story', () => {
    const summary = `摘要：${PARAGRAPHS[0]}`;
    const r = runRule(pruneDuplicates, `<div class="summary">${summary}</div>${story}`, { before: '' });
    expect(r.removed.map((x) => x.text)).toEqual([summary]);
    for (const p of PARAGRAPHS) expect(r.text).toContain(p);
    // A summary in words of its own stays, and so does a lede that only a hidden copy of the story repeats.
    const own = runRule(
      pruneDuplicates,
      '<p>A two-year debate ends with a vote for a crossing east of the ferry.</p>',
      {
        before: '',
        after: story,
      },
    );
    expect(own.removed).toEqual([]);
    // Numbered items that say alike things are a list, and the article's: none of them is a summary.
    const numbered = Array.from(
      { length: 8 },
      (_, i) => `<p>国际新闻第${i + 1}条：多国代表出席气候变化会议并发表联合声明</p>`,
    );
    const listed = runRule(pruneDuplicates, numbered.join(''), { before: '' });
    expect(listed.removed).toEqual([]);
    const lines = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: ${PARAGRAPHS[0]}</p>`);
    expect(runRule(pruneDuplicates, lines.join(''), { before: '' }).removed).toEqual([]);
    const copied = runRule(pruneDuplicates, `<div itemscope><p>${storyText}</p></div>`, { before: story });
    expect(copied.removed.map((x) => x.text)).toEqual([storyText]);
    expect(copied.text).toContain(PARAGRAPHS[0]);
  });
});
