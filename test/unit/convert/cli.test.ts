/** `winnow convert` and `winnow clean --convert`, run in-process through the CLI's main(). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { Io } from '../../../src/cli/io.js';
import { loadConverter } from '../../../src/core/convert/load.js';

function fakeIo(stdin = ''): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readStdin: async () => new TextEncoder().encode(stdin),
    env: {},
    stdout: () => out,
    stderr: () => err,
  };
}

const SEED_PAGE = fileURLToPath(new URL('../../fixtures/pages/seed-page.html', import.meta.url));

describe('winnow convert', () => {
  it('converts stdin to stdout with line structure preserved', async () => {
    const input = '头发很长\r\n\n  鼠标和软件\t(ok)\n最后一行没有换行';
    const io = fakeIo(input);
    expect(await main(['convert', '--config', 's2twp'], io)).toBe(0);
    expect(io.stdout()).toBe('頭髮很長\r\n\n  滑鼠和軟體\t(ok)\n最後一行沒有換行');
  });
  it('is the same as converting each line on its own', async () => {
    const lines = ['新闻发布会', '', '头发干了', '台风来了，请注意'];
    const io = fakeIo(lines.join('\n'));
    await main(['convert', '-c', 's2hk'], io);
    const converter = await loadConverter('s2hk');
    expect(io.stdout().split('\n')).toEqual(lines.map((l) => converter.convert(l)));
  });
  it('applies an exceptions file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'winnow-convert-'));
    writeFileSync(join(dir, 'rules.txt'), '# mine\n干了→乾了\n');
    const io = fakeIo('头发干了');
    await main(['convert', '--config', 's2tw', '--exceptions', join(dir, 'rules.txt')], io);
    expect(io.stdout()).toBe('頭髮乾了');
  });
  it('refuses a missing or unknown config with usage (exit 2)', async () => {
    const io = fakeIo('x');
    expect(await main(['convert'], io)).toBe(2);
    expect(await main(['convert', '--config', 'zh2en'], io)).toBe(2);
    expect(io.stderr()).toContain("unknown config 'zh2en'");
    expect(io.stdout()).toBe('');
  });
});

describe('winnow clean --convert', () => {
  it('converts the seed page (Traditional) to Simplified: title, excerpt, content, textContent', async () => {
    const plain = fakeIo();
    expect(await main(['clean', '--format', 'json', SEED_PAGE], plain)).toBe(0);
    const io = fakeIo();
    expect(await main(['clean', '--format', 'json', '--convert', 'tw2s', SEED_PAGE], io)).toBe(0);
    const before = JSON.parse(plain.stdout());
    const after = JSON.parse(io.stdout());
    const t = await loadConverter('tw2s');
    expect(after.title).toBe(t.convert(before.title));
    expect(after.excerpt).toBe(before.excerpt === null ? null : t.convert(before.excerpt));
    expect(after.textContent).toBe(t.convert(before.textContent));
    expect(after.textContent).not.toBe(before.textContent);
    expect(after.content).not.toBe(before.content);
    expect(after.content.replace(/>[^<]*</g, '><')).toBe(before.content.replace(/>[^<]*</g, '><'));
    expect(after.lang).toBe('zh-Hans');
  });
  it('refuses an unknown config', async () => {
    const io = fakeIo();
    expect(await main(['clean', '--convert', 'nope', SEED_PAGE], io)).toBe(2);
  });
});
