/**
 * What the in-page benches inject into a page: Readability alone as the anchor, and Winnow's built content
 * script without the footer that runs it, so each run can be timed the same way.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

/** Readability alone, bundled for the page: `__alone()` parses a clone of the document. */
export async function readabilityAloneScript(): Promise<string> {
  const built = await build({
    stdin: {
      contents:
        "import { Readability } from '@mozilla/readability'; globalThis.__alone = () => new Readability(document.cloneNode(true)).parse();",
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  return built.outputFiles[0]!.text;
}

/** The built content script for `kind` from `dist`, defining `__winnow_content` without running it. */
export function winnowContentScript(dist: string, kind: 'chrome' | 'firefox'): string {
  return readFileSync(`${dist}/${kind}/content.js`, 'utf8').replace(/__winnow_content\.run\(\);\s*$/, '');
}
