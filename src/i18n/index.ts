/**
 * Every UI string goes through `_locales` (English, 简体中文, 繁體中文); the browser picks the reader's language.
 * Keys are typed from the English catalogue, so a missing or misspelt key fails the build, and
 * test/unit/i18n checks that every locale has every key.
 * Uses the browser's own i18n API directly (no polyfill): it is synchronous in every context, content scripts too.
 */
import type catalogue from '../_locales/en/messages.json';

export type MessageKey = keyof typeof catalogue;

interface I18nApi {
  i18n: { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string };
}
const api = (): I18nApi | undefined =>
  (globalThis as { browser?: I18nApi; chrome?: I18nApi }).browser ?? (globalThis as { chrome?: I18nApi }).chrome;

/** The message for `key` in the reader's language, with `$1`… filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return api()?.i18n.getMessage(key, substitutions.map(String)) || key;
}

/**
 * BCP 47 language Winnow's pages speak, e.g. `zh-TW`: the locale of the messages actually in use (dates and
 * numbers then match the words around them), else the browser's UI language.
 */
export function uiLanguage(): string {
  const i18n = api()?.i18n;
  return (i18n?.getMessage('@@ui_locale') || i18n?.getUILanguage() || 'en').replace(/_/g, '-');
}

/**
 * Fills the static text of an extension page: `data-i18n="key"` sets textContent,
 * `data-i18n-title`, `data-i18n-aria-label` and `data-i18n-placeholder` set those attributes.
 */
export function localizePage(root: Document): void {
  root.documentElement.lang = uiLanguage();
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]')))
    el.textContent = t(el.dataset.i18n as MessageKey);
  for (const attr of ['title', 'aria-label', 'placeholder'] as const) {
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`))) {
      el.setAttribute(attr, t(el.getAttribute(`data-i18n-${attr}`) as MessageKey));
    }
  }
}
