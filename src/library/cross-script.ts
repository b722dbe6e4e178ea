/**
 * Library search across Chinese scripts: a query with Han characters also finds its other spellings
 * (山东新闻 finds a saved 山東新聞, and back), without touching what is stored. The six character
 * converters load on the first such query (their dictionaries are lazy chunks, ~1 MB); Latin queries go
 * straight to the plain search and never load them. If the converters cannot load, the plain search
 * answers: cross-script hits are a bonus, never a reason to lose a hit.
 */
import type { Result } from '../messages/protocol.js';
import { searchEntries, searchEntriesFor } from '../storage/library.js';
import type { LibraryEntry } from '../storage/record.js';
import {
  expandTerms,
  hasHan,
  searchTerms,
  TO_SIMPLIFIED,
  TO_TRADITIONAL,
  type ConvertTerm,
} from '../storage/search.js';

let loading: Promise<ConvertTerm> | null = null;

/** The conversion function, its converters loaded once per page; a failed load is forgotten, so the next query retries. */
export function loadTermConverter(): Promise<ConvertTerm> {
  if (!loading) {
    // Imported here, not at the top, so the library page does not carry the converter until a Han query.
    loading = import('../core/convert/load.js').then(async ({ loadConverter }) => {
      const configs = [...TO_SIMPLIFIED, ...TO_TRADITIONAL];
      const converters = new Map(
        await Promise.all(configs.map(async (config) => [config, await loadConverter(config)] as const)),
      );
      const convert: ConvertTerm = (config, text) => converters.get(config)!.convert(text);
      return convert;
    });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** Entries matching `query`, its Han terms in every script; newest first. */
export async function findEntries(
  query: string,
  load: () => Promise<ConvertTerm> = loadTermConverter,
): Promise<Result<LibraryEntry[]>> {
  const terms = searchTerms(query);
  if (!terms.some(hasHan)) return searchEntries(query);
  let expanded;
  try {
    expanded = expandTerms(terms, await load());
  } catch (error) {
    console.warn('Winnow: converters did not load; searching as typed', error);
    return searchEntries(query);
  }
  return searchEntriesFor(expanded);
}
