/** The library page's search entry: when it expands a query across scripts, and what it does when it cannot. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConvertTerm } from '../../../src/storage/search.js';

const plain = vi.fn(async (query: string) => ({ ok: true as const, value: [{ id: `plain:${query}` }] }));
const expanded = vi.fn(async (terms: unknown) => ({
  ok: true as const,
  value: [{ id: `expanded:${JSON.stringify(terms)}` }],
}));
// IndexedDB does not run in Node: the storage read is stood in for here, and tested for real in the browsers
// (test/e2e/library.test.ts searches across scripts).
vi.mock('../../../src/storage/library.js', () => ({ searchEntries: plain, searchEntriesFor: expanded }));
const { findEntries } = await import('../../../src/library/cross-script.js');

const toyConvert: ConvertTerm = (config, text) =>
  config.startsWith('s2') ? text.replace('东', '東') : text.replace('東', '东');

describe('findEntries', () => {
  beforeEach(() => {
    plain.mockClear();
    expanded.mockClear();
  });

  it('answers a Latin query with the plain search, without loading the converters', async () => {
    const load = vi.fn(async () => toyConvert);
    expect(await findEntries('Seven bridges', load)).toEqual({ ok: true, value: [{ id: 'plain:Seven bridges' }] });
    expect(load).not.toHaveBeenCalled();
    expect(expanded).not.toHaveBeenCalled();
  });

  it('expands a Han query once the converters are loaded', async () => {
    const load = vi.fn(async () => toyConvert);
    await findEntries('Reader 山东', load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(expanded).toHaveBeenCalledWith(['reader', ['山东', '山東']]);
    expect(plain).not.toHaveBeenCalled();
  });

  it('falls back to the plain search when the converters fail to load', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const load = vi.fn(async (): Promise<ConvertTerm> => {
      throw new Error('chunk gone');
    });
    expect(await findEntries('山东', load)).toEqual({ ok: true, value: [{ id: 'plain:山东' }] });
    expect(expanded).not.toHaveBeenCalled();
  });
});
