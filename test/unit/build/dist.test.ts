/**
 * What `npm run build` ships (the test script builds first): both extensions, the executable CLI and the zips,
 * and a Firefox package that Mozilla's own linter accepts.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';

const dist = new URL('../../../dist/', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

describe('dist/', () => {
  it.each(['chrome', 'firefox'])('%s has every file its manifest names', (browser) => {
    const manifest = JSON.parse(readFileSync(new URL(`${browser}/manifest.json`, dist), 'utf8'));
    const named = [
      'popup.html', // opened by the background for each toolbar click (src/background/action-click.ts)
      ...Object.values<string>(manifest.icons),
      ...(manifest.background.scripts ?? [manifest.background.service_worker]),
      'content.js',
    ];
    for (const file of named) expect(existsSync(new URL(`${browser}/${file}`, dist)), file).toBe(true);
  });

  it.each(['chrome', 'firefox'])('%s zip holds the same files', (browser) => {
    const zip = unzipSync(readFileSync(new URL(`winnow-${browser}-${pkg.version}.zip`, dist)));
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['manifest.json', 'popup.html', 'content.js', 'background.js', 'icons/icon-128.png']),
    );
  });

  it.each(['chrome', 'firefox'])(
    '%s keeps the conversion dictionaries out of the content script and the background',
    (browser) => {
      for (const file of ['content.js', 'background.js']) {
        const code = readFileSync(new URL(`${browser}/${file}`, dist), 'utf8');
        // A phrase dictionary alone is a megabyte (STPhrases ~1 MB); the script itself grows with the prune rules'
        // vocabularies (300,407 characters at 1bd28c7, 360,258 at 715531f), whose cost on the click the click bench
        // measures.
        expect(code.length, file).toBeLessThan(400_000);
        // A few phrase-table entries of STPhrases that any bundled dictionary would contain.
        expect(code, file).not.toMatch(/一丝不挂|乾打雷/);
      }
    },
  );

  it.each(['chrome', 'firefox'])(
    '%s popup starts cleaning from its first script, before the UI and its stylesheets load',
    (browser) => {
      const html = readFileSync(new URL(`${browser}/popup.html`, dist), 'utf8');
      const first = html.match(/<script\b[^>]*>|<link\b[^>]*>/)?.[0] ?? '';
      // A classic script (no type="module", no defer/async) runs while the page is parsed.
      expect(first).toBe('<script src="popup-start.js">');
      const start = readFileSync(new URL(`${browser}/popup-start.js`, dist), 'utf8');
      expect(start).toContain('content.js');
      expect(start.length).toBeLessThan(30_000);
    },
  );

  it.each(['chrome', 'firefox'])(
    '%s popup and reader load no export code before the article (the save menu loads later)',
    (browser) => {
      /** A page's script and every chunk it imports statically: what must load before it can run. */
      const eager = (file: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(file)) return seen;
        seen.add(file);
        const code = readFileSync(new URL(`${browser}/${file}`, dist), 'utf8');
        for (const [, dep] of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)) {
          eager(new URL(dep!, new URL(file, 'x:/')).pathname.slice(1), seen);
        }
        return seen;
      };
      for (const page of ['popup.js', 'reader.js']) {
        const files = [...eager(page)];
        expect(files.length, page).toBeGreaterThan(1);
        const code = files.map((f) => readFileSync(new URL(`${browser}/${f}`, dist), 'utf8')).join('\n');
        // The frame's mark (src/ui/stage-marks.ts): the page's own start-up is in these files.
        expect(code, page).toContain('winnow:');
        expect(code, page).toMatch(/["']frame["']/);
        // Turndown (Markdown export) and fflate (EPUB zip) are the bulk of the save menu.
        expect(code, page).not.toMatch(/turndown|mimetypeapplication\/epub/i);
      }
    },
  );

  it.each(['chrome', 'firefox'])(
    '%s popup and reader preload the sanitiser that shows the article, and nothing of the save menu',
    (browser) => {
      for (const page of ['popup.html', 'reader.html']) {
        const html = readFileSync(new URL(`${browser}/${page}`, dist), 'utf8');
        const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!);
        expect(
          preloads.some((f) => /^chunks\/render-article-\w+\.js$/.test(f)),
          page,
        ).toBe(true);
        for (const file of preloads) {
          expect(existsSync(new URL(`${browser}/${file}`, dist)), file).toBe(true);
          expect(readFileSync(new URL(`${browser}/${file}`, dist), 'utf8'), file).not.toMatch(/turndown/i);
        }
        // DOMPurify is among them: it is the bulk of what the article waits for.
        const code = preloads.map((f) => readFileSync(new URL(`${browser}/${f}`, dist), 'utf8')).join('\n');
        expect(code, page).toMatch(/uponSanitizeElement/);
      }
    },
  );

  it('has an executable CLI', () => {
    const cli = new URL('cli.mjs', dist).pathname;
    accessSync(cli, constants.X_OK);
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('passes web-ext lint for Firefox with no errors', () => {
    const bin = new URL('../../../node_modules/.bin/web-ext', import.meta.url).pathname;
    const out = execFileSync(
      bin,
      ['lint', '--source-dir', new URL('firefox', dist).pathname, '--output', 'json', '--self-hosted'],
      { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
    );
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors, JSON.stringify(report.errors)).toEqual([]);
  }, 60_000);
});
