/**
 * One page's CPU work on the jsdom path — bytes → text → jsdom → core clean() — the same in this thread and in
 * a worker (worker.ts). Its answer is plain data, so it crosses a thread boundary as it is.
 */
import type { SiteRule } from '../../core/site-rules/types.js';
import type { Article } from '../../core/types.js';
import { decode } from '../decode.js';
import { describe, InputError } from '../errors.js';
import { NO_ARTICLE } from '../refusals.js';
import { extractArticle } from './extract.js';
import type { FollowJob } from './follow.js';

export interface PageJob {
  bytes: Uint8Array;
  contentType: string | null;
  /** `--charset`, resolved: every page read in this encoding, whatever it declares. */
  charset: string | null;
  /** The address links resolve against (--url, the file's or the fetched one); null for stdin. */
  url: string | null;
  /** Set for a fetched page when its following pages are to be joined (`winnow clean URL`, issue 16). */
  follow?: FollowJob | null;
  /** The reader's fixes for sites (`--settings FILE`): plain data, so it crosses to a worker as it is. */
  siteRules?: readonly SiteRule[];
}

export type JobAnswer = ({ article: Article } | { error: string }) & { warning: string | null };

export async function runJob(job: PageJob): Promise<JobAnswer> {
  let warning: string | null = null;
  try {
    const decoded = decode(job.bytes, { contentType: job.contentType, charset: job.charset });
    warning = decoded.warning ?? null;
    const article = await extractArticle(decoded.text, job.url, job.follow ?? null, job.siteRules ?? []);
    if (!article) throw new InputError(NO_ARTICLE);
    return { article, warning };
  } catch (error) {
    // Whatever one page throws — even a bug in core — is that page's error: the batch goes on.
    return { error: describe(error), warning };
  }
}
