/**
 * The jsdom path's pool of worker threads: each page's CPU work (job.ts) runs in a worker, up to --jobs at once,
 * so a batch uses every core. A page that hangs its worker past the time limit, or crashes it, gets its own
 * error; the worker is replaced and the batch goes on.
 *
 * jsdom keeps some memory of every window it made, closed or not (a few MB a page): a worker that cleaned thousands
 * of pages ran out of heap on an ordinary one. So a worker whose heap is past MAX_HEAP_SHARE full after a page is
 * replaced (not after a count of pages: a fresh worker runs its first pages cold, 12 % slower over the Zyte set when
 * replaced every 100 pages), and a page whose worker crashed gets one more try in a fresh worker (a page that
 * crashes every worker still gets its error).
 *
 * The workers run dist/cli-worker.mjs, which build.mjs writes beside dist/cli.mjs and names through
 * __WINNOW_WORKER__. Run from source (tests, tsx) there is no such file: pages are cleaned in this thread,
 * one at a time, as they are for a single page.
 */
import { Worker } from 'node:worker_threads';
import { runJob, type JobAnswer, type PageJob } from './job.js';

declare const __WINNOW_WORKER__: string | undefined;

/** How full a worker's heap may be after a page before it is replaced: room for one more large page. */
const MAX_HEAP_SHARE = 0.5;
const CRASHED = 'crashed while cleaning';

export interface JsdomPool {
  /** Pages it cleans at once. */
  readonly parallel: number;
  clean(job: PageJob): Promise<JobAnswer>;
  close(): Promise<void>;
}

/** The worker script of the built CLI, or null when running from source. */
function workerScript(): URL | null {
  return typeof __WINNOW_WORKER__ === 'string' ? new URL(__WINNOW_WORKER__, import.meta.url) : null;
}

const inThread: JsdomPool = {
  parallel: 1,
  clean: (job) => runJob(job),
  close: () => Promise.resolve(),
};

/** `workers` threads (0: clean in this thread); each page gets `timeoutMs` of a worker's time. */
export function jsdomPool(workers: number, timeoutMs: number): JsdomPool {
  const script = workerScript();
  if (!script || workers < 1) return inThread;
  const idle: PageWorker[] = [];
  const all = new Set<PageWorker>();
  const cleanIn = async (worker: PageWorker, job: PageJob): Promise<JobAnswer> => {
    const answer = await worker.clean(job, timeoutMs);
    if (!worker.usable) return answer;
    if (worker.heapShare <= MAX_HEAP_SHARE) idle.push(worker);
    else void worker.stop();
    return answer;
  };
  return {
    parallel: workers,
    async clean(job) {
      const answer = await cleanIn(idle.pop() ?? (await PageWorker.start(script, all)), job);
      // A worker may die of what earlier pages left in it, not of this page: one more try, in a fresh worker.
      const crashed = 'error' in answer && answer.error.startsWith(CRASHED);
      return crashed ? cleanIn(await PageWorker.start(script, all), job) : answer;
    },
    async close() {
      await Promise.all([...all].map((worker) => worker.stop()));
    },
  };
}

class PageWorker {
  /** False once the worker hung or died: it is not given another page. */
  usable = true;
  /** How full its heap was after its last page. */
  heapShare = 0;

  private constructor(
    private readonly thread: Worker,
    private readonly all: Set<PageWorker>,
  ) {
    all.add(this);
    // Between pages nobody listens for a worker's end; it must not take the process with it.
    thread
      .on('error', () => {
        this.usable = false;
      })
      .on('exit', () => {
        this.usable = false;
      });
  }

  /** A worker that has loaded its code: start-up time never counts against a page's time limit. */
  static async start(script: URL, all: Set<PageWorker>): Promise<PageWorker> {
    const thread = new Worker(script);
    await new Promise<void>((ready, failed) => {
      thread.once('message', () => ready());
      thread.once('error', failed);
    });
    return new PageWorker(thread, all);
  }

  clean(job: PageJob, timeoutMs: number): Promise<JobAnswer> {
    return new Promise((answer) => {
      const settle = (result: JobAnswer) => {
        clearTimeout(timer);
        this.thread.off('message', onMessage).off('error', onError).off('exit', onExit);
        answer(result);
      };
      const fail = (error: string) => {
        this.retire();
        settle({ error, warning: null });
      };
      const onMessage = ({ heapShare, ...result }: JobAnswer & { heapShare?: number }) => {
        this.heapShare = heapShare ?? 0;
        settle(result);
      };
      const onError = (error: Error) => fail(`${CRASHED}: ${error.message}`);
      const onExit = (code: number) => fail(`${CRASHED} (its worker exited with code ${code})`);
      const timer = setTimeout(() => fail(`timed out after ${timeoutMs / 1000} s while cleaning`), timeoutMs);
      this.thread.on('message', onMessage).once('error', onError).once('exit', onExit);
      this.thread.postMessage(job);
    });
  }

  stop(): Promise<unknown> {
    this.all.delete(this);
    return this.thread.terminate();
  }

  private retire(): void {
    this.usable = false;
    void this.stop();
  }
}
