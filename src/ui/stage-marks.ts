/**
 * Performance marks along the way from the toolbar click to the article on screen, read by the click benchmark
 * (bench/click.bench.ts prints the median of each stage). A mark costs nothing that a reader notices, and the
 * page's own timeline is never written: the content script's moments travel back with its answer
 * (`ContentTiming`) and are marked here, in the extension page.
 *
 *   start ─► inject ─► content-parsed ─► content-start ─► content-done ─► returned ─► extracting ─► extracted
 *   ─► received   (the tab's side; `extracting` … `extracted`: the extractor document making the article of the page
 *   the page world prepared)
 *   ui ─► frame ─► sanitised ─► appended ─► article ─► painted ─► filled   (the popup's own side; a very long
 *                                                                         article fills in slices after painted)
 */
export type Stage =
  | 'start'
  | 'inject'
  | 'content-parsed'
  | 'content-start'
  | 'content-done'
  | 'returned'
  | 'extracting'
  | 'extracted'
  | 'received'
  | 'ui'
  | 'frame'
  | 'sanitised'
  | 'appended'
  | 'article'
  | 'painted'
  | 'filled';

/**
 * Marks a stage now, or at a moment on the wall clock (`performance.timeOrigin + performance.now()` elsewhere).
 * A moment before this page existed (the toolbar click, the background's injection) cannot be a mark's start
 * time — browsers refuse or clamp negative ones — so it is marked at the origin, its moment kept in `detail.at`.
 */
export function markStage(stage: Stage, at?: number): void {
  try {
    const startTime = at === undefined ? undefined : at - performance.timeOrigin;
    if (startTime !== undefined && startTime < 0) performance.mark(`winnow:${stage}`, { startTime: 0, detail: { at } });
    else performance.mark(`winnow:${stage}`, startTime === undefined ? undefined : { startTime });
  } catch {
    // Marks are for the benchmark: never worth an error in the reader's popup.
  }
}

/** Now on the wall clock, comparable across the extension's pages and the tab (to the millisecond). */
export const wallClock = (): number => performance.timeOrigin + performance.now();
