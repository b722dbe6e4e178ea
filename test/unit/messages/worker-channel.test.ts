/**
 * Chrome's port between the worker and Winnow's pages (src/messages/worker-channel.ts), over real message ports
 * (Node's, the same structured clone as the browser's): the answer reaches the asker, a stranger's message gets
 * none, and an answer that fails or cannot be copied still ends the wait.
 */
import { describe, expect, it } from 'vitest';
import { answerOn, ask, type Delivery, type Postable } from '../../../src/messages/worker-channel.js';

const ORIGIN = 'chrome-extension://winnow';

/** A receiving end that hands every delivery to `onDelivery`, as a worker's or a page's message event would. */
function endpoint(origin: string, onDelivery: (delivery: Delivery) => unknown): Postable {
  return {
    postMessage(message, transfer) {
      onDelivery({ data: structuredClone(message), origin, ports: transfer as MessagePort[] });
    },
  };
}

/** Resolves with the answer, or with 'no answer' when none has come by the time a few tasks have passed. */
async function answerOrNone<T>(asked: Promise<T>): Promise<T | 'no answer'> {
  const none = new Promise<'no answer'>((done) => setTimeout(() => done('no answer'), 100));
  return Promise.race([asked, none]);
}

describe('the worker channel', () => {
  it('brings back the answer to what was asked, copied, as large as an article of a huge page', async () => {
    const content = '<p>' + 'A long story. '.repeat(100_000) + '</p>';
    const target = endpoint(ORIGIN, (delivery) =>
      answerOn(delivery, ORIGIN, (message) =>
        Promise.resolve({ ok: true, value: { asked: message, content, length: content.length } }),
      ),
    );
    const answer = await ask<{ ok: boolean; value: { asked: unknown; content: string; length: number } }>(target, {
      type: 'tab-article',
      tabId: 7,
    });
    expect(answer.value.asked).toEqual({ type: 'tab-article', tabId: 7 });
    expect(answer.value.content).toBe(content);
  });

  it('answers nothing to a message from another origin, or to one that is not for it', async () => {
    let answered = 0;
    const handler = () => {
      answered++;
      return Promise.resolve('secret');
    };
    const stranger = endpoint('https://example.com', (delivery) =>
      expect(answerOn(delivery, ORIGIN, handler)).toBeNull(),
    );
    expect(await answerOrNone(ask(stranger, { type: 'tab-article', tabId: 1 }))).toBe('no answer');
    expect(answered).toBe(0);

    const notOurs = endpoint(ORIGIN, (delivery) => expect(answerOn(delivery, ORIGIN, () => undefined)).toBeNull());
    expect(await answerOrNone(ask(notOurs, { type: 'something-else' }))).toBe('no answer');
  });

  // Undefined, which Node's ports deliver as null: the asking side takes either as no answer.
  const NO_VALUE = [undefined, null];

  it('ends the wait with no value when the answer fails or cannot be copied', async () => {
    const failing = endpoint(ORIGIN, (delivery) =>
      answerOn(delivery, ORIGIN, () => Promise.reject(new Error('the handler broke'))),
    );
    expect(NO_VALUE).toContain(await answerOrNone(ask(failing, { type: 'tab-article', tabId: 1 })));

    const uncloneable = endpoint(ORIGIN, (delivery) =>
      answerOn(delivery, ORIGIN, () => Promise.resolve({ ok: true, value: () => 'a function' })),
    );
    expect(NO_VALUE).toContain(await answerOrNone(ask(uncloneable, { type: 'tab-article', tabId: 1 })));
  });
});
