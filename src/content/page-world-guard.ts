/**
 * What both page-world scripts (page-world.ts, page-world-whole.ts) do around their clean: ask whether the page
 * left the built-ins as the browser made them, note when the clean begins, and make a throw a hand-back to content.js
 * (the isolated world, where the page's changes do not reach).
 */
import { replacedBuiltin } from './builtins-intact.js';
import { wallClock } from '../ui/stage-marks.js';
import type { PageWorldAnswer } from './page-world-answer.js';

/**
 * `clean`'s answer, given the moments so far: `parsed` (wall clock: the script's first line ran, build.mjs passes
 * it) and `started` (its modules set up, the clean begins).
 */
export function guarded(
  parsed: number | undefined,
  clean: (moments: { parsed?: number; started: number }) => PageWorldAnswer,
): PageWorldAnswer {
  const started = wallClock();
  const replaced = replacedBuiltin(window);
  if (replaced) return { kind: 'isolated', why: `builtins: ${replaced}` };
  try {
    return clean({ ...(parsed === undefined ? {} : { parsed }), started });
  } catch (error) {
    return { kind: 'isolated', why: error instanceof Error ? error.message : String(error) };
  }
}
