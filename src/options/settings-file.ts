/** The options page's Export / Import of every setting (src/settings/file.ts), the fixes for sites included. */
import { t } from '../i18n/index.js';
import { readSettingsFile, settingsFile } from '../settings/file.js';
import { loadSettings, updateSettings } from '../settings/store.js';
import { byRole } from '../ui/dom.js';

export function wireSettingsFile(doc: Document): void {
  const status = byRole(doc, 'settings-file-status');
  byRole(doc, 'settings-export').addEventListener('click', () => {
    void loadSettings().then((settings) => {
      const url = URL.createObjectURL(new Blob([settingsFile(settings)], { type: 'application/json' }));
      const link = Object.assign(doc.createElement('a'), { href: url, download: 'winnow-settings.json' });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });
  });
  const input = byRole<HTMLInputElement>(doc, 'settings-import');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then(async (text) => {
      const settings = readSettingsFile(text);
      input.value = '';
      if (!settings) {
        status.textContent = t('optionsImportInvalid');
        return;
      }
      await updateSettings(settings);
      status.textContent = t('optionsImported');
    });
  });
}
