/**
 * The options page: the keyboard shortcut, and the features that need more than activeTab — each asks for
 * exactly the host access it needs, when the reader turns it on, and says why.
 */
import browser from 'webextension-polyfill';
import { localizePage, t, type MessageKey } from '../i18n/index.js';
import { loadSettings, onSettingsChanged, updateSettings } from '../settings/store.js';
import { normalizeHost } from '../settings/schema.js';
import { applySettings } from '../ui/apply-settings.js';
import { byRole, h } from '../ui/dom.js';
import { parseRules, type PhraseRule } from '../core/convert/exceptions.js';
import { renderSiteRules } from './site-rules.js';
import { wireSettingsFile } from './settings-file.js';
import { wireFollowPages } from './follow-pages.js';

const formatRules = (rules: readonly PhraseRule[]) =>
  rules.map((r) => (r.from === r.to ? r.from : `${r.from}=${r.to}`)).join('\n');

const BADGE_ORIGINS = ['http://*/*', 'https://*/*'];
const hostOrigins = (host: string) => [`http://${host}/*`, `https://${host}/*`];
const say = (role: string, key: MessageKey, ...subs: string[]) => {
  byRole(document, role).textContent = t(key, ...subs);
};

async function showShortcut(): Promise<void> {
  const commands = await browser.commands.getAll();
  const open = commands.find((c) => c.name === '_execute_action');
  byRole(document, 'shortcut').textContent = open?.shortcut || t('optionsShortcutNone');
  // Firefox lets extensions change their shortcuts; Chrome keeps that in its own shortcuts page.
  const canUpdate = typeof (browser.commands as { update?: unknown }).update === 'function';
  byRole(document, 'shortcut-form').hidden = !canUpdate;
  byRole(document, 'shortcut-help').hidden = canUpdate;
}

function wireShortcut(): void {
  byRole(document, 'shortcut-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const shortcut = byRole<HTMLInputElement>(document, 'shortcut-input').value.trim();
    browser.commands
      .update({ name: '_execute_action', shortcut })
      .then(() => {
        say('shortcut-status', 'optionsSaved');
        return showShortcut();
      })
      .catch(() => say('shortcut-status', 'optionsShortcutInvalid'));
  });
}

function wireBadge(enabled: boolean): void {
  const box = byRole<HTMLInputElement>(document, 'badge');
  box.checked = enabled;
  box.addEventListener('change', () => void toggleBadge(box));
}

async function toggleBadge(box: HTMLInputElement): Promise<void> {
  if (box.checked) {
    const granted = await browser.permissions.request({ origins: BADGE_ORIGINS });
    box.checked = granted;
    await updateSettings({ articleBadge: granted });
  } else {
    await updateSettings({ articleBadge: false });
    await browser.permissions.remove({ origins: BADGE_ORIGINS }).catch(() => false);
  }
}

function renderAutoHosts(hosts: string[]): void {
  byRole(document, 'auto-list').replaceChildren(
    ...hosts.map((host) => {
      const remove = h(
        document,
        'button',
        { type: 'button', 'aria-label': `${t('optionsRemove')} ${host}` },
        t('optionsRemove'),
      );
      remove.addEventListener('click', () => void removeAutoHost(host));
      return h(document, 'li', {}, host, remove);
    }),
  );
}

async function removeAutoHost(host: string): Promise<void> {
  const settings = await loadSettings();
  await updateSettings({ autoHosts: settings.autoHosts.filter((x) => x !== host) });
  await browser.permissions.remove({ origins: hostOrigins(host) }).catch(() => false);
  await renderAccess();
}

function wireAutoHosts(): void {
  byRole(document, 'auto-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void addAutoHost(byRole<HTMLInputElement>(document, 'auto-input'));
  });
}

async function addAutoHost(input: HTMLInputElement): Promise<void> {
  const host = normalizeHost(input.value);
  if (!host) {
    say('auto-status', 'optionsAutoInvalid');
    return;
  }
  // The request must come straight from the click (user gesture) — nothing awaited before it.
  const granted = await browser.permissions.request({ origins: hostOrigins(host) });
  if (!granted) {
    say('auto-status', 'optionsAutoDenied', host);
    return;
  }
  const settings = await loadSettings();
  await updateSettings({ autoHosts: [...settings.autoHosts, host] });
  input.value = '';
  say('auto-status', 'optionsAutoAdded', host);
  await renderAccess();
}

async function renderAccess(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const list = byRole(document, 'access-list');
  list.replaceChildren(
    ...origins.map((origin) => {
      const revoke = h(
        document,
        'button',
        { type: 'button', 'aria-label': `${t('optionsRevoke')} ${origin}` },
        t('optionsRevoke'),
      );
      revoke.addEventListener('click', () => void browser.permissions.remove({ origins: [origin] }).then(renderAccess));
      return h(document, 'li', {}, h(document, 'code', {}, origin), revoke);
    }),
  );
  if (origins.length === 0) list.replaceChildren(h(document, 'li', {}, t('optionsAccessNone')));
}

function wireExceptions(rules: PhraseRule[]): void {
  const area = byRole<HTMLTextAreaElement>(document, 'convert-exceptions');
  area.value = formatRules(rules);
  byRole(document, 'convert-save').addEventListener('click', () => void saveExceptions(area));
}

async function saveExceptions(area: HTMLTextAreaElement): Promise<void> {
  const saved = await updateSettings({ convertExceptions: parseRules(area.value) });
  area.value = formatRules(saved.convertExceptions);
  say('convert-status', 'optionsSaved');
}

async function main(): Promise<void> {
  localizePage(document);
  const settings = await loadSettings();
  applySettings(document, settings);
  onSettingsChanged((next) => {
    applySettings(document, next);
    renderAutoHosts(next.autoHosts);
    renderSiteRules(document, next.siteRules);
  });
  wireShortcut();
  wireBadge(settings.articleBadge);
  wireFollowPages(settings.followPages);
  wireAutoHosts();
  wireExceptions(settings.convertExceptions);
  renderAutoHosts(settings.autoHosts);
  renderSiteRules(document, settings.siteRules);
  wireSettingsFile(document);
  await Promise.all([showShortcut(), renderAccess()]);
}

void main();
