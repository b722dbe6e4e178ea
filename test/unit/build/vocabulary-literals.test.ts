/**
 * The rule vocabularies' table of required literals (src/core/extract/prune/vocabulary-literals.ts, generated) is in
 * step with the rules: a branch missing from it is compiled and run on every line of every page (slow, not wrong),
 * and a stale entry is bytes every click parses for nothing. Read afresh from every module of the core.
 */
import { describe, expect, it, vi } from 'vitest';
import { VOCABULARY_LITERALS_JSON } from '../../../src/core/extract/prune/vocabulary-literals.js';

describe("the rule vocabularies' literal table", () => {
  it('holds, for every branch of every vocabulary, the literals the build reads from it', async () => {
    // A fresh module graph: other files' tests build alternations of their own in this worker.
    vi.resetModules();
    const { vocabularyTable } = await import('../../../src/build/vocabulary-table.js');
    const table = await vocabularyTable();
    expect(
      JSON.parse(VOCABULARY_LITERALS_JSON),
      'out of step with the rules: run `node --import tsx src/build/gen-vocabulary-literals.ts`',
    ).toEqual(table);
    // The rules' vocabularies are there (hundreds of branches, most with a word to look for).
    expect(Object.keys(table).length).toBeGreaterThan(400);
  });
});
