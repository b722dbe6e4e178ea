/**
 * Where the real browsers live, for `winnow clean --engine chromium`, the real-browser tests and the benches.
 * Debian's packages first; WINNOW_CHROME / WINNOW_FIREFOX override. Nothing here downloads a browser.
 */
import { existsSync } from 'node:fs';

export type BrowserKind = 'chrome' | 'firefox';

/** The variable that points at a browser of the user's choice, checked before the usual places. */
export const BROWSER_ENV: Record<BrowserKind, string> = { chrome: 'WINNOW_CHROME', firefox: 'WINNOW_FIREFOX' };

const INSTALLED: Record<BrowserKind, string[]> = {
  chrome: ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: ['/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** Every place looked at, in order. */
export function browserCandidates(
  kind: BrowserKind,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string[] {
  const chosen = env[BROWSER_ENV[kind]];
  return [...(chosen ? [chosen] : []), ...INSTALLED[kind]];
}

/** Path of the browser's executable, or null when none is installed. `exists` is the file system's unless a test says otherwise. */
export function findBrowser(
  kind: BrowserKind,
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | null {
  return browserCandidates(kind, env).find((path) => exists(path)) ?? null;
}

export const INSTALL_HINT: Record<BrowserKind, string> = {
  chrome: `Install Chromium: sudo apt-get install chromium   (or set ${BROWSER_ENV.chrome} to a Chrome/Chromium binary)`,
  firefox: `Install Firefox: sudo apt-get install firefox-esr   (or set ${BROWSER_ENV.firefox} to a Firefox binary)`,
};
