/**
 * Chrome's fast lane between the service worker and Winnow's own pages (issue 15): a message port, whose messages
 * are structured clones handed over inside the extension's process, instead of `runtime.sendMessage`, which turns
 * every message into JSON and back through the browser's process. Measured in headless Chromium on a 2-core machine,
 * an article of 3 MB (a 100,000-element page's HTML and text) took 240–275 ms from the worker to the popup by
 * `runtime.sendMessage` and 36–46 ms by a port; a Zyte page's prepared copy (0.1–1 MB) pays the same per byte on its
 * way to the extractor document and back.
 *
 *   popup, reader ──(controller.postMessage + port)──► worker: the protocol's handlers (router.ts)
 *   worker ──(client.postMessage + port)──► extractor document: the article of a prepared page
 *
 * Same messages and handlers as the protocol's: only the carrier differs. Who may send is decided by the carrier
 * itself: a worker's clients and a page's controlling worker are always of the extension's own origin — no web
 * page and no content script can reach either — and the origin is checked all the same. Firefox's background is a
 * page, not a worker, so its pages have no controller to hold a port to: they keep `runtime.sendMessage`.
 */

/** A port's end that can post: a `ServiceWorker`, a `Client`, or a test's port. */
export interface Postable {
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/** What the answering side receives: the message, where it came from, and the port to answer on. */
export interface Delivery {
  data: unknown;
  origin: string;
  ports: readonly MessagePort[];
}

/** Posts `message` to `target` with a port of its own, and resolves with the first answer on that port. */
export function ask<T>(target: Postable, message: unknown): Promise<T> {
  const channel = new MessageChannel();
  return new Promise<T>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent) => {
      channel.port1.close();
      resolve(event.data as T);
    };
    target.postMessage(message, [channel.port2]);
  });
}

/**
 * Answers a delivery from `origin` on the port it carried, with what `answer` gives (undefined: not for us, no
 * answer). Returns the pending answer (for `waitUntil`), or null when the delivery is not Winnow's. An answer that
 * fails, or cannot be copied, is answered with undefined, which the asking side takes as no answer: a port left
 * without one would keep it waiting for ever.
 */
export function answerOn(
  delivery: Delivery,
  origin: string,
  answer: (message: unknown) => Promise<unknown> | undefined,
): Promise<void> | null {
  const port = delivery.ports[0];
  if (delivery.origin !== origin || !port) return null;
  const pending = answer(delivery.data);
  if (!pending) return null;
  const post = (value: unknown) => {
    try {
      port.postMessage(value);
    } catch {
      port.postMessage(undefined);
    }
  };
  return pending.then(post, () => post(undefined));
}

/** The extension document at `url` among the worker's clients (Chrome's extractor document), or null. */
export async function clientAt(url: string): Promise<Postable | null> {
  const clients = (globalThis as unknown as { clients?: WorkerClients }).clients;
  if (!clients) return null;
  const all = await clients.matchAll({ includeUncontrolled: true, type: 'all' });
  return all.find((client) => client.url === url) ?? null;
}

interface WorkerClients {
  matchAll(options: { includeUncontrolled: boolean; type: 'all' }): Promise<Array<Postable & { url: string }>>;
}

/** An extension page's controlling worker (Chrome's background), or null where there is none (Firefox). */
export function controllingWorker(): ServiceWorker | null {
  if (__FIREFOX__) return null;
  return (globalThis.navigator as Navigator | undefined)?.serviceWorker?.controller ?? null;
}
