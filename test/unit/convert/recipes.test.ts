/** The assumptions behind recipes.ts and the bundle layout. */
import { describe, expect, it } from 'vitest';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import supplement from '../../../src/core/convert/supplement.js';

const keys = (dict: string) => dict.split('|').map((entry) => entry.split(' ')[0]!);

describe('recipes', () => {
  it('the phrase tables have no one-character entries (segmenting with the shared ST trie relies on it)', () => {
    for (const dict of [STPhrases, STPhrasesRegional]) expect(keys(dict).filter((k) => [...k].length < 2)).toEqual([]);
  });
  it('the t2s supplement adds only what opencc-js lacks', () => {
    const present = new Set(keys(TSCharacters));
    expect(keys(supplement)).toEqual(['殢', '圞', '樠']);
    for (const k of keys(supplement)) expect(present.has(k)).toBe(false);
  });
});
