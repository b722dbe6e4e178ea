/**
 * The in-page bundle (in-page.ts) as source text, ready to evaluate in a tab. The built CLI carries it inline
 * (build.mjs defines __WINNOW_IN_PAGE__), so dist/cli.mjs needs no file beside it; run from source (tests,
 * tsx) it is bundled here on first use with esbuild, a devDependency that a source checkout has.
 */
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

declare const __WINNOW_IN_PAGE__: string | undefined;

/** The global the bundle defines; see in-page.ts. */
export const IN_PAGE_GLOBAL = '__winnow_cli';

/** The same options build.mjs uses, so source runs and the built CLI evaluate the same code. */
export const IN_PAGE_BUILD: BuildOptions = {
  bundle: true,
  format: 'iife',
  globalName: IN_PAGE_GLOBAL,
  platform: 'browser',
  target: 'chrome120',
  charset: 'utf8',
  legalComments: 'none',
  minify: true,
  define: { __FIREFOX__: 'false' },
};

let cached: Promise<string> | null = null;

export function inPageScript(): Promise<string> {
  if (typeof __WINNOW_IN_PAGE__ === 'string') return Promise.resolve(__WINNOW_IN_PAGE__);
  cached ??= (async () => {
    const { build } = await import('esbuild');
    const built = await build({
      ...IN_PAGE_BUILD,
      entryPoints: [fileURLToPath(new URL('./in-page.ts', import.meta.url))],
      write: false,
      logLevel: 'warning',
    });
    return built.outputFiles?.[0]?.text ?? '';
  })();
  return cached;
}
