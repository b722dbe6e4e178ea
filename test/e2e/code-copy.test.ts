/**
 * Code blocks in the real popup and reader: a CSDN-style page (line-number list, copy button of its own,
 * highlighting spans) shows its code with every line and indent, a copy button per block, and the button puts
 * exactly that code on the clipboard.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLE_SHOWN,
  availableBrowsers,
  launch,
  openExtensionPage,
  serve,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness.js';

const page = readFileSync(new URL('../fixtures/code/csdn.html', import.meta.url), 'utf8');
const JAVA = `public class Hello {
    public static void main(String[] args) {
        System.out.println("你好，世界");
    }
}`;
const available = availableBrowsers();

let server: FixtureServer;
beforeAll(async () => {
  server = await serve({ '/csdn.html': page });
});
afterAll(() => server.close());

const CLICK_COPY = `(async () => {
  const button = document.querySelector('[data-role="article"] .code-block button.code-copy');
  return { code: button.parentElement.querySelector('pre code').textContent, label: button.getAttribute('aria-label'), count: document.querySelectorAll('.code-copy').length };
})()`;

if (available.includes('chrome'))
  describe('code blocks in chrome', () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launch('chrome');
    });
    afterAll(() => browser?.close());

    it('shows the code with its lines and a copy button that copies it', async () => {
      let seen: { code: string; label: string; count: number; copied: string; after: string } | undefined;
      await browser.browser
        .defaultBrowserContext()
        .overridePermissions(browser.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      await browser.clickOn(server.url('/csdn.html'), {
        inPopup: async (popup) => {
          const shown = (await popup.evaluate(CLICK_COPY)) as { code: string; label: string; count: number };
          await popup.bringToFront();
          await popup.click('.code-copy');
          await popup.waitForFunction(`document.querySelector('.code-copy').textContent !== 'Copy'`);
          const after = (await popup.evaluate(`document.querySelector('.code-copy').textContent`)) as string;
          const copied = (await popup.evaluate('navigator.clipboard.readText()')) as string;
          seen = { ...shown, copied, after };
        },
      });
      expect(seen?.count).toBe(1);
      expect(seen?.code).toBe(JAVA);
      expect(seen?.label).toBe('Copy code');
      expect(seen?.after).toBe('Copied');
      expect(seen?.copied).toBe(JAVA);
    });
  });

if (available.includes('firefox'))
  describe('code blocks in firefox', () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launch('firefox');
    });
    afterAll(() => browser?.close());

    it('shows the code in the reader with a copy button that reports the copy', async () => {
      await browser.probe!.evaluate('browser.storage.session.clear()');
      await browser.clickOn(server.url('/csdn.html'), { keepOpen: true });
      const keys = (await browser.probe!.evaluate(
        'browser.storage.session.get(null).then((all) => Object.keys(all))',
      )) as string[];
      const reader = await openExtensionPage(browser, `reader.html?tab=${keys[0]!.split(':')[1]}`);
      await reader.waitForFunction(ARTICLE_SHOWN);
      const shown = (await reader.evaluate(CLICK_COPY)) as { code: string; label: string; count: number };
      expect(shown.count).toBe(1);
      expect(shown.code).toBe(JAVA);
      await reader.click('.code-copy');
      await expect.poll(() => reader.evaluate(`document.querySelector('.code-copy').textContent`)).toBe('Copied');
      await reader.close();
    });
  });
