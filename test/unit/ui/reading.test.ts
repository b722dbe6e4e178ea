import { describe, expect, it } from 'vitest';
import { readingTime } from '../../../src/core/reading-time.js';
import { sentenceSpans } from '../../../src/ui/read-aloud/sentences.js';
import { pickVoice } from '../../../src/ui/read-aloud/voice.js';
import { autoHostMatches } from '../../../src/background/host-match.js';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('reading time', () => {
  it('counts Chinese in characters and English in words', () => {
    expect(readingTime('字'.repeat(2000)).minutes).toBe(5);
    expect(readingTime('word '.repeat(1150)).minutes).toBe(5);
    const mixed = readingTime(`${'字'.repeat(800)} ${'word '.repeat(460)}`);
    expect(mixed).toMatchObject({ cjkCharacters: 800, words: 460, minutes: 4 });
  });
  it('never says zero minutes', () => expect(readingTime('Hi.').minutes).toBe(1));
});

describe('sentences for read-aloud', () => {
  it('splits Chinese on full-width stops, keeping closing quotes', () => {
    expect(sentences('他说：“今天下雨。”我们走吧！好吗？')).toEqual(['他说：“今天下雨。”', '我们走吧！', '好吗？']);
  });
  it('splits English on stops followed by a space, not inside numbers', () => {
    expect(sentences('It costs 3.5 dollars. Really? Yes!')).toEqual(['It costs 3.5 dollars.', 'Really?', 'Yes!']);
  });
  it('keeps a trailing sentence without a stop', () =>
    expect(sentences('First. Then more')).toEqual(['First.', 'Then more']));
});

describe('voice choice', () => {
  const voices = [
    { name: 'US', lang: 'en-US' },
    { name: 'Mainland', lang: 'zh-CN' },
    { name: 'Taiwan', lang: 'zh-TW' },
    { name: 'HongKong', lang: 'zh-HK' },
    { name: 'French', lang: 'fr-FR' },
  ];
  it.each([
    ['zh-Hant', 'Taiwan'],
    ['zh-Hant-HK', 'HongKong'],
    ['zh-HK', 'HongKong'],
    ['zh-Hans', 'Mainland'],
    ['zh', 'Mainland'],
    ['zh-CN', 'Mainland'],
    ['en', 'US'],
    ['en-GB', 'US'],
    ['fr', 'French'],
  ])('%s → %s', (lang, name) => {
    expect(pickVoice(voices, lang)?.name).toBe(name);
  });
  it('falls back to the UI language and to nothing', () => {
    expect(pickVoice(voices, null, 'fr-CA')?.name).toBe('French');
    expect(pickVoice(voices, 'ko')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });
});

describe('automatic clean view hosts', () => {
  it('matches the host and its subdomains, over http(s) only', () => {
    expect(autoHostMatches('https://news.example.com/a', ['example.com'])).toBe(true);
    expect(autoHostMatches('https://example.com/a', ['example.com'])).toBe(true);
    expect(autoHostMatches('https://badexample.com/a', ['example.com'])).toBe(false);
    expect(autoHostMatches('ftp://example.com/a', ['example.com'])).toBe(false);
    expect(autoHostMatches('not a url', ['example.com'])).toBe(false);
  });
});

describe('host permission patterns', () => {
  it('ask for the scheme and host, any port', async () => {
    const { originPattern } = await import('../../../src/background/host-match.js');
    expect(originPattern('http://127.0.0.1:8080/a/b?c')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://news.example.com/x')).toBe('https://news.example.com/*');
  });
});
