/**
 * The cleaner's script as the extension injects it (src/content/page-world.ts, one IIFE whose global is
 * `__winnowPageWorld`), for benches that load it into a page themselves: `banner`/`footer` add code around it,
 * `minify: false` keeps esbuild's `// src/…` module markers for a profile.
 */
import { build } from 'esbuild';

export async function cleanerScript(
  options: { minify?: boolean; banner?: string; footer?: string } = {},
): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: ['src/content/page-world.ts'],
    bundle: true,
    format: 'iife',
    globalName: '__winnowPageWorld',
    write: false,
    minify: options.minify ?? true,
    ...(options.banner ? { banner: { js: options.banner } } : {}),
    ...(options.footer ? { footer: { js: options.footer } } : {}),
  });
  return outputFiles[0]!.text;
}
