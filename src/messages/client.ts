/**
 * Sends a typed request to the background and returns its typed result; transport failures become data. In Chrome
 * it goes by a port to the service worker that controls the page (worker-channel.ts: no JSON between the two), else
 * by `runtime.sendMessage`.
 */
import browser from 'webextension-polyfill';
import { ask, controllingWorker } from './worker-channel.js';
import { t } from '../i18n/index.js';
import {
  NEEDS_SENDER_TAB,
  fail,
  type PageProtocol,
  type PageRequestType,
  type Protocol,
  type RequestType,
  type Response,
} from './protocol.js';

export async function request<K extends RequestType>(type: K, payload: Protocol[K][0]): Promise<Response<K>> {
  try {
    const message = { type, ...payload };
    const worker = NEEDS_SENDER_TAB.has(type) ? null : controllingWorker();
    const response = worker
      ? await ask<Response<K> | undefined>(worker, message)
      : await browser.runtime.sendMessage<unknown, Response<K> | undefined>(message);
    return response ?? fail('failed', t('errorBackground'));
  } catch (error) {
    return fail('failed', `${t('errorBackground')} (${String(error)})`);
  }
}

/** From a script Winnow injected into a page (the picker) to the background. Fire and forget: the page needs no answer. */
export async function pageRequest<K extends PageRequestType>(type: K, payload: PageProtocol[K][0]): Promise<void> {
  await browser.runtime.sendMessage({ type, ...payload }).catch(() => undefined);
}
