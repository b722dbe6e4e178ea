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

  it("takes a box's title written as a line and a label ending in a colon, whose content is gone", () => {
    // IT-BUSINESS ends on its folded author box: the box's title and the toggle, the bio itself hidden.
    const r = runRule(
      pruneOrphanHeadings,
      '<div class="boxhead">Ergänzendes zum Thema</div><div><div>Über Enrique Nuñez:</div></div>',
    );
    expect(r.removed.map((x) => x.text)).toEqual(['Über Enrique Nuñez:', 'Ergänzendes zum Thema']);
    expect(r.text).toContain('Paragraph 8 of the story');
  });

  it('keeps a closing line with a colon over a picture or a table, and a short closing line of the story', () => {
    const picture = runRule(
      pruneOrphanHeadings,
      '<p>The view from the top:</p><figure><img src="/top.jpg" alt=""></figure>',
    );
    expect(picture.removed).toEqual([]);
    const table = runRule(pruneOrphanHeadings, '<p>Die Ergebnisse:</p><table><tr><td>1</td></tr></table>');
    expect(table.removed).toEqual([]);
    const signoff = runRule(pruneOrphanHeadings, '<p>See you next week.</p><p>– Gary</p>');
    expect(signoff.removed).toEqual([]);
  });

  it("keeps a deals post's last product name over its picture, takes a box's title over thumbnails or a banner", () => {
    const r = runRule(
      pruneOrphanHeadings,
      '<section class="card"><h3>8% Off: 3-Piece PACKOUT 20-in. Utility Cart</h3><div><img src="/a.jpg" alt=""></div></section>' +
        '<div class="ad"></div>' +
        '<section class="card"><h3>29% Off: 15 in. PACKOUT Tool Backpack</h3><div><a href="https://shop.example/p/1"><img src="/b.jpg" alt=""></a></div></section>',
    );
    expect(r.removed).toEqual([]);
    // A box's title over thumbnails further on, in the article's own box, is no card's.
    const gone = runRule(
      pruneOrphanHeadings,
      '<h3>More deals</h3><div><a href="/d"><img src="/d.jpg" alt=""></a></div>',
    );
    expect(gone.removed.map((x) => x.text)).toEqual(['More deals']);
  });

  it("takes a tag list's label left alone at the end, keeps the same word heading a section", () => {
    const r = runRule(pruneOrphanHeadings, '<p>Topics</p>');
    expect(r.removed.map((x) => x.text)).toEqual(['Topics']);
    const section = runRule(
      pruneOrphanHeadings,
      '<p>Topics</p><p>The council will discuss the library, the bridge and the budget at its next meeting.</p>',
    );
    expect(section.removed).toEqual([]);
  });
});
