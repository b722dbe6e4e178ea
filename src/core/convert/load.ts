/**
 * The one lazily loading entry for the extension pages and the CLI: `loadConverter(config)`. Dictionaries
 * come in with dynamic `import()`, so a bundler with code splitting (esbuild `splitting: true`, `format: 'esm'`)
 * puts them in their own chunks, fetched on first use — one ~1 MB chunk for Simplified → Traditional, one
 * ~100 KB chunk for the reverse. Tries are built once and shared between configs (s2t, s2tw, s2hk and s2twp
 * share the big one); converters are cached per config for the life of the page or process.
 *
 * Never import this from a content script or the service worker: they should not carry the dictionaries.
 * Script detection for those contexts lives in `detect.ts`, which has no dictionary.
 */
import type { Trie } from 'opencc-js/core';
import type { ConvertConfig } from './configs.js';
import { buildStage, chainConverter, type Converter } from './converter.js';
import { RECIPES } from './recipes.js';

type Dicts = Readonly<Record<string, string>>;
const chunks = new Map<'traditional' | 'simplified', Promise<Dicts>>();
const tries = new Map<string, Trie>();
const converters = new Map<ConvertConfig, Promise<Converter>>();

// Literal specifiers, one per chunk, so bundlers can see and split them.
const importChunk = (which: 'traditional' | 'simplified'): Promise<Dicts> =>
  which === 'traditional'
    ? import('./dict/to-traditional.js').then((m) => ({ ...m }))
    : import('./dict/to-simplified.js').then((m) => ({ ...m }));

function loadChunk(which: 'traditional' | 'simplified'): Promise<Dicts> {
  let chunk = chunks.get(which);
  if (!chunk) {
    chunk = importChunk(which);
    chunks.set(which, chunk);
    // A failed fetch (extension updated under an open page, say) should not stick: the next call retries.
    chunk.catch(() => chunks.delete(which));
  }
  return chunk;
}

async function build(config: ConvertConfig): Promise<Converter> {
  const recipe = RECIPES[config];
  const dicts = await loadChunk(recipe.dicts);
  return chainConverter(config, [buildStage(recipe, dicts, tries)]);
}

/** The converter for a config, loading its dictionaries on first use. */
export function loadConverter(config: ConvertConfig): Promise<Converter> {
  let converter = converters.get(config);
  if (!converter) {
    converter = build(config);
    converters.set(config, converter);
    converter.catch(() => converters.delete(config));
  }
  return converter;
}
