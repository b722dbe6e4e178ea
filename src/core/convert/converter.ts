/**
 * The Converter every other part of Winnow holds: a config's stages chained, as a plain string function and
 * as a mapped one for the DOM writer. Built from already loaded dictionaries (`load.ts` does the loading).
 */
import type { ConvertConfig } from './configs.js';
import { CONFIG_INFO } from './configs.js';
import { groupTrie, Stage, type Mapped } from './engine.js';
import { composeMaps, identityMap, proportionalMap } from './offset-map.js';
import type { Trie } from 'opencc-js/core';
import type { Recipe } from './recipes.js';

export interface Converter {
  readonly config: ConvertConfig;
  /** BCP 47 tag of the converted text (zh-Hant-TW, zh-Hant-HK, zh-Hans, zh-Hant). */
  readonly lang: string;
  /**
   * True when the converter never changes the number of code points (character configs without the
   * reader's exceptions), which lets the DOM writer cut blocks by offset without asking for a map.
   */
  readonly keepsLength: boolean;
  convert(text: string): string;
  /**
   * The same text as `convert`, plus where each source offset went. Always exact in text; the map is exact
   * outside replacements that changed length and proportional inside them.
   */
  convertMapped(text: string): Mapped;
}

/**
 * Builds a config's stage from its recipe and the dictionaries (name → serialised dictionary). Tries are
 * cached by group in `tries`, so configs sharing a group (the big ST group) share one trie.
 */
export function buildStage(
  recipe: Recipe,
  dicts: Readonly<Record<string, string>>,
  tries = new Map<string, Trie>(),
): Stage {
  const group = (names: readonly string[]): Trie => {
    const key = names.join('+');
    let trie = tries.get(key);
    if (!trie) {
      trie = groupTrie(
        names.map((name) => {
          const dict = dicts[name];
          if (dict === undefined) throw new Error(`convert: dictionary ${name} is not loaded`);
          return dict;
        }),
      );
      tries.set(key, trie);
    }
    return trie;
  };
  return new Stage(
    recipe.chain.map(group),
    recipe.segmentation && { trie: group(recipe.segmentation.group), phrasesOnly: recipe.segmentation.phrasesOnly },
    recipe.normalize ? group(['CJK_Compatibility_Ideographs']) : undefined,
  );
}

export function chainConverter(config: ConvertConfig, stages: readonly Stage[]): Converter {
  const convert = (text: string): string => stages.reduce((s, stage) => stage.convert(s), text);
  return {
    config,
    lang: CONFIG_INFO[config].lang,
    keepsLength: !CONFIG_INFO[config].phrases,
    convert,
    convertMapped(text) {
      const plain = convert(text);
      let mapped: Mapped = { text, map: identityMap };
      for (const stage of stages) {
        const next = stage.convertMapped(mapped.text);
        mapped = { text: next.text, map: composeMaps(mapped.map, next.map) };
      }
      // The mapped walk skips opencc-js's special case for ideographic description sequences (⿰氵工); if it
      // ever disagrees, keep opencc-js's text and fall back to a proportional map rather than guess.
      return mapped.text === plain
        ? { text: plain, map: mapped.map }
        : { text: plain, map: proportionalMap(text.length, plain.length) };
    },
  };
}
