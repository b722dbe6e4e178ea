import { describe, expect, it } from 'vitest';
import { pruneOrphanHeadings } from '../../../../src/core/extract/prune/orphan-headings.js';
import { runRule } from './prune-helper.js';

describe('prune: headings stranded at the end of the article', () => {
  it('takes the title of a box whose teasers are gone, and a heading left under it', () => {
    // gruene.de ends on "Verwandte Themen" once its slider of topic links is gone.
    const r = runRule(pruneOrphanHeadings, '<h2>Verwandte Themen</h2><div><h3>Mehr</h3></div>');
    expect(r.removed.map((x) => x.text)).toEqual(['Mehr', 'Verwandte Themen']);
    expect(r.text).toContain('Paragraph 8 of the story');
  });

  it('keeps headings that text follows, and a long closing line that happens to be a heading', () => {
    const r = runRule(
      pruneOrphanHeadings,
      '<h2>What the council decided</h2><p>The council voted to keep the library open on Sundays.</p>' +
        '<h3>We will keep reporting on the library and the council until the budget is settled next spring</h3>',
    );
    expect(r.removed).toEqual([]);
  });

  it('leaves a page that is only headings alone', () => {
    const r = runRule(pruneOrphanHeadings, '<h1>Contents</h1><h2>Chapter one</h2>', { before: '' });
    expect(r.removed).toEqual([]);
  });
});
