/**
 * `winnow clean`: each INPUT → bytes → text → engine → core clean() → (transforms) → output.
 *   jsdom (default, fast): the static pipeline in Node (jsdom/job.ts), in a pool of worker threads for a
 *          batch (jsdom/pool.ts);
 *   chromium: the page rendered in headless Chromium, cleaned there by the extension's content-side pipeline
 *             (chromium/engine.ts), several tabs at once.
 * --jobs pages at a time either way; output keeps the input order (pool.ts).
 * One input failing is reported and the batch goes on; see USAGE for the exit status.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteRule } from '../../core/site-rules/types.js';
import type { Article } from '../../core/types.js';
import { readSettingsFile } from '../../settings/file.js';
import type { ChromiumEngine } from '../chromium/engine.js';
import type { InPageOutcome } from '../chromium/in-page.js';
import type { Command } from '../command.js';
import { resolveLabel } from '../../core/charset-prescan.js';
import { decode } from '../decode.js';
import { describe, EngineError, InputError, UsageError } from '../errors.js';
import { jsdomPool, type JsdomPool } from '../jsdom/pool.js';
import { DEFAULT_LIMITS, type FetchLimits } from '../fetch.js';
import { FORMATS, isFormat, type Format } from '../format.js';
import { expandInputs, type Source } from '../inputs.js';
import type { Io } from '../io.js';
import { createWriter, type Result } from '../output.js';
import { inOrder } from '../pool.js';
import { progress } from '../progress.js';
import { NO_ARTICLE, tooManyElements, tooMuchText } from '../refusals.js';
import { applyTransforms, type ArticleTransform } from '../transform.js';
import { convertTransform } from './convert.js';
import { FOLLOW_BUDGET_MS, MAX_PAGES } from '../../core/pages/follow.js';

/** A 100,000-element page takes jsdom about 15 s on a laptop; a hung one never ends. */
const DEFAULT_PAGE_TIMEOUT_MS = 60_000;

const USAGE = `Usage: winnow clean [options] INPUT...

Prints the clean article of each page: the real text, without the hidden spam of hacked and mirrored pages.

INPUT is a saved page, a directory (every *.html, *.htm, *.html.gz, *.htm.gz inside it, recursively, in
sorted order), - for standard input, or an http(s) URL.

Options:
  -f, --format FORMAT    text (default), json, jsonl, html or markdown
      --url URL          the page's address, used to resolve its links (one input only)
      --engine ENGINE    jsdom (default: fast, Node only) or chromium (see below)
  -j, --jobs N           pages cleaned at once: worker threads (jsdom) or tabs in one browser (chromium)
                         (default: the number of cores, here ${defaultJobs()})
      --timeout SECONDS  time limit for fetching a URL; with --engine chromium, for loading each page
                         (default ${DEFAULT_LIMITS.timeoutMs / 1000})
      --page-timeout SECONDS
                         time limit for cleaning one page of a batch (default ${DEFAULT_PAGE_TIMEOUT_MS / 1000})
      --max-size MB      size limit for fetching a URL with --engine jsdom (default ${DEFAULT_LIMITS.maxBytes / 1024 / 1024})
      --charset LABEL    read every input in this encoding (e.g. gbk, windows-1252), whatever it declares
      --convert CONFIG   convert the article between Simplified and Traditional Chinese (see winnow convert)
      --no-follow-pages  clean only the page at each URL, not the following pages of a multi-page article
      --settings FILE    apply the fixes for sites ("Fix this page") kept in a settings file exported from the
                         extension's options
  -h, --help             show this help

Multi-page articles: an http(s) URL whose page links to the following pages of the same article (下一页,
Next page, a numbered pager, rel=next; same origin, only the page number in the address changing) gets them
fetched, cleaned and joined into one article: at most ${MAX_PAGES} pages, in at most ${FOLLOW_BUDGET_MS / 1000} s for the following
pages (past that, the pages ready so far). Saved files and stdin are never followed. Both engines follow:
chromium fetches them from the page itself, as the extension does.

A batch keeps its input order, shows its progress on stderr when that is a terminal, and goes on past a
page that fails, hangs (past --page-timeout) or crashes its worker: that page gets its error like any other.

Formats: json prints the Article object, or an array of them for several inputs; jsonl prints one line per
input, {"file": …, …article} or {"file": …, "error": …}. With several inputs, text, html and markdown print
each article under a "==> FILE <==" header.

Engines: jsdom decides what is hidden from inline styles and the page's own <style> rules. chromium renders
each page in headless Chromium and cleans it with the extension's own in-page pipeline, the popup's: external
stylesheets, layout and colours count too. A saved file (or stdin) is shown under its --url or file:// address
with its scripts off, may load files from its own folder (page_files/) and nothing from the network; a URL is
loaded as a browser would, scripts on. It needs Chromium: sudo apt-get install chromium, or set WINNOW_CHROME
to a Chrome/Chromium binary.

Encoding, as a browser picks it: a byte-order mark, then --charset, then the HTTP charset, then <meta charset>
(also late in the <head>). A declared encoding is obeyed; a warning on stderr names a better one when the
page reads like mojibake in it, and a declaration that leaves most of the page unreadable is overridden.
An undeclared page is read as UTF-8 when it is valid UTF-8, else in the encoding that reads best (windows-1252,
ISO-8859-2, GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR), helped by <html lang>; a doubtful guess is reported.

Exit status: 0 when at least one input gave an article; 1 when none did (every failure is reported on
stderr, e.g. "winnow: no article found in page.html"); 2 on a usage error.`;

export const ENGINES = ['jsdom', 'chromium'] as const;
export type Engine = (typeof ENGINES)[number];

export interface CleanOptions {
  inputs: string[];
  format: Format;
  url: string | null;
  engine: Engine;
  /** Pages cleaned at once (chromium: tabs). */
  jobs: number;
  /** Time one page's cleaning may take before it is given up (its worker or tab is replaced). */
  pageTimeoutMs: number;
  /** `--charset`, resolved to a WHATWG encoding name. */
  charset: string | null;
  limits: FetchLimits;
  /** Steps between clean() and output; `--convert CONFIG` will add one (see transform.ts). */
  transforms: ArticleTransform[];
  /** Join the following pages of a multi-page article at a URL (off with --no-follow-pages). */
  followPages: boolean;
  /** The reader's fixes for sites, from a settings file the extension exported (`--settings FILE`). */
  siteRules: readonly SiteRule[];
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
export function parseCleanArgs(args: string[]): CleanOptions | null {
  const { values, positionals } = parseArgsOrUsage(args);
  if (values.help) return null;
  if (positionals.length === 0) throw new UsageError('no INPUT given');
  const format = values.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(`unknown format '${format}' (use ${FORMATS.join(', ')})`);
  if (values.url !== undefined && !URL.canParse(values.url)) throw new UsageError(`--url: not a URL: '${values.url}'`);
  const engine = values.engine ?? 'jsdom';
  if (!isEngine(engine)) throw new UsageError(`unknown engine '${engine}' (use ${ENGINES.join(' or ')})`);
  const charset = values.charset === undefined ? null : resolveLabel(values.charset);
  if (values.charset !== undefined && !charset) throw new UsageError(`--charset: unknown encoding '${values.charset}'`);
  return {
    inputs: positionals,
    format,
    url: values.url ?? null,
    engine,
    jobs: values.jobs === undefined ? defaultJobs() : wholeNumber('--jobs', values.jobs),
    pageTimeoutMs: positiveNumber('--page-timeout', values['page-timeout'], DEFAULT_PAGE_TIMEOUT_MS / 1000) * 1000,
    charset,
    limits: {
      timeoutMs: positiveNumber('--timeout', values.timeout, DEFAULT_LIMITS.timeoutMs / 1000) * 1000,
      maxBytes: Math.round(
        positiveNumber('--max-size', values['max-size'], DEFAULT_LIMITS.maxBytes / 1024 / 1024) * 1024 * 1024,
      ),
    },
    transforms: values.convert === undefined ? [] : [convertTransform(values.convert)],
    followPages: values['no-follow-pages'] !== true,
    siteRules: values.settings === undefined ? [] : siteRulesFrom(values.settings),
  };
}

/** The site fixes of a settings file exported from the extension's options page. */
function siteRulesFrom(path: string): readonly SiteRule[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`--settings: cannot read '${path}'`);
  }
  const settings = readSettingsFile(text);
  if (!settings) throw new UsageError(`--settings: '${path}' is not a settings file exported from Winnow's options`);
  return settings.siteRules;
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
        engine: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        timeout: { type: 'string' },
        'page-timeout': { type: 'string' },
        'max-size': { type: 'string' },
        convert: { type: 'string' },
        charset: { type: 'string' },
        'no-follow-pages': { type: 'boolean' },
        settings: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs explains unknown options and missing values well; it just needs to end as a usage error.
    throw new UsageError((error as Error).message);
  }
}

const isEngine = (value: string): value is Engine => (ENGINES as readonly string[]).includes(value);

/** One page per core: cleaning is CPU-bound. */
function defaultJobs(): number {
  return availableParallelism();
}

function wholeNumber(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`${flag}: expected a whole number of at least 1, got '${value}'`);
  return number;
}

function positiveNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new UsageError(`${flag}: expected a positive number, got '${value}'`);
  return number;
}

async function cleanAll(options: CleanOptions, io: Io): Promise<number> {
  let chromium: ChromiumEngine | null = null;
  let workers: JsdomPool | null = null;
  try {
    // The browser first: a missing Chromium is said before any input is read.
    if (options.engine === 'chromium') chromium = await startEngine(options, io);
    const sources = await expandInputs(options.inputs, io, options.limits);
    if (options.url && sources.length !== 1) throw new UsageError('--url applies to a single page, not to several');
    const batch = options.inputs.length > 1 || sources.some((source) => source.inDirectory);
    const writer = createWriter(options.format, io, batch);
    let articles = 0;
    let cleanPage: CleanPage;
    let parallel = options.jobs;
    if (chromium) cleanPage = chromiumCleaner(options, chromium);
    else {
      // One page is cleaned in this thread: a worker would only add its start-up.
      workers = jsdomPool(sources.length > 1 ? Math.min(options.jobs, sources.length) : 0, options.pageTimeoutMs);
      cleanPage = jsdomCleaner(options, workers);
      parallel = workers.parallel;
    }
    const shown = progress(io, sources.length);
    await inOrder(
      sources,
      parallel,
      (source) => outcomeOf(source, options, cleanPage),
      ({ result, warnings }) => {
        for (const warning of warnings) shown.say(`winnow: ${result.source.label}: warning: ${warning}\n`);
        if ('article' in result) articles++;
        else
          shown.say(
            `winnow: ${result.error === NO_ARTICLE ? `${NO_ARTICLE} in ${result.source.label}` : `${result.source.label}: ${result.error}`}\n`,
          );
        writer.write(result);
        shown.step();
      },
    );
    shown.end();
    writer.end();
    return articles > 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    io.err(`winnow: ${error.message}\n`);
    return 1;
  } finally {
    await Promise.all([chromium?.close(), workers?.close()]);
  }
}

async function startEngine(options: CleanOptions, io: Io): Promise<ChromiumEngine> {
  // Imported only when chosen: the default path never loads the browser driver.
  const { startChromium } = await import('../chromium/engine.js');
  return startChromium(io.env, {
    tabs: options.jobs,
    loadTimeoutMs: options.limits.timeoutMs,
    cleanTimeoutMs: options.pageTimeoutMs,
    siteRules: options.siteRules,
  });
}

/** An article, or null for "no article"; throws for any other failure. Decoding warnings go into `warnings`. */
type CleanPage = (source: Source, warnings: string[]) => Promise<Article | null>;

interface Outcome {
  result: Result;
  warnings: string[];
}

async function outcomeOf(source: Source, options: CleanOptions, cleanPage: CleanPage): Promise<Outcome> {
  const warnings: string[] = [];
  try {
    const article = await cleanPage(source, warnings);
    if (!article) throw new InputError(NO_ARTICLE);
    return { result: { source, article: await applyTransforms(article, options.transforms) }, warnings };
  } catch (error) {
    // Whatever one page throws — even a bug in core — is that page's error: the batch goes on.
    return { result: { source, error: describe(error) }, warnings };
  }
}

/** Bytes → text, by the same rules for both engines, so they see the same characters. */
async function readText(
  source: Source,
  options: CleanOptions,
  warnings: string[],
): Promise<{ text: string; url: string | null }> {
  const page = await source.read();
  const decoded = decode(page.bytes, { contentType: page.contentType, charset: options.charset });
  if (decoded.warning) warnings.push(decoded.warning);
  return { text: decoded.text, url: page.url };
}

function jsdomCleaner(options: CleanOptions, workers: JsdomPool): CleanPage {
  return async (source, warnings) => {
    // Reading stays here (files, stdin, the network); decoding and cleaning go to a worker.
    const page = await source.read();
    const answer = await workers.clean({
      bytes: page.bytes,
      contentType: page.contentType,
      charset: options.charset,
      url: options.url ?? page.url,
      siteRules: options.siteRules,
      // Only a page fetched from its own address has following pages to fetch (not one shown under --url).
      follow:
        source.kind === 'url' && options.followPages && !options.url
          ? { limits: options.limits, charset: options.charset }
          : null,
    });
    if (answer.warning) warnings.push(answer.warning);
    if ('error' in answer) throw new InputError(answer.error);
    return answer.article;
  };
}

function chromiumCleaner(options: CleanOptions, engine: ChromiumEngine): CleanPage {
  return async (source, warnings) => {
    // A URL is the live page, loaded by the browser itself; files and stdin are rendered from their decoded text.
    if (source.kind === 'url') return articleOf(await engine.cleanUrl(source.label, options.followPages));
    const { text, url } = await readText(source, options, warnings);
    const folder = source.path === undefined ? null : dirname(resolve(source.path));
    return articleOf(await engine.cleanText({ html: text, url: options.url ?? url, folder }));
  };
}

/** The in-page outcome in the jsdom path's words. */
function articleOf(outcome: InPageOutcome): Article | null {
  switch (outcome.kind) {
    case 'article':
      return outcome.article;
    case 'no-article':
      return null;
    case 'too-many-elements':
      throw new InputError(tooManyElements(outcome.count));
    case 'too-much-text':
      throw new InputError(tooMuchText(outcome.count));
    case 'pdf':
      throw new InputError('a PDF, not an HTML page');
    case 'not-html':
      throw new InputError('not an HTML page');
    case 'failed':
      throw new InputError(outcome.message);
  }
}
