/**
 * The browser's own extension API, standing in for webextension-polyfill in the popup's first script only
 * (build.mjs aliases the import there): that script must be small, it runs before anything else in the popup.
 * What it calls — tabs.query, tabs.get, scripting.executeScript, storage.sync.get, i18n — returns promises
 * natively in Firefox (`browser`) and in Chromium's Manifest V3 (`chrome`), which is all the polyfill adds.
 */
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;
const native = globalThis as { browser?: Api; chrome?: Api };
const api: Api = native.browser ?? native.chrome!;
export default api;
