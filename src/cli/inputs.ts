/**
 * INPUT arguments → sources of bytes: a file, every saved page under a directory, `-` (stdin), or an
 * http(s) URL. Expanding never fails as a whole: a missing file or an empty directory becomes a source whose
 * read() fails, so one bad input is reported on its own line and the batch goes on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InputError, UsageError } from './errors.js';
import type { Io } from './io.js';
import { fetchPage, type FetchLimits } from './fetch.js';

export interface Source {
  /** How the input is named in output and messages: the path as found, `-`, or the URL. */
  label: string;
  kind: 'file' | 'stdin' | 'url';
  /** A file's path as given (its folder holds what a saved page loads: page_files/, stylesheets). */
  path?: string;
  /** Found by walking a directory argument: the run is a batch even if only one page was there. */
  inDirectory?: boolean;
  read(): Promise<Page>;
}

export interface Page {
  bytes: Uint8Array;
  /** The page's own address: file:// for files, the final URL after redirects, null for stdin. */
  url: string | null;
  /** Content-Type header of a fetched page. */
  contentType: string | null;
}

/** Saved pages, as browsers save them, and gzipped the way archives keep them. */
export const PAGE_NAME = /\.html?(\.gz)?$/i;

export async function expandInputs(inputs: readonly string[], io: Io, limits: FetchLimits): Promise<Source[]> {
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError("'-' (stdin) can be given only once");
  const sources: Source[][] = [];
  for (const input of inputs) sources.push(await expandOne(input, io, limits));
  return sources.flat();
}

async function expandOne(input: string, io: Io, limits: FetchLimits): Promise<Source[]> {
  if (input === '-') {
    return [
      { label: '-', kind: 'stdin', read: async () => ({ bytes: await io.readStdin(), url: null, contentType: null }) },
    ];
  }
  if (/^https?:\/\//i.test(input)) return [{ label: input, kind: 'url', read: () => fetchPage(input, limits) }];
  const path = /^file:\/\//i.test(input) ? fileURLToPath(input) : input;
  const info = await stat(path).catch(() => null); // a missing path fails later, as that input's own error
  if (!info?.isDirectory()) return [fileSource(path)];
  const pages = await pagesUnder(path);
  if (pages.length === 0) return [failed(input, 'file', 'no .html/.htm pages in this directory')];
  return pages.map((page) => ({ ...fileSource(page), inDirectory: true }));
}

function fileSource(path: string): Source {
  return {
    label: path,
    kind: 'file',
    path,
    read: async () => ({ bytes: await readFile(path), url: pathToFileURL(resolve(path)).href, contentType: null }),
  };
}

function failed(label: string, kind: Source['kind'], message: string): Source {
  return { label, kind, read: () => Promise.reject(new InputError(message)) };
}

/**
 * Every saved page below `dir`, in a stable order (code-point order of the path, not the locale's), so a
 * batch's output lines up run after run. Symbolic links to directories are not followed: no cycles.
 */
async function pagesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (PAGE_NAME.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) found.push(path);
    }
  };
  await walk(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
