/**
 * Runs Debian's epubcheck (a Java jar on PATH) on a file. Required where installed; .ci/run installs it.
 * Without it the EPUB tests say so loudly, and under WINNOW_REQUIRE_BROWSERS=1 (CI) they fail instead.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

export function findEpubcheck(): string[] | null {
  const which = spawnSync('sh', ['-c', 'command -v epubcheck'], { encoding: 'utf8' });
  const path = which.stdout.trim();
  if (which.status !== 0 || !path) {
    const message =
      'epubcheck is not installed, so EPUB files are not validated. Install it: sudo apt-get install epubcheck';
    if (process.env.WINNOW_REQUIRE_BROWSERS === '1') throw new Error(message);
    console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n${'!'.repeat(100)}\n`);
    return null;
  }
  // Debian installs the jar itself on PATH; it only runs directly where binfmt_misc knows jars.
  const real = realpathSync(path);
  // One short check per JVM: the client compiler alone and the serial collector halve its CPU time (no C2 or
  // parallel-GC threads warming up for a run that ends in seconds).
  return real.endsWith('.jar') ? ['java', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', real] : [real];
}

export interface EpubcheckResult {
  ok: boolean;
  output: string;
}

export function epubcheck(command: string[], file: string): EpubcheckResult {
  const run = spawnSync(command[0]!, [...command.slice(1), file], { encoding: 'utf8', timeout: 60_000 });
  const output = `${run.stdout}\n${run.stderr}`;
  // epubcheck exits 0 only without errors; warnings are reported too, and the tests treat them as failures.
  return { ok: run.status === 0 && !/WARNING|ERROR|FATAL/.test(output), output };
}
