/**
 * The corpus and generated-page suites are slow in full (hundreds of real pages through jsdom each), so
 * `npm test` runs a seeded sample of their cases and `npm run bench -- suites` runs every case
 * (WINNOW_FULL=1). Each case asks the same question either way, and a sample is drawn by a fixed seed, so a run
 * asks the same questions as the last one and a failure replays. WINNOW_SAMPLE_SEED=n draws another sample.
 */
import { prng } from './random.js';

/** Every case, not a sample: set by bench/suites.bench.ts. */
export const FULL = process.env.WINNOW_FULL === '1';
/** The seed of the samples, and of the property tests' generated cases (test/setup/fast-check-seed.ts). */
export const SAMPLE_SEED = Number(process.env.WINNOW_SAMPLE_SEED) || 17;

/** `size` of `items`, drawn by the seed and kept in their order (all of them under WINNOW_FULL=1). */
export function sample<T>(items: readonly T[], size: number, seed = SAMPLE_SEED): T[] {
  if (FULL || size >= items.length) return [...items];
  const random = prng(seed);
  const order = items.map((_, i) => ({ i, key: random() }));
  const picked = new Set(
    order
      .sort((a, b) => a.key - b.key)
      .slice(0, size)
      .map((o) => o.i),
  );
  return items.filter((_, i) => picked.has(i));
}

/**
 * At least `perGroup` cases of every group (e.g. every hiding method), drawn by the seed: a sample that still
 * covers each kind of case (all of them under WINNOW_FULL=1).
 */
export function sampleEach<T>(
  items: readonly T[],
  groupOf: (item: T) => string,
  perGroup: number,
  seed = SAMPLE_SEED,
): T[] {
  if (FULL) return [...items];
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(groupOf(item), [...(groups.get(groupOf(item)) ?? []), item]);
  const keep = new Set<T>();
  let n = 0;
  for (const members of groups.values()) for (const item of sample(members, perGroup, seed + n++)) keep.add(item);
  return items.filter((item) => keep.has(item));
}
