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

/**
 * What the extension's i18n API answers in a content script, for a plain page that has none: the key itself.
 * A refusal (a page past the limits) is said in words, and a content script always has `i18n`; injected into a
 * plain page by a bench it would otherwise throw on `chrome.i18n` (Chromium's pages have `chrome`, not its `i18n`).
 */
const I18N_STAND_IN = `if (!globalThis.browser?.i18n && !globalThis.chrome?.i18n)
  globalThis.browser = { i18n: { getMessage: (key) => key, getUILanguage: () => 'en' } };\n`;

/** The built content script for `kind` from `dist`, defining `__winnow_content` without running it. */
export function winnowContentScript(dist: string, kind: 'chrome' | 'firefox'): string {
  return (
    I18N_STAND_IN + readFileSync(`${dist}/${kind}/content.js`, 'utf8').replace(/__winnow_content\.run\(\);\s*$/, '')
  );
}

/**
 * The built page-world script for `kind` from `dist` (the cleaner's live half, src/content/page-world.ts), defining
 * `__winnow_page_world` without running it: its build wraps it in a function that runs it (build.mjs).
 */
export function pageWorldScript(dist: string, kind: 'chrome' | 'firefox'): string {
  const built = readFileSync(`${dist}/${kind}/page-world.js`, 'utf8');
  const footer = 'return __winnow_page_world.run(parsedAt); })();';
  if (!built.trimEnd().endsWith(footer)) throw new Error('page-world.js: its footer changed (build.mjs)');
  return `${built.trimEnd().slice(0, -footer.length)} globalThis.__winnow_page_world = __winnow_page_world; })();`;
}
