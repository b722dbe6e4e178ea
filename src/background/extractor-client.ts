/**
 * Where a prepared page's article is extracted (src/extractor/): in an extension document that stays warm
 * between clicks. Chrome's service worker has no DOM, so it keeps one offscreen document (reason DOM_PARSER; the
 * `offscreen` permission, which asks the reader nothing at install) and sends it the page. Firefox's background
 * is a page with a DOM: it loads the extractor as a module, once, and runs it itself. The same holds in the popup's
 * first script, which cleans a tab itself when the popup was opened without a click (src/popup/early.ts).
 *
 * `readyExtractor` is called at the click, so the document or module is loading while the page is prepared.
 */
import browser from 'webextension-polyfill';
import type { ExtractorRequest, ExtractorResponse } from '../messages/protocol.js';
import type { Handoff } from '../content/page-world-answer.js';
import type { Extracted } from '../extractor/extract-handoff.js';
import { readOutcome } from '../content/page-world-answer.js';
import { wallClock } from '../ui/stage-marks.js';
import { ask as askPort, clientAt } from '../messages/worker-channel.js';

/** Chrome's offscreen document (build.mjs writes it for Chrome only) and the module Firefox imports. */
export const EXTRACTOR_DOCUMENT = 'extractor.html';
export const EXTRACTOR_MODULE = 'extract-handoff.js';

interface ChromeOffscreen {
  runtime: { getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]> };
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
}
const chromeApi = (): ChromeOffscreen => (globalThis as unknown as { chrome: ChromeOffscreen }).chrome;

type Module = { extractHandoff: (handoff: Handoff) => Extracted };
let module: Promise<Module> | null = null;
let creating: Promise<void> | null = null;
/** Chrome: the document was open at the last look, so the next request goes straight to it. */
let documentOpen = false;

/** Chrome: the one offscreen document, made unless it is open already (Chrome may have closed an idle one). */
async function ensureDocument(): Promise<void> {
  const url = browser.runtime.getURL(EXTRACTOR_DOCUMENT);
  const open = await chromeApi().runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (open.length > 0) return;
  await chromeApi().offscreen.createDocument({
    url: EXTRACTOR_DOCUMENT,
    reasons: ['DOM_PARSER'],
    justification: "Makes the article of a page's markup, once the page has taken out what its reader cannot see.",
  });
}

/** Starts loading the extractor, if it is not loaded: call it as early as possible. */
export function readyExtractor(): Promise<unknown> {
  if (__FIREFOX__) {
    module ??= import(browser.runtime.getURL(EXTRACTOR_MODULE)) as Promise<Module>;
    return module;
  }
  if (documentOpen) return Promise.resolve();
  // Two clicks at once must not both create the document (Chrome allows one): they share the one being made.
  creating ??= ensureDocument()
    .then(() => {
      documentOpen = true;
    })
    .finally(() => {
      creating = null;
    });
  return creating;
}

/**
 * The article of a prepared page, and when the extractor began on it (wall clock); throws when the extractor could
 * not run (the caller cleans the page another way).
 */
export async function extractElsewhere(handoff: Handoff): Promise<{ outcome: Extracted; started?: number }> {
  if (__FIREFOX__) {
    const loaded = (await readyExtractor()) as Module;
    const started = wallClock();
    return { outcome: loaded.extractHandoff(handoff), started };
  }
  const request: ExtractorRequest = { type: 'extract-prepared', handoff };
  // By a port to the document when the worker sees it (worker-channel.ts: no JSON of the page on the way), else by
  // a runtime message.
  const ask = async () => {
    const document = await clientAt(browser.runtime.getURL(EXTRACTOR_DOCUMENT)).catch(() => null);
    if (document) return askPort<ExtractorResponse | undefined>(document, request);
    return browser.runtime
      .sendMessage<ExtractorRequest, ExtractorResponse | undefined>(request)
      .catch((): undefined => undefined);
  };
  await readyExtractor();
  let response = await ask();
  if (!response) {
    // No document answered: Chrome closed it since the last look. Once more, with the document made again.
    documentOpen = false;
    await readyExtractor();
    response = await ask();
  }
  if (!response) throw new Error('the extractor document did not answer');
  if (!response.ok) throw new Error(response.error.message);
  const outcome = readOutcome(response.value);
  if (outcome?.kind !== 'article' && outcome?.kind !== 'no-article') throw new Error('the extractor answered amiss');
  return { outcome, ...(typeof response.started === 'number' ? { started: response.started } : {}) };
}
