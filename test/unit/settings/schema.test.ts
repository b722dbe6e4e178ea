import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalize, normalizeHost } from '../../../src/settings/schema.js';
import { formatExceptions, parseExceptions } from '../../../src/options/exceptions.js';

describe('settings', () => {
  it('starts from the defaults, with the optional features off', () => {
    expect(normalize(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.articleBadge).toBe(false);
    expect(DEFAULT_SETTINGS.autoHosts).toEqual([]);
  });

  it('makes anything read from storage safe to apply', () => {
    const s = normalize({ theme: 'neon', font: 'sans', fontSize: 400, lineHeight: 'tall', width: 'wide', speechRate: -3,
      articleBadge: 'yes', autoHosts: ['https://News.Example.com/path', 'not a host', 42, 'news.example.com'],
      convertExceptions: [['東涌', '東涌'], ['', 'x'], 'bad', ['鼠标', '滑鼠']] });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, font: 'sans', fontSize: 32, width: 'wide', speechRate: 0.5,
      autoHosts: ['news.example.com'], convertExceptions: [['東涌', '東涌'], ['鼠标', '滑鼠']] });
  });

  it.each([['news.example.com', 'news.example.com'], ['https://www.Example.org/a?b', 'www.example.org'], ['localhost', null], ['', null], ['a b', null]])(
    'reads the host in %j as %j', (input, host) => expect(normalizeHost(input)).toBe(host));
});

describe('conversion exceptions as typed', () => {
  it('keeps lone phrases and maps pairs written with = → or ->', () => {
    expect(parseExceptions('東涌\n鼠标=滑鼠\n  软件 → 軟體 \n# comment\n\n信息->資訊')).toEqual([
      ['東涌', '東涌'], ['鼠标', '滑鼠'], ['软件', '軟體'], ['信息', '資訊']]);
  });
  it('writes them back the way the reader typed them', () => {
    expect(formatExceptions([['東涌', '東涌'], ['鼠标', '滑鼠']])).toBe('東涌\n鼠标=滑鼠');
  });
});
