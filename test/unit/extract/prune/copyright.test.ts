import { describe, expect, it } from 'vitest';
import { pruneCopyright } from '../../../../src/core/extract/prune/copyright.js';
import { runRule } from './prune-helper.js';

describe('prune: copyright footers', () => {
  it('takes copyright, syndication and Chinese 版权 lines', () => {
    const r = runRule(
      pruneCopyright,
      '<p>© 2019 Capitol Hill Publishing Corp. All rights reserved.</p><p>Via SyndiGate.info</p>' +
        '<p>版权声明：本文版权归作者所有，未经授权禁止转载。</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:copyright', 'prune:copyright', 'prune:copyright']);
  });

  it('keeps a story about a copyright case', () => {
    const r = runRule(
      pruneCopyright,
      "<p>The court ruled that the song did not infringe the band's copyright, ending a five-year dispute over the melody.</p>",
    );
    expect(r.removed).toEqual([]);
  });
});
