// Where the real browsers live. Debian's packages (installed by .ci/run) first; WINNOW_CHROME / WINNOW_FIREFOX
// override. Nothing here downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chrome: [process.env.WINNOW_CHROME, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: [process.env.WINNOW_FIREFOX, '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** Path of the browser's executable, or null when none is installed. */
export function findBrowser(kind) {
  return CANDIDATES[kind].find((path) => path && existsSync(path)) ?? null;
}

export const INSTALL_HINT = {
  chrome: 'Install Chromium: sudo apt-get install chromium   (or set WINNOW_CHROME to a Chrome/Chromium binary)',
  firefox: 'Install Firefox: sudo apt-get install firefox-esr   (or set WINNOW_FIREFOX to a Firefox binary)',
};
