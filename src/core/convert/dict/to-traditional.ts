/**
 * The Simplified → Traditional dictionaries, gathered in one module so a bundler puts them in one lazily
 * loaded chunk (~1 MB minified, almost all of it STPhrases). Import it only with dynamic `import()`.
 */
export { default as CJK_Compatibility_Ideographs } from 'opencc-js/dict/CJK_Compatibility_Ideographs';
export { default as STPhrases } from 'opencc-js/dict/STPhrases';
export { default as STPhrases_GeneratedFromRegionalPhrases } from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
export { default as STCharacters } from 'opencc-js/dict/STCharacters';
export { default as TWVariants } from 'opencc-js/dict/TWVariants';
export { default as TWVariantsPhrases } from 'opencc-js/dict/TWVariantsPhrases';
export { default as TWPhrases } from 'opencc-js/dict/TWPhrases';
export { default as HKVariants } from 'opencc-js/dict/HKVariants';
export { default as HKVariantsPhrases } from 'opencc-js/dict/HKVariantsPhrases';
