/**
 * `winnow clean --settings FILE`: the fixes for sites a reader made with "Fix this page" and exported from the
 * options page apply on the command line as in the extension — the article block the reader picked, the blocks
 * they removed — and only on that site's pages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { FIXED_HOST, PAGE, SETTINGS } from '../../helpers/site-fix-page.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-site-fix-'));
  writeFileSync(join(dir, 'page.html'), PAGE);
  writeFileSync(join(dir, 'settings.json'), SETTINGS);
  writeFileSync(join(dir, 'other.json'), '{"theme": "dark"}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function winnow(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    readStdin: async () => new Uint8Array(),
    env: process.env,
  });
  return { code, stdout, stderr };
}

const article = async (url: string, ...extra: string[]) => {
  const run = await winnow(['clean', '-f', 'json', '--url', url, ...extra, join(dir, 'page.html')]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { textContent: string; siteRule?: { article: string } };
};

describe('winnow clean --settings FILE', () => {
  it('reads the replies as the article without the fix, the story with it, on that site only', async () => {
    const alone = await article(`https://${FIXED_HOST}/ferry.html`);
    expect(alone.textContent).toContain('Reply 3 about the ferry');

    const fixed = await article(`https://${FIXED_HOST}/ferry.html`, '--settings', join(dir, 'settings.json'));
    expect(fixed.textContent).toContain('propeller shafts');
    expect(fixed.textContent).not.toContain('Reply 3 about the ferry');
    expect(fixed.siteRule?.article).toBe('applied');

    const elsewhere = await article('https://other.example.org/ferry.html', '--settings', join(dir, 'settings.json'));
    expect(elsewhere.textContent).toContain('Reply 3 about the ferry');
  });

  it('refuses a file that is not an exported settings file, or one it cannot read, in plain words', async () => {
    const other = await winnow(['clean', '--settings', join(dir, 'other.json'), join(dir, 'page.html')]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("is not a settings file exported from Winnow's options");
    const missing = await winnow(['clean', '--settings', join(dir, 'nowhere.json'), join(dir, 'page.html')]);
    expect(missing.stderr).toContain("--settings: cannot read '");
  });
});
