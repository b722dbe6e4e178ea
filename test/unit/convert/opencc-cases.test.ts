/**
 * OpenCC's own test cases, every one, for the eight configs Winnow offers: 100% — native OpenCC's level.
 * (opencc-js alone gets t2s 52/55: the supplement in src/core/convert/supplement.ts brings the rest.)
 */
import { describe, expect, it } from 'vitest';
import { CONVERT_CONFIGS } from '../../../src/core/convert/configs.js';
import { loadConverter } from '../../../src/core/convert/load.js';
import { casesFor } from './helpers.js';

describe.each(CONVERT_CONFIGS)('%s', (config) => {
  const cases = casesFor(config);
  it('has cases in the fixture', () => expect(cases.length).toBeGreaterThan(10));
  it.each(cases)('$id', async ({ input, expected }) => {
    const converter = await loadConverter(config);
    expect(converter.convert(input)).toBe(expected);
  });
  it.each(cases)('$id, mapped', async ({ input, expected }) => {
    const converter = await loadConverter(config);
    const mapped = converter.convertMapped(input);
    expect(mapped.text).toBe(expected);
    expect(mapped.map(0)).toBe(0);
    expect(mapped.map(input.length)).toBe(expected.length);
  });
});
