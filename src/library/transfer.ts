/**
 * Export and import on the library page. Export: the whole library as JSON or as a zip of Markdown files
 * (which also carries the JSON). Import: read the file, validate all of it, purify every article (the
 * file came from outside), then merge in one transaction — a refused file changes nothing.
 */
import { purify } from '../core/purify.js';
import type { ExportWindow } from '../core/export/labels.js';
import { fail, ok, type Result } from '../messages/protocol.js';
import { t } from '../i18n/index.js';
import { allArticles, importArticles } from '../storage/library.js';
import { parseLibraryFile, toLibraryFile, type FileProblem } from '../storage/library-file.js';
import { libraryJsonOf, libraryZip } from '../storage/archive.js';
import type { ImportReport } from '../storage/merge.js';

export interface ExportFile {
  blob: Blob;
  filename: string;
  count: number;
}

const stamp = (now: Date) => now.toISOString().slice(0, 10);

export async function exportLibrary(
  kind: 'json' | 'zip',
  win: ExportWindow,
  now = new Date(),
): Promise<Result<ExportFile>> {
  const saved = await allArticles();
  if (!saved.ok) return saved;
  const exportedAt = now.toISOString();
  if (kind === 'json') {
    const json = JSON.stringify(toLibraryFile(saved.value, exportedAt), null, 1);
    return ok({
      blob: new Blob([json], { type: 'application/json' }),
      filename: `winnow-library-${stamp(now)}.json`,
      count: saved.value.length,
    });
  }
  const zip = libraryZip(saved.value, exportedAt, new win.DOMParser());
  return ok({
    blob: new Blob([zip as BlobPart], { type: 'application/zip' }),
    filename: `winnow-library-${stamp(now)}.zip`,
    count: saved.value.length,
  });
}

function problemMessage(problem: FileProblem): string {
  switch (problem.code) {
    case 'not-json':
      return t('libraryImportNotJson');
    case 'foreign':
      return t('libraryImportForeign');
    case 'newer-version':
      return t('libraryImportNewer', problem.version);
    case 'malformed':
      return t('libraryImportMalformed', problem.detail);
  }
}

export async function importLibrary(bytes: Uint8Array, win: ExportWindow): Promise<Result<ImportReport>> {
  const json = libraryJsonOf(bytes);
  if (!json.ok) return fail('invalid-file', problemMessage(json.problem));
  const parsed = parseLibraryFile(json.text);
  if (!parsed.ok) return fail('invalid-file', problemMessage(parsed.problem));
  const clean = parsed.articles.map((item) => ({
    ...item,
    article: { ...item.article, content: purify(item.article.content, win) },
  }));
  return importArticles(clean);
}
