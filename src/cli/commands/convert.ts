/**
 * `winnow convert --config CONFIG`: Simplified ⇄ Traditional conversion of standard input (issue 7), and the
 * `--convert CONFIG` step `winnow clean` runs on each article. Both use core's converter (src/core/convert),
 * loaded once per process.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { convertArticle } from '../../core/convert/article.js';
import { CONFIG_INFO, CONVERT_CONFIGS, isConvertConfig, type ConvertConfig } from '../../core/convert/configs.js';
import type { Converter } from '../../core/convert/converter.js';
import { parseRules, withExceptions } from '../../core/convert/exceptions.js';
import { loadConverter } from '../../core/convert/load.js';
import { JSDOM } from 'jsdom';
import type { Command } from '../command.js';
import { describe, UsageError } from '../errors.js';
import type { ArticleTransform } from '../transform.js';

const CONFIG_LIST = CONVERT_CONFIGS.map((c) => `  ${c.padEnd(6)} ${CONFIG_INFO[c].label}`).join('\n');

const USAGE = `Usage: winnow convert --config CONFIG [--exceptions FILE] < INPUT > OUTPUT

Converts UTF-8 text on standard input between Simplified and Traditional Chinese with OpenCC's dictionaries
and prints it; lines, spacing and everything that is not Chinese stay exactly as they were.

CONFIG:
${CONFIG_LIST}

Options:
  -c, --config CONFIG    the conversion (required)
      --exceptions FILE  your own phrases, one per line: "A→B" replaces A with B, a bare "A" keeps A as is;
                         they override the dictionaries
  -h, --help             show this help

Example: winnow convert --config s2tw < news.txt > news-tw.txt`;

/** The config named on the command line, or a usage error listing the valid ones. */
export function parseConfig(value: string | undefined, flag = '--config'): ConvertConfig {
  if (value === undefined) throw new UsageError(`${flag} CONFIG is required (${CONVERT_CONFIGS.join(', ')})`);
  if (!isConvertConfig(value))
    throw new UsageError(`${flag}: unknown config '${value}' (use ${CONVERT_CONFIGS.join(', ')})`);
  return value;
}

async function converterFor(config: ConvertConfig, exceptionsFile?: string): Promise<Converter> {
  const converter = await loadConverter(config);
  if (exceptionsFile === undefined) return converter;
  let text: string;
  try {
    text = readFileSync(exceptionsFile, 'utf8');
  } catch (error) {
    throw new UsageError(`--exceptions: ${exceptionsFile}: ${describe(error)}`);
  }
  return withExceptions(converter, parseRules(text));
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert text on stdin between Simplified and Traditional Chinese',
  usage: USAGE,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        strict: true,
        options: {
          config: { type: 'string', short: 'c' },
          exceptions: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values } = parsed;
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const converter = await converterFor(parseConfig(values.config), values.exceptions);
    // fatal: false — a stray invalid byte becomes U+FFFD rather than losing the whole input.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await io.readStdin());
    // One call over the whole text: no dictionary entry contains a line break, so lines stay lines.
    io.out(converter.convert(text));
    return 0;
  },
};

/** The step `winnow clean --convert CONFIG` adds: converts title, byline, excerpt, content and textContent. */
export function convertTransform(config: string): ArticleTransform {
  const parsed = parseConfig(config, '--convert');
  const parse = (html: string) => new JSDOM(html).window.document;
  return async (article) => convertArticle(article, await loadConverter(parsed), parse);
}
