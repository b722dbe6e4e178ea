// @ts-check
/**
 * One source manifest (manifest.json at the root), one transform per browser. Every browser difference in the
 * manifest lives here and is unit-tested (test/unit/build/manifest.test.ts).
 *
 * - Chrome: MV3 with a background service worker; it does not know `browser_specific_settings`.
 * - Firefox: MV3 background *scripts* (an event page — Firefox has no extension service workers), and the gecko
 *   settings AMO requires (id, strict_min_version, data_collection_permissions). No `offscreen` permission:
 *   Firefox has no offscreen documents, its background page has the DOM they give Chrome's service worker.
 */

/** @typedef {'chrome' | 'firefox'} Browser */

/**
 * @param {Record<string, any>} source the parsed root manifest.json
 * @param {Browser} browser
 * @param {{ version: string }} pkg version comes from package.json, the one place it is kept
 * @returns {Record<string, any>}
 */
export function manifestFor(source, browser, pkg) {
  const manifest = structuredClone(source);
  manifest.version = pkg.version;
  const worker = source.background?.service_worker;
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: worker };
    // 127: the first Chrome whose `action.openPopup()` every extension may call (src/background/action-click.ts).
    manifest.minimum_chrome_version = '127';
  } else if (browser === 'firefox') {
    manifest.background = { scripts: [worker] };
    manifest.permissions = (manifest.permissions ?? []).filter((permission) => permission !== 'offscreen');
    if (!manifest.browser_specific_settings?.gecko?.id)
      throw new Error('manifest.json: Firefox needs browser_specific_settings.gecko.id');
  } else {
    throw new Error(`unknown browser: ${browser}`);
  }
  return manifest;
}
