/**
 * Which real browsers the e2e suites run in. vitest.config.ts makes one project per browser (e2e-chromium,
 * e2e-firefox) and gives each its browser through WINNOW_BROWSERS; a developer narrows a run the same way
 * (`WINNOW_BROWSERS=firefox npm test`). Kept apart from harness.ts, which needs dist/, so the config can ask.
 */
import { findBrowser, INSTALL_HINT, type BrowserKind } from '../../src/cli/browsers.js';

export type { BrowserKind };

/** WINNOW_BROWSERS names, as a developer writes them, to the harness's kinds. */
const NAMES: Record<string, BrowserKind> = { chromium: 'chrome', chrome: 'chrome', firefox: 'firefox' };

/** The browsers WINNOW_BROWSERS asks for (comma-separated: chromium, firefox; both when unset). */
export function wantedBrowsers(env: Readonly<Record<string, string | undefined>> = process.env): BrowserKind[] {
  const list = env.WINNOW_BROWSERS?.trim();
  if (!list) return ['chrome', 'firefox'];
  return list
    .split(',')
    .map((name) => {
      const kind = NAMES[name.trim().toLowerCase()];
      if (!kind) throw new Error(`WINNOW_BROWSERS: unknown browser '${name}' (use chromium, firefox)`);
      return kind;
    })
    .filter((kind, i, all) => all.indexOf(kind) === i);
}

/**
 * The wanted browsers that are installed. A missing one is announced loudly with how to install it;
 * under WINNOW_REQUIRE_BROWSERS=1 (set by .ci/run) it is an error instead.
 */
export function availableBrowsers(): BrowserKind[] {
  const kinds = wantedBrowsers();
  const missing = kinds.filter((kind) => !findBrowser(kind));
  for (const kind of missing) {
    const message = `No ${kind === 'chrome' ? 'Chromium' : 'Firefox'} found: its real-browser tests cannot run. ${INSTALL_HINT[kind]}`;
    if (process.env.WINNOW_REQUIRE_BROWSERS === '1') throw new Error(message);
    console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n${'!'.repeat(100)}\n`);
  }
  return kinds.filter((kind) => !missing.includes(kind));
}
