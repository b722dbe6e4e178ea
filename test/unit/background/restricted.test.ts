import { describe, expect, it } from 'vitest';
import { isWebPage, restrictionOf } from '../../../src/background/restricted.js';

describe('restrictionOf', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://flags', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['moz-extension://uuid/reader.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.com/paper.pdf', 'pdf'],
    ['file:///home/a/paper.pdf', 'pdf'],
    [undefined, 'unknown'],
  ])('%s → %s', (url, expected) => expect(restrictionOf(url)).toBe(expected));

  it.each([
    'https://example.com/news/1.html',
    'http://127.0.0.1:8080/a',
    'https://chrome.google.com/search?q=x',
    'file:///home/a/page.html',
  ])('lets %s through', (url) => expect(restrictionOf(url)).toBeNull());
});

describe('isWebPage: a page that must never be called restricted', () => {
  it.each(['https://example.com/news/1.html', 'http://127.0.0.1:8080/a', 'HTTPS://EXAMPLE.COM/'])('%s is one', (url) =>
    expect(isWebPage(url)).toBe(true),
  );
  it.each([
    undefined,
    'file:///home/a/page.html',
    'https://chromewebstore.google.com/detail/x',
    'https://example.com/paper.pdf',
    'chrome://settings/',
    'view-source:https://example.com/',
  ])('%s is not', (url) => expect(isWebPage(url)).toBe(false));
});
