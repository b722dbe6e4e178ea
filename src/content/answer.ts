/**
 * The content-side pipeline's outcome (pipeline.ts) in the reader's words: what the cleaner (main.ts) and its
 * second script (more.ts) answer the background with.
 */
import { fail, ok, type ContentTiming, type Response } from '../messages/protocol.js';
import { t } from '../i18n/index.js';
import type { LiveOutcome } from './pipeline.js';
import type { More } from './handover.js';

export type Answer = Response<'extract-tab'>;
/** `more`: the background injects the second script (handover.ts) and answers with its answer instead. */
export type TimedAnswer = Answer & { timing?: ContentTiming; more?: More };

export const wallClock = (): number => performance.timeOrigin + performance.now();

export function answerFor(outcome: Exclude<LiveOutcome, { kind: 'unmeasured' }>): Answer {
  switch (outcome.kind) {
    case 'article':
      return ok(outcome.article);
    case 'too-many-elements':
      return fail('too-large', t('errorTooLarge', outcome.count.toLocaleString()));
    case 'too-much-text':
      return fail('too-large', t('errorTooMuchText', outcome.count.toLocaleString()));
    case 'pdf':
      return fail('restricted', t('errorPdf'));
    case 'not-html':
      return fail('no-article', t('errorNotHtml'));
    case 'no-article':
      return fail('no-article', t(outcome.framed ? 'errorInFrame' : 'errorNoArticle'));
  }
}

/** A bug, as data in the reader's language: the content scripts never throw. */
export const failed = (error: unknown): Answer =>
  fail('failed', t('errorFailed', error instanceof Error ? error.message : String(error)));
