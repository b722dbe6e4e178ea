/**
 * Results → standard output, framing a batch per format:
 *   jsonl       one line per input: {file, ...article} or {file, error}  (URL inputs: {url, ...} instead)
 *   json        one input: the Article itself; a batch: an array of the same records as jsonl
 *   text, html, markdown   one input: the article; a batch: each article under a `==> file <==` header,
 *                          as head(1) does. Failed inputs print nothing here; their message is on stderr.
 * Records stream out as each input finishes, so a long batch shows progress and a crash loses nothing.
 */
import type { Article } from '../core/types.js';
import { formatHtml, formatJson, formatMarkdown, formatText, type Format } from './format.js';
import type { Source } from './inputs.js';
import type { Io } from './io.js';

export type Result = { source: Source; article: Article } | { source: Source; error: string };

export interface Writer {
  write(result: Result): void;
  end(): void;
}

const RENDER: Record<'text' | 'html' | 'markdown', (article: Article) => string> = {
  text: formatText,
  html: formatHtml,
  markdown: formatMarkdown,
};

/** The record of one input in jsonl and batch json: which input, then the article or the error. */
export function record(result: Result): Record<string, unknown> {
  const key = result.source.kind === 'url' ? 'url' : 'file';
  // An article already carries its url (the final one, after redirects); files get theirs as given.
  if ('article' in result)
    return key === 'url' ? { ...result.article } : { file: result.source.label, ...result.article };
  return { [key]: result.source.label, error: result.error };
}

export function createWriter(format: Format, io: Io, batch: boolean): Writer {
  if (format === 'jsonl') {
    return { write: (result) => io.out(`${JSON.stringify(record(result))}\n`), end: () => {} };
  }
  if (format === 'json' && !batch) {
    return { write: (result) => void ('article' in result && io.out(formatJson(result.article))), end: () => {} };
  }
  if (format === 'json') {
    let count = 0;
    const indent = (json: string) => json.replace(/\n/g, '\n  ');
    return {
      write: (result) => io.out(`${count++ === 0 ? '[\n' : ',\n'}  ${indent(JSON.stringify(record(result), null, 2))}`),
      end: () => io.out(count === 0 ? '[]\n' : '\n]\n'),
    };
  }
  const render = RENDER[format];
  let printed = 0;
  return {
    write: (result) => {
      if (!('article' in result)) return;
      const header = batch ? `${printed > 0 ? '\n' : ''}==> ${result.source.label} <==\n` : '';
      io.out(header + render(result.article));
      printed++;
    },
    end: () => {},
  };
}
