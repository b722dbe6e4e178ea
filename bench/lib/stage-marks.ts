/**
 * The popup's stage marks (src/ui/stage-marks.ts) as the benches read them: each stage's time after the click,
 * and one line of medians in the order they happen.
 */

/**
 * The stages from the click to the article, in order: `opened` is the popup document's time origin; the tab's
 * side (start … received) runs from the click, in the background, beside the popup's own.
 */
export const STAGES = [
  'opened',
  'start',
  'inject',
  'content-parsed',
  'content-start',
  'content-done',
  'returned',
  'extracting',
  'extracted',
  'received',
  'ui',
  'frame',
  'sanitised',
  'appended',
  'article',
  'painted',
  'filled',
] as const;
export type Stage = (typeof STAGES)[number];
export type Marks = Record<Stage, number>;
/** Evaluated in the popup: its marks on the wall clock (timeOrigin + mark, or `detail.at` before the popup existed). */
export const MARKS = `Object.fromEntries(${JSON.stringify(STAGES)}.map((stage) => { const mark = performance.getEntriesByName('winnow:' + stage)[0];
  return [stage, stage === 'opened' ? performance.timeOrigin : mark?.detail?.at ?? performance.timeOrigin + (mark?.startTime ?? NaN)]; }))`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Each stage's time after the click, per page (NaN where a stage was not marked). */
export const noteStages = (stages: Record<Stage, number[]>, marks: Marks, clickedAt: number) => {
  // A stage not marked is NaN in the popup, which Chromium's protocol hands back as null (0 in arithmetic).
  for (const stage of STAGES) stages[stage].push(typeof marks[stage] === 'number' ? marks[stage] - clickedAt : NaN);
};
export const newStages = () =>
  Object.fromEntries(STAGES.map((stage) => [stage, [] as number[]])) as Record<Stage, number[]>;
/** One line: the median of each stage after the click, in the order they happen. */
export const stageLine = (stages: Record<Stage, number[]>, label = 'stages, median ms after the click') =>
  console.log(
    `${label}: ${STAGES.map((stage) => {
      const xs = stages[stage].filter(Number.isFinite);
      return `${stage} ${xs.length ? median(xs).toFixed(0) : '–'}`;
    }).join(' · ')}`,
  );
