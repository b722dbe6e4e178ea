/**
 * The background's side of the protocol: one handler per request type, checked by the compiler.
 * Only Winnow's own extension pages may call it (trust comes from `sender`, never from what a message claims).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { fail, isRequest, type Protocol, type RequestType, type Response } from './protocol.js';

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
