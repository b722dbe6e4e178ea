/**
 * The library as a zip of Markdown files, one per article (name from the title, front matter with the
 * metadata), for notes apps and plain folders. The zip also carries `winnow-library.json`, the lossless
 * copy, which is what import reads back: Markdown alone cannot restore the clean HTML.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { toMarkdown, type MarkdownOptions } from '../core/export/markdown.js';
import { fileName, uniqueNames } from '../core/export/filename.js';
import { toLibraryFile, type FileProblem } from './library-file.js';
import type { SavedArticle } from './record.js';

export const ARCHIVE_JSON = 'winnow-library.json';

export function libraryZip(
  saved: readonly SavedArticle[],
  exportedAt: string,
  domParser: MarkdownOptions['domParser'],
): Uint8Array {
  const file = toLibraryFile(saved, exportedAt);
  const unique = uniqueNames();
  const entries: Zippable = { [ARCHIVE_JSON]: strToU8(JSON.stringify(file, null, 1)) };
  for (const item of file.articles) {
    const name = unique(fileName(item.article.title, 'md'));
    entries[`markdown/${name}`] = strToU8(toMarkdown(item.article, { domParser, saved: item.savedAt }));
  }
  const mtime = new Date(exportedAt);
  return zipSync(entries, {
    level: 6,
    mtime: mtime.getUTCFullYear() >= 1980 ? mtime : new Date('2020-01-01T00:00:00Z'),
  });
}

export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The library JSON inside a file the reader picked: the file itself, or the copy inside a Winnow zip. */
export function libraryJsonOf(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: FileProblem } {
  if (!isZip(bytes)) {
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, problem: { code: 'not-json' } };
    }
  }
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === ARCHIVE_JSON });
    const json = files[ARCHIVE_JSON];
    return json ? { ok: true, text: strFromU8(json) } : { ok: false, problem: { code: 'foreign' } };
  } catch {
    return { ok: false, problem: { code: 'malformed', detail: 'zip' } };
  }
}
