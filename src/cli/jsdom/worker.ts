/**
 * A jsdom worker thread (dist/cli-worker.mjs): cleans the pages the pool (pool.ts) sends it, one at a time,
 * and answers each with its JobAnswer.
 *
 * WINNOW_FAULT_INJECTION=1 (tests only) lets a page ask to misbehave, so the pool's recovery can be tested
 * with the built CLI: a page containing `winnow-fault:hang` never finishes, one with `winnow-fault:crash`
 * ends its worker, one with `winnow-fault:worn` ends a worker that has cleaned a page before (as a worker worn out by
 * what earlier pages left in its memory does).
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { runJob, type PageJob } from './job.js';

const faults = process.env.WINNOW_FAULT_INJECTION === '1';
let cleaned = 0;

function misbehave(job: PageJob): void {
  const text = Buffer.from(job.bytes).toString('latin1');
  if (text.includes('winnow-fault:crash')) process.exit(3);
  if (text.includes('winnow-fault:worn') && cleaned > 0) process.exit(3);
  if (text.includes('winnow-fault:hang')) for (;;);
}

parentPort?.on('message', (job: PageJob) => {
  if (faults) misbehave(job);
  cleaned++;
  // With its answer, how full the worker's heap is: the pool replaces a worker before jsdom's leftovers fill it.
  void runJob(job).then((answer) => {
    const heap = getHeapStatistics();
    parentPort?.postMessage({ ...answer, heapShare: heap.used_heap_size / heap.heap_size_limit });
  });
});
// Ready: the pool starts a page's clock only now, after jsdom and core have loaded.
parentPort?.postMessage('ready');
