/**
 * Vitest global setup for the suites that read dist/ (the built CLI, the extensions): builds once, before any
 * file runs, when a source is newer than the build — so `npm run test:unit` or one e2e file on its own works
 * from a fresh clone, and builds nothing when nothing changed (`npm test` has just built).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INPUTS = ['src', 'icons', 'manifest.json', 'build.mjs', 'package.json'];
const OUTPUTS = ['dist/cli.mjs', 'dist/cli-worker.mjs', 'dist/chrome/manifest.json', 'dist/firefox/manifest.json'];

const mtime = (path: string): number => {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return Number.NaN;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((latest, entry) => Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
};

export default function setup(): void {
  const newestInput = Math.max(...INPUTS.map((path) => mtime(join(ROOT, path))).filter((t) => !Number.isNaN(t)));
  const oldestOutput = Math.min(...OUTPUTS.map((path) => mtime(join(ROOT, path))));
  // NaN: an output is missing.
  if (!(oldestOutput >= newestInput)) execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
