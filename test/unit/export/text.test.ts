import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../src/core/export/text.js';
import { article, win } from './fixture.js';

describe('plain text', () => {
  const text = toPlainText(article(), win);
  it('opens with title, meta line and source, then a blank line', () => {
    expect(text.split('\n').slice(0, 4)).toEqual([
      '山東脫貧攻堅“成績單”: 40萬人 / 每年?',
      '張春曉 · Example News · 2024-05-01',
      'https://news.example/2024/05/story.html#comments',
      '',
    ]);
  });
  it('keeps one paragraph per block, tables and code readable, and no markup or script', () => {
    expect(text).toContain('\n\n第一段:山東省的鄉村新職業培訓。Inline bold');
    expect(text).toContain('Year Jobs');
    expect(text).toContain('const a = 1 < 2;\nconsole.log(a);');
    expect(text).not.toMatch(/<[a-z/]|alert/);
    expect(text.endsWith('\n')).toBe(true);
  });
});
