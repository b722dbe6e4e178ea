/**
 * The Traditional → Simplified dictionaries (~100 KB minified), one lazily loaded chunk. Import it only with
 * dynamic `import()`.
 */
export { default as CJK_Compatibility_Ideographs } from 'opencc-js/dict/CJK_Compatibility_Ideographs';
export { default as TSPhrases } from 'opencc-js/dict/TSPhrases';
export { default as TSCharacters } from 'opencc-js/dict/TSCharacters';
export { default as TWVariantsRev } from 'opencc-js/dict/TWVariantsRev';
export { default as TWVariantsRevPhrases } from 'opencc-js/dict/TWVariantsRevPhrases';
export { default as TWPhrasesRev } from 'opencc-js/dict/TWPhrasesRev';
export { default as HKVariantsRev } from 'opencc-js/dict/HKVariantsRev';
export { default as HKVariantsRevPhrases } from 'opencc-js/dict/HKVariantsRevPhrases';
export { default as TSCharactersExt } from '../supplement.js';
