import { describe, expect, it } from 'vitest';
import { pruneByArticleBody } from '../../../../src/core/extract/prune/json-ld-body.js';
import { STORY, runRule } from './prune-helper.js';

const bodyText = Array.from(
  { length: 8 },
  (_, i) =>
    `Paragraph ${i + 1} of the story tells the reader what happened at the council meeting, who spoke, what was decided and why it matters to the town.`,
).join(' ');

describe('prune: JSON-LD articleBody cross-check', () => {
  it('takes a block that shares nothing with a full articleBody, keeps headings', () => {
    const r = runRule(
      (ctx) => pruneByArticleBody(ctx, bodyText),
      '<h2>What happens next</h2><p>Promoted: the best mattress deals this weekend only.</p>',
    );
    expect(r.text).toContain('What happens next');
    expect(r.removed).toEqual([
      { reason: 'prune:not-in-articleBody', text: 'Promoted: the best mattress deals this weekend only.' },
    ]);
  });

  it('does nothing when the articleBody is a teaser or does not match the article', () => {
    const teaser = runRule(
      (ctx) => pruneByArticleBody(ctx, `${bodyText.slice(0, 400)}…`),
      '<p>Promoted: the best mattress deals.</p>',
    );
    expect(teaser.removed).toEqual([]);
    const other = runRule(
      (ctx) => pruneByArticleBody(ctx, 'A completely different text about gardening and roses, '.repeat(20)),
      '<p>Promoted: deals.</p>',
      { before: STORY },
    );
    expect(other.removed).toEqual([]);
  });
});
