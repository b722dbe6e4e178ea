/**
 * The CLI's parsing window is renewed after WINDOW_MARKUP characters (src/cli/jsdom/parse.ts): jsdom lets every
 * document queried in a window hang on that window (its selector engine's listeners), so one window for a
 * thread's whole life held every page it had cleaned. A renewed window must clean a page exactly as the first one did.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/cli/jsdom/extract.js';
import { parsePage, parserWindow, startPageJob, WINDOW_MARKUP } from '../../../src/cli/jsdom/parse.js';
import { SEED_PAGE } from './helpers.js';

const seed = readFileSync(SEED_PAGE, 'utf8');
const URL_OF_SEED = 'https://news.example.cn/2024/05/story.html';

describe('the CLI parsing window', () => {
  it('stays the same between page jobs until it has parsed its share of markup', () => {
    startPageJob();
    const first = parserWindow();
    parsePage(seed, URL_OF_SEED);
    startPageJob();
    expect(parserWindow() === first).toBe(true);
  });

  it('is renewed at the next page job once it has parsed enough markup, and cleans the same article after', async () => {
    const before = await extractArticle(seed, URL_OF_SEED);
    const old = parserWindow();
    // One text node as long as the window's share: cheap to parse, and it fills the share at once.
    parsePage(`<p>${'x'.repeat(WINDOW_MARKUP)}</p>`, URL_OF_SEED);
    expect(parserWindow() === old).toBe(true); // never mid-job: a job's following pages join its first page's window
    const after = await extractArticle(seed, URL_OF_SEED);
    // Windows are compared as references: printing a closed jsdom window throws.
    expect(parserWindow() === old).toBe(false);
    expect(after).toEqual(before);
    expect(after?.title).toBeTruthy();
    // Links resolve against the page's own address in the new window too.
    expect(after?.content).not.toContain('about:blank');
  });
});
