/**
 * The background's side of the protocol: one handler per request type, checked by the compiler.
 * Only Winnow's own extension pages may call it (trust comes from `sender`, never from what a message claims).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import {
  fail,
  isRequest,
  type PageProtocol,
  type PageRequestType,
  type Protocol,
  type RequestType,
  type Response,
  type Result,
} from './protocol.js';

export type Handlers = {
  [K in RequestType]: (payload: Protocol[K][0], sender: Runtime.MessageSender) => Promise<Response<K>>;
};

export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
    if (!isRequest(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type] as (p: unknown, s: Runtime.MessageSender) => Promise<Response<RequestType>>;
    return handler(message, sender).catch((error: unknown) => fail('failed', `Something went wrong: ${String(error)}`));
  });
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
