/**
 * Simplified ⇄ Traditional conversion (issue 7). Dictionaries load lazily through `loadConverter`; nothing
 * here loads them at import time. A content script should import `detect.ts` alone.
 */
export { CONVERT_CONFIGS, CONFIG_INFO, isConvertConfig } from './configs.js';
export type { ConvertConfig, ConfigInfo, Script } from './configs.js';
export type { Converter } from './converter.js';
export { loadConverter } from './load.js';
export { convertElement, convertDocument, CONVERTED_ATTRIBUTES } from './dom.js';
export type { ConvertDomOptions, DomConversion } from './dom.js';
export { convertArticle } from './article.js';
export type { ParseHtml } from './article.js';
export { withExceptions, parseRules } from './exceptions.js';
export type { PhraseRule } from './exceptions.js';
export { detectScript, suggestConfigs } from './detect.js';
export type { Detection } from './detect.js';
