import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalize, normalizeHost } from '../../../src/settings/schema.js';

describe('settings', () => {
  it('starts from the defaults, with the optional features off', () => {
    expect(normalize(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.articleBadge).toBe(false);
    expect(DEFAULT_SETTINGS.autoHosts).toEqual([]);
  });

  it('follows multi-page articles unless the reader said no: older settings without the field follow too', () => {
    expect(DEFAULT_SETTINGS.followPages).toBe(true);
    expect(normalize({ theme: 'dark' }).followPages).toBe(true);
    expect(normalize({ followPages: 'no' }).followPages).toBe(true);
    expect(normalize({ followPages: false }).followPages).toBe(false);
  });

  it('makes anything read from storage safe to apply', () => {
    const s = normalize({
      theme: 'neon',
      font: 'sans',
      fontSize: 400,
      lineHeight: 'tall',
      width: 'wide',
      speechRate: -3,
      articleBadge: 'yes',
      autoHosts: ['https://News.Example.com/path', 'not a host', 42, 'news.example.com'],
      convertExceptions: [
        { from: '東涌', to: '東涌' },
        { from: '', to: 'x' },
        'bad',
        { from: '鼠标', to: '滑鼠', extra: 1 },
      ],
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      font: 'sans',
      fontSize: 32,
      width: 'wide',
      speechRate: 0.5,
      autoHosts: ['news.example.com'],
      convertExceptions: [
        { from: '東涌', to: '東涌' },
        { from: '鼠标', to: '滑鼠' },
      ],
    });
  });

  it.each([
    ['news.example.com', 'news.example.com'],
    ['https://www.Example.org/a?b', 'www.example.org'],
    ['localhost', null],
    ['', null],
    ['a b', null],
  ])('reads the host in %j as %j', (input, host) => expect(normalizeHost(input)).toBe(host));
});
