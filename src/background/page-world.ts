/**
 * A page is cleaned from its own world first (src/content/page-world.ts: the isolated world makes the same clean
 * about three times slower in Firefox, its Xray wrappers, and about one and a half times in Chromium). Its answer
 * is checked field by field (page-world-answer.ts); the page it prepared goes to the extractor document for its
 * article (extractor-client.ts), which is said in the reader's words here. A page the page-world cleaner hands back,
 * an answer that is not of the expected shape, an injection or an extraction that fails, is cleaned by content.js
 * as before (null).
 * A multi-page article goes on to more.js as content.js's would: page one is handed over in the isolated world.
 */
import browser from 'webextension-polyfill';
import { ok, type ContentTiming } from '../messages/protocol.js';
import { answerFor, type TimedAnswer } from '../content/answer.js';
import { HANDOVER_GLOBAL, type Handover } from '../content/handover.js';
import { PAGE_WORLD_FILE, PAGE_WORLD_WHOLE_FILE, readPageWorldAnswer } from '../content/page-world-answer.js';
import { extractElsewhere, readyExtractor } from './extractor-client.js';
import { wallClock } from '../ui/stage-marks.js';

export async function cleanInPageWorld(tabId: number): Promise<TimedAnswer | null> {
  // The extractor loads while the page prepares its copy (extractElsewhere waits for it, or tries again).
  void readyExtractor().catch(() => undefined);
  const inject = async (file: string) => {
    try {
      const results = await browser.scripting.executeScript({ target: { tabId }, files: [file], world: 'MAIN' });
      return readPageWorldAnswer(results[0]?.result);
    } catch {
      return null;
    }
  };
  let answer = await inject(PAGE_WORLD_FILE);
  // A large page is cleaned whole where it is (page-world-whole.ts): no hand-over.
  if (answer?.kind === 'whole') answer = await inject(PAGE_WORLD_WHOLE_FILE);
  if (!answer || answer.kind === 'isolated' || answer.kind === 'whole') return null;
  const timing: ContentTiming = {
    ...(answer.parsed === undefined ? {} : { parsed: answer.parsed }),
    started: answer.started,
    done: answer.done,
  };
  let outcome = answer.kind === 'outcome' ? answer.outcome : null;
  if (answer.kind === 'prepared') {
    timing.returned = wallClock();
    const extracted = await extractElsewhere(answer).catch(() => null);
    outcome = extracted?.outcome ?? null;
    if (extracted?.started !== undefined) timing.extracting = extracted.started;
    timing.extracted = wallClock();
  }
  if (!outcome || outcome.kind === 'unmeasured') return null;
  if (outcome.kind === 'article' && answer.pager) {
    const handover: Handover = { more: 'follow', article: outcome.article };
    await browser.scripting.executeScript({
      target: { tabId },
      func: (name: string, value: Handover) => {
        (globalThis as Record<string, unknown>)[name] = value;
      },
      args: [HANDOVER_GLOBAL, handover],
    });
    return { ...ok(outcome.article), more: 'follow', timing };
  }
  return { ...answerFor(outcome), timing };
}
