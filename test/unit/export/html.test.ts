import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { toStandaloneHtml } from '../../../src/core/export/html.js';
import { article, PNG, SAVED, win } from './fixture.js';

const css = readFileSync(new URL('../../../src/ui/article.css', import.meta.url), 'utf8');
const load = (html: string) => new JSDOM(html).window.document;

describe('standalone HTML', () => {
  it('inlines the reader stylesheet, forbids scripts and keeps the metadata', () => {
    const html = toStandaloneHtml(article(), { win, css, saved: SAVED });
    const doc = load(html);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelector('style')!.textContent).toContain(css.trim());
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain(
      "default-src 'none'",
    );
    expect(doc.querySelector('meta[charset]')).not.toBeNull();
    expect(doc.title).toBe(article().title);
    expect(doc.documentElement.lang).toBe('zh-TW');
    expect(doc.querySelector('h1')!.textContent).toBe(article().title);
    expect(doc.querySelector('.article-meta')!.textContent).toBe('張春曉 · Example News · 2024-05-01');
    expect(doc.querySelector('meta[name="winnow:source"]')!.getAttribute('content')).toBe(article().url);
    expect(doc.querySelectorAll('script, [onerror]')).toHaveLength(0);
    expect(html).not.toContain('javascript:');
    expect(doc.querySelector('table td')!.textContent).toBe('2020');
    expect(doc.querySelector('pre code')!.textContent).toContain('const a = 1 < 2;');
  });

  it('embeds the images it was given as data URLs and links the rest, and says so', () => {
    const images = new Map([
      ['https://news.example/img/photo.png', { url: 'https://news.example/img/photo.png', bytes: PNG }],
    ]);
    const doc = load(toStandaloneHtml(article(), { win, css, saved: SAVED, images }));
    const srcs = Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src'));
    expect(srcs[0]).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(srcs).toContain('https://cdn.other.example/remote.jpg');
    expect(doc.querySelectorAll('img[srcset]')).toHaveLength(0);
    expect(doc.querySelector('meta[name="winnow:images"]')!.getAttribute('content')).toBe('mixed');
    expect(doc.querySelector('.images-note')!.textContent).toMatch(/1 images are embedded.*2 are links/);
  });

  it('says images are links when none could be read, and refuses bytes that are not an image', () => {
    const images = new Map([
      [
        'https://news.example/img/photo.png',
        { url: 'https://news.example/img/photo.png', bytes: new TextEncoder().encode('<html>') },
      ],
    ]);
    const doc = load(toStandaloneHtml(article(), { win, css, saved: SAVED, images }));
    expect(Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src'))).toEqual([
      'https://news.example/img/photo.png',
      'https://cdn.other.example/remote.jpg',
      'https://news.example/2024/05/x',
    ]);
    expect(doc.querySelector('meta[name="winnow:images"]')!.getAttribute('content')).toBe('linked');
    expect(doc.querySelector('.images-note')!.textContent).toMatch(/links to their original addresses/);
  });

  it('says nothing about images when there are none', () => {
    const doc = load(toStandaloneHtml(article({ content: '<p>Just text.</p>' }), { win, css, saved: SAVED }));
    expect(doc.querySelector('meta[name="winnow:images"]')!.getAttribute('content')).toBe('none');
    expect(doc.querySelector('.images-note')).toBeNull();
  });
});
