/**
 * The background's side of the protocol: one handler per request type, checked by the compiler.
 * Only Winnow's own extension pages may call it (trust comes from `sender`, never from what a message claims).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import {
  NEEDS_SENDER_TAB,
  fail,
  isRequest,
  type PageProtocol,
  type PageRequestType,
  type Protocol,
  type RequestType,
  type Response,
  type Result,
} from './protocol.js';
import { answerOn, type Delivery } from './worker-channel.js';

export type Handlers = {
  [K in RequestType]: (payload: Protocol[K][0], sender: Runtime.MessageSender) => Promise<Response<K>>;
};

export function listen(handlers: Handlers): void {
  const handle = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isRequest(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type] as (p: unknown, s: Runtime.MessageSender) => Promise<Response<RequestType>>;
    return handler(message, sender).catch((error: unknown) => fail('failed', `Something went wrong: ${String(error)}`));
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
    return handle(message, sender);
  });
  // Chrome's worker: the same requests by a port from the pages it controls (worker-channel.ts), whose origin is
  // the extension's own. The sender a handler sees is the page's address, as runtime messages give it.
  const worker = serviceWorkerScope();
  if (!worker) return;
  const origin = new URL(browser.runtime.getURL('')).origin;
  worker.addEventListener('message', (event) => {
    const sender: Runtime.MessageSender = { id: browser.runtime.id, url: event.source?.url };
    const pending = answerOn(event, origin, (message) =>
      isRequest(message) && NEEDS_SENDER_TAB.has(message.type)
        ? Promise.resolve(fail('failed', `${message.type} needs a runtime message, which names the sender's tab`))
        : handle(message, sender),
    );
    if (pending) event.waitUntil(pending);
  });
}

/** What the router needs of a service worker's global scope (the DOM library has no worker types). */
interface WorkerScope {
  addEventListener(
    type: 'message',
    listener: (
      event: Delivery & { source: { url?: string } | null; waitUntil(promise: Promise<unknown>): void },
    ) => void,
  ): void;
}

/** The service worker's global scope, when this runs in one (Chrome's background); null in Firefox's page. */
function serviceWorkerScope(): WorkerScope | null {
  const scope = globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown };
  return scope.ServiceWorkerGlobalScope && globalThis instanceof scope.ServiceWorkerGlobalScope ? globalThis : null;
}

export type PageHandlers = {
  [K in PageRequestType]: (
    payload: PageProtocol[K][0],
    page: { tabId: number; url: string },
  ) => Promise<Result<PageProtocol[K][1]>>;
};

/**
 * The background's side of the page protocol: only Winnow's own injected scripts can send it (a web page has no
 * way into runtime.sendMessage without `externally_connectable`, which Winnow does not declare), from the top
 * frame of a tab. The tab and address the handler gets are the sender's.
 */
export function listenToPage(handlers: PageHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0 || !sender.url)
      return undefined;
    if (sender.url.startsWith(browser.runtime.getURL(''))) return undefined;
    if (!isRequest(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as PageRequestType] as (
      p: unknown,
      page: { tabId: number; url: string },
    ) => Promise<Result<null>>;
    return handler(message, { tabId, url: sender.url }).catch((error: unknown) =>
      fail('failed', `Something went wrong: ${String(error)}`),
    );
  });
}
