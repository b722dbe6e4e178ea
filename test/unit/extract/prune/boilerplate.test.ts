import { describe, expect, it } from 'vitest';
import { pruneBoilerplate } from '../../../../src/core/extract/prune/boilerplate.js';
import { STORY, runRule } from './prune-helper.js';

describe('prune: press-release boilerplate', () => {
  it('takes the closing company description and what follows it', () => {
    const r = runRule(
      pruneBoilerplate,
      '<p>Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.</p>' +
        '<p>Ascom is headquartered in Baar (Switzerland) and employs around 1,300 people worldwide.</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:boilerplate', 'prune:boilerplate']);
    expect(r.text).toContain('Paragraph 8 of the story');
  });

  it('keeps a company description in the middle of a story', () => {
    const r = runRule(
      pruneBoilerplate,
      '<p>Acme is a leading provider of bridge parts, and it won the contract last year.</p>',
      { after: STORY },
    );
    expect(r.removed).toEqual([]);
  });
});
