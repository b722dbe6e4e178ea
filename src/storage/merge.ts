/**
 * Import merges by URL. For each article in the file:
 *   added    no article with that address in the library;
 *   updated  the library has it, the file's copy differs and was saved later;
 *   skipped  the library has it and its copy is the same, or newer (a stale backup never overwrites).
 * Repeats inside one file count once: the latest copy wins, the others are skipped.
 */
import type { FileArticle } from './library-file.js';
import type { SavedArticle } from './record.js';

export interface MergePlan {
  add: FileArticle[];
  /** The file's copy, and the id of the library entry it replaces. */
  update: Array<{ id: string; incoming: FileArticle }>;
  skipped: number;
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

const same = (a: FileArticle | SavedArticle, b: FileArticle | SavedArticle) =>
  a.script === b.script && JSON.stringify(a.article) === JSON.stringify(b.article);

export function planMerge(existing: ReadonlyMap<string, SavedArticle>, incoming: readonly FileArticle[]): MergePlan {
  const latest = new Map<string, FileArticle>();
  let skipped = 0;
  for (const item of incoming) {
    const seen = latest.get(item.url);
    if (seen) skipped++;
    if (!seen || item.savedAt > seen.savedAt) latest.set(item.url, item);
  }
  const plan: MergePlan = { add: [], update: [], skipped };
  for (const item of latest.values()) {
    const current = existing.get(item.url);
    if (!current) plan.add.push(item);
    else if (!same(current, item) && item.savedAt > current.savedAt)
      plan.update.push({ id: current.id, incoming: item });
    else plan.skipped++;
  }
  return plan;
}
