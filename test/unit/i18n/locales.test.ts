/** Every UI string exists in every UI language, with the same placeholders, and every key used exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../src/', import.meta.url).pathname;
type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8'));
const en = load('en');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|html)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

describe('UI languages', () => {
  it.each(['zh_CN', 'zh_TW'])('%s has every English key, translated, with the same placeholders', (locale) => {
    const catalogue = load(locale);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const other = catalogue[key]!;
      expect(Object.keys(other.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      for (const name of Object.keys(entry.placeholders ?? {}))
        expect(other.message, key).toContain(`$${name.toUpperCase()}$`);
      if (!['extName'].includes(key) && /[a-z]{3}/.test(entry.message))
        expect(other.message, `${locale} ${key} untranslated`).not.toBe(entry.message);
    }
  });

  it('names every key the pages and manifest use', () => {
    const used = new Set<string>();
    for (const file of sources(root)) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const m of code.matchAll(/\bt\(\s*'(\w+)'/g)) used.add(m[1]!);
      for (const m of code.matchAll(/data-i18n(?:-[a-z-]+)?="(\w+)"/g)) used.add(m[1]!);
    }
    const manifest = readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8');
    for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(en, `missing key ${key}`).toHaveProperty(key);
  });
});
