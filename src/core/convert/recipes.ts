/**
 * Which OpenCC dictionaries each config runs, copied from OpenCC's `data/config/*.json` (as opencc-js 1.4.2's
 * presets carry them), with one economy: every Simplified → Traditional config segments and converts with
 * the same big trie (STPhrases + STPhrases_GeneratedFromRegionalPhrases + STCharacters), built once and
 * shared. OpenCC builds a separate segmentation trie of the phrases alone; segmenting with the shared trie
 * and counting only matches longer than one character gives the same cuts, because the phrase tables have
 * no one-character entries (checked in the tests). The cuts matter: without them s2twp turns 低级别 into
 * 低階別 (TWPhrases' 低級 matched across STPhrases' 级别), as plain t2twp(s2t(x)) does.
 */
import type { ConvertConfig } from './configs.js';

/** Dictionary names as exported by `dict/to-traditional.ts` and `dict/to-simplified.ts`. */
export type TraditionalDict =
  | 'CJK_Compatibility_Ideographs'
  | 'STPhrases'
  | 'STPhrases_GeneratedFromRegionalPhrases'
  | 'STCharacters'
  | 'TWVariants'
  | 'TWVariantsPhrases'
  | 'TWPhrases'
  | 'HKVariants'
  | 'HKVariantsPhrases';
export type SimplifiedDict =
  | 'CJK_Compatibility_Ideographs'
  | 'TSPhrases'
  | 'TSCharacters'
  | 'TSCharactersExt'
  | 'TWVariantsRev'
  | 'TWVariantsRevPhrases'
  | 'TWPhrasesRev'
  | 'HKVariantsRev'
  | 'HKVariantsRevPhrases';

export interface Recipe<D extends string = string> {
  dicts: 'traditional' | 'simplified';
  /** Apply CJK_Compatibility_Ideographs first (every OpenCC config does). */
  normalize: boolean;
  /** Cut the text at the longest matches of this group; `phrasesOnly`: ignore one-character matches. */
  segmentation?: { group: readonly D[]; phrasesOnly: boolean };
  /** Dictionary groups applied in turn to each segment. */
  chain: readonly (readonly D[])[];
}

const ST_GROUP: readonly TraditionalDict[] = ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases', 'STCharacters'];
const ST_SEGMENTS = { group: ST_GROUP, phrasesOnly: true };
// TSCharactersExt is Winnow's supplement (supplement.ts); OpenCC's t2s chain puts it between these two.
const TS_GROUP: readonly SimplifiedDict[] = ['TSPhrases', 'TSCharactersExt', 'TSCharacters'];
const TS_SEGMENTS = { group: ['TSPhrases'] as const, phrasesOnly: false };

export const RECIPES: Readonly<Record<ConvertConfig, Recipe<TraditionalDict> | Recipe<SimplifiedDict>>> = {
  s2t: { dicts: 'traditional', normalize: true, chain: [ST_GROUP] },
  s2tw: {
    dicts: 'traditional',
    normalize: true,
    segmentation: ST_SEGMENTS,
    chain: [ST_GROUP, ['TWVariantsPhrases', 'TWVariants']],
  },
  s2hk: {
    dicts: 'traditional',
    normalize: true,
    segmentation: ST_SEGMENTS,
    chain: [ST_GROUP, ['HKVariantsPhrases', 'HKVariants']],
  },
  s2twp: {
    dicts: 'traditional',
    normalize: true,
    segmentation: ST_SEGMENTS,
    chain: [ST_GROUP, ['TWPhrases', 'TWVariantsPhrases', 'TWVariants']],
  },
  t2s: { dicts: 'simplified', normalize: true, chain: [TS_GROUP] },
  tw2s: {
    dicts: 'simplified',
    normalize: true,
    segmentation: TS_SEGMENTS,
    chain: [['TWVariantsRevPhrases', 'TWVariantsRev'], TS_GROUP],
  },
  hk2s: {
    dicts: 'simplified',
    normalize: true,
    segmentation: TS_SEGMENTS,
    chain: [['HKVariantsRevPhrases', 'HKVariantsRev'], TS_GROUP],
  },
  tw2sp: {
    dicts: 'simplified',
    normalize: true,
    segmentation: TS_SEGMENTS,
    chain: [['TWPhrasesRev', 'TWVariantsRevPhrases', 'TWVariantsRev'], TS_GROUP],
  },
};
