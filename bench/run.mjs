#!/usr/bin/env node
/**
 * `npm run bench`: runs every bench/*.bench.ts in name order (each a standalone script run with tsx) and
 * prints their figures. Speed and memory targets live here, never in tests. Pass names to run a subset:
 *   npm run bench -- quality convert
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()
  // Whole names: `cli` is not `click`.
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace('.bench.ts', '')));
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  // jsdom keeps some memory of every window it made, closed or not (a few MB a page): the quality bench's
  // development corpus, 306 real pages of up to 2 MB, outgrows node's default heap and then crawls in GC.
  const run = spawnSync(process.execPath, ['--max-old-space-size=12288', '--import', 'tsx', join(here, file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
