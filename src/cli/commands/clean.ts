/**
 * `winnow clean`: each INPUT → bytes → text → jsdom → core clean() → (transforms) → output.
 * One input failing is reported and the batch goes on; see USAGE for the exit status.
 */
import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { resolveLabel } from '../charset-prescan.js';
import { decode } from '../decode.js';
import { describe, InputError, UsageError } from '../errors.js';
import { extractArticle } from '../extract.js';
import { DEFAULT_LIMITS, type FetchLimits } from '../fetch.js';
import { FORMATS, isFormat, type Format } from '../format.js';
import { expandInputs, type Source } from '../inputs.js';
import type { Io } from '../io.js';
import { createWriter, type Result } from '../output.js';
import { applyTransforms, type ArticleTransform } from '../transform.js';
import { convertTransform } from './convert.js';

const USAGE = `Usage: winnow clean [options] INPUT...

Prints the clean article of each page: the real text, without the hidden spam of hacked and mirrored pages.

INPUT is a saved page, a directory (every *.html, *.htm, *.html.gz, *.htm.gz inside it, recursively, in
sorted order), - for standard input, or an http(s) URL.

Options:
  -f, --format FORMAT    text (default), json, jsonl, html or markdown
      --url URL          the page's address, used to resolve its links (one input only)
      --timeout SECONDS  time limit for fetching a URL (default ${DEFAULT_LIMITS.timeoutMs / 1000})
      --max-size MB      size limit for fetching a URL (default ${DEFAULT_LIMITS.maxBytes / 1024 / 1024})
      --charset LABEL    read every input in this encoding (e.g. gbk, windows-1252), whatever it declares
      --convert CONFIG   convert the article between Simplified and Traditional Chinese (see winnow convert)
  -h, --help             show this help

Formats: json prints the Article object, or an array of them for several inputs; jsonl prints one line per
input, {"file": …, …article} or {"file": …, "error": …}. With several inputs, text, html and markdown print
each article under a "==> FILE <==" header.

Encoding, as a browser picks it: a byte-order mark, then --charset, then the HTTP charset, then <meta charset>
(also late in the <head>). A declared encoding is obeyed; a warning on stderr names a better one when the
page reads like mojibake in it, and a declaration that leaves most of the page unreadable is overridden.
An undeclared page is read as UTF-8 when it is valid UTF-8, else in the encoding that reads best (windows-1252,
ISO-8859-2, GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR), helped by <html lang>; a doubtful guess is reported.

Exit status: 0 when at least one input gave an article; 1 when none did (every failure is reported on
stderr, e.g. "winnow: no article found in page.html"); 2 on a usage error.`;

interface CleanOptions {
  inputs: string[];
  format: Format;
  url: string | null;
  /** `--charset`, resolved to a WHATWG encoding name. */
  charset: string | null;
  limits: FetchLimits;
  /** Steps between clean() and output; `--convert CONFIG` will add one (see transform.ts). */
  transforms: ArticleTransform[];
}

export const cleanCommand: Command = {
  name: 'clean',
  summary: 'print the clean article of saved pages, directories of them, stdin or URLs',
  usage: USAGE,
  async run(args, io) {
    const options = parseCleanArgs(args);
    if (!options) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    return cleanAll(options, io);
  },
};

/** The parsed options, or null for --help. Throws UsageError. */
function parseCleanArgs(args: string[]): CleanOptions | null {
  const { values, positionals } = parseArgsOrUsage(args);
  if (values.help) return null;
  if (positionals.length === 0) throw new UsageError('no INPUT given');
  const format = values.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(`unknown format '${format}' (use ${FORMATS.join(', ')})`);
  if (values.url !== undefined && !URL.canParse(values.url)) throw new UsageError(`--url: not a URL: '${values.url}'`);
  const charset = values.charset === undefined ? null : resolveLabel(values.charset);
  if (values.charset !== undefined && !charset) throw new UsageError(`--charset: unknown encoding '${values.charset}'`);
  return {
    inputs: positionals,
    format,
    url: values.url ?? null,
    charset,
    limits: {
      timeoutMs: positiveNumber('--timeout', values.timeout, DEFAULT_LIMITS.timeoutMs / 1000) * 1000,
      maxBytes: Math.round(positiveNumber('--max-size', values['max-size'], DEFAULT_LIMITS.maxBytes / 1024 / 1024) * 1024 * 1024),
    },
    transforms: values.convert === undefined ? [] : [convertTransform(values.convert)],
  };
}

function parseArgsOrUsage(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        url: { type: 'string' },
        timeout: { type: 'string' },
        'max-size': { type: 'string' },
        convert: { type: 'string' },
        charset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs explains unknown options and missing values well; it just needs to end as a usage error.
    throw new UsageError((error as Error).message);
  }
}

function positiveNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new UsageError(`${flag}: expected a positive number, got '${value}'`);
  return number;
}

async function cleanAll(options: CleanOptions, io: Io): Promise<number> {
  const sources = await expandInputs(options.inputs, io, options.limits);
  if (options.url && sources.length !== 1) throw new UsageError('--url applies to a single page, not to several');
  const batch = options.inputs.length > 1 || sources.some((source) => source.inDirectory);
  const writer = createWriter(options.format, io, batch);
  let articles = 0;
  for (const source of sources) {
    const result = await cleanOne(source, options, io);
    if ('article' in result) articles++;
    else io.err(`winnow: ${result.error === NO_ARTICLE ? `${NO_ARTICLE} in ${source.label}` : `${source.label}: ${result.error}`}\n`);
    writer.write(result);
  }
  writer.end();
  return articles > 0 ? 0 : 1;
}

const NO_ARTICLE = 'no article found';

async function cleanOne(source: Source, options: CleanOptions, io: Io): Promise<Result> {
  try {
    const page = await source.read();
    const decoded = decode(page.bytes, { contentType: page.contentType, charset: options.charset });
    if (decoded.warning) io.err(`winnow: ${source.label}: warning: ${decoded.warning}\n`);
    const article = extractArticle(decoded.text, options.url ?? page.url);
    if (!article) throw new InputError(NO_ARTICLE);
    return { source, article: await applyTransforms(article, options.transforms) };
  } catch (error) {
    // Whatever one page throws — even a bug in core — is that page's error: the batch goes on.
    return { source, error: describe(error) };
  }
}
