/**
 * Chrome's extractor document (extractor.html, an offscreen document with the reason DOM_PARSER): a service worker
 * has no DOM, so the background sends each prepared page here (src/background/extractor-client.ts) and this page
 * answers with its article. It lives on between clicks, so its code is compiled and warm after the first.
 * It takes requests from Winnow's own extension only, and answers errors as data.
 */
import { fail, ok, type ExtractorRequest, type ExtractorResponse } from '../messages/protocol.js';
import { extractHandoff } from './extract-handoff.js';
import { wallClock } from '../ui/stage-marks.js';
import { answerOn } from '../messages/worker-channel.js';

interface Runtime {
  id: string;
  onMessage: {
    addListener(
      listener: (message: unknown, sender: { id?: string }, respond: (response: ExtractorResponse) => void) => void,
    ): void;
  };
}
const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;

const isExtractorRequest = (message: unknown): message is ExtractorRequest =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'extract-prepared';

function extracted(request: ExtractorRequest): ExtractorResponse {
  const started = wallClock();
  try {
    return { ...ok(extractHandoff(request.handoff)), started };
  } catch (error) {
    return { ...fail('failed', error instanceof Error ? error.message : String(error)), started };
  }
}

runtime.onMessage.addListener((message, sender, respond) => {
  if (sender.id !== runtime.id || !isExtractorRequest(message)) return;
  respond(extracted(message));
});

// The worker's usual way here: a port (worker-channel.ts). Only the extension's own worker can post to this page.
navigator.serviceWorker.addEventListener('message', (event) => {
  void answerOn(event, location.origin, (message) =>
    isExtractorRequest(message) ? Promise.resolve(extracted(message)) : undefined,
  );
});
navigator.serviceWorker.startMessages();
