/** One source manifest, one transform per browser: what each browser receives. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../src/build/manifest.js';

const source = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));
const pkg = { version: '1.2.3' };

describe('manifestFor', () => {
  it('gives Chrome an MV3 service worker and no Firefox keys', () => {
    const m = manifestFor(source, 'chrome', pkg);
    expect(m.manifest_version).toBe(3);
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
  });

  it('gives Firefox background scripts and the gecko settings AMO requires', () => {
    const m = manifestFor(source, 'firefox', pkg);
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko).toMatchObject({
      id: expect.stringContaining('@'),
      strict_min_version: expect.stringMatching(/^\d+\.0$/),
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('asks only Chrome for an offscreen document, where its service worker has the articles extracted', () => {
    expect(manifestFor(source, 'chrome', pkg).permissions).toContain('offscreen');
    // Firefox has no offscreen documents (an unknown permission is a warning on AMO): its background page extracts.
    expect(manifestFor(source, 'firefox', pkg).permissions).not.toContain('offscreen');
  });

  it.each(['chrome', 'firefox'] as const)('keeps %s to least privilege', (browser) => {
    const m = manifestFor(source, browser, pkg);
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    expect(m.permissions.filter((p: string) => /[:/*]/.test(p))).toEqual([]);
    // Host access exists only as optional permissions, asked for by the features that need it.
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(m.content_security_policy.extension_pages).toMatch(/script-src 'self'; object-src 'none'/);
  });

  it.each(['chrome', 'firefox'] as const)('gives %s the Alt+Shift+R command and an options page', (browser) => {
    const m = manifestFor(source, browser, pkg);
    expect(m.commands._execute_action.suggested_key.default).toBe('Alt+Shift+R');
    expect(m.options_ui.page).toBe('options.html');
  });

  it('does not change the source it is given', () => {
    const copy = structuredClone(source);
    manifestFor(source, 'firefox', pkg);
    expect(source).toEqual(copy);
  });

  it('refuses an unknown browser', () => {
    expect(() => manifestFor(source, 'safari' as never, pkg)).toThrow(/unknown browser/);
  });
});
