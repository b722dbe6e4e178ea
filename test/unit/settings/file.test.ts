/** The settings file: what is exported comes back the same, fixes for sites included; other files are refused. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.js';
import { readSettingsFile, settingsFile } from '../../../src/settings/file.js';

describe('settings file', () => {
  it('round-trips every setting, the fixes for sites included', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      theme: 'dark' as const,
      siteRules: [{ host: 'news.example.com', article: 'div.story', remove: ['aside.promo'] }],
    };
    expect(readSettingsFile(settingsFile(settings))).toEqual(settings);
  });

  it('normalises what it reads, as from storage', () => {
    const text = JSON.stringify({ kind: 'winnow-settings', settings: { fontSize: 999, siteRules: [{ host: 'x' }] } });
    expect(readSettingsFile(text)).toEqual({ ...DEFAULT_SETTINGS, fontSize: 32 });
  });

  it.each(['', 'not json', '{}', '{"kind":"winnow-settings"}', '[1,2]', '{"settings":{"theme":"dark"}}'])(
    'refuses %j',
    (text) => expect(readSettingsFile(text)).toBeNull(),
  );
});
