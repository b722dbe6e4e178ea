import { describe, expect, it } from 'vitest';
import { fileName, fileStem, uniqueNames } from '../../../src/core/export/filename.js';

describe('file names from titles', () => {
  it.each([
    ['山東脫貧攻堅“成績單”:全省貧困勞動力', 'md', '山東脫貧攻堅“成績單” 全省貧困勞動力.md'],
    ['A: b/c\\d?*<e>|"f"', 'txt', 'A b c d e f.txt'],
    ['  ..hidden. ', 'html', 'hidden.html'],
    ['日本語のタイトル 한국어', 'epub', '日本語のタイトル 한국어.epub'],
    ['100% sure', 'md', '100 sure.md'],
    ['tab\tand\nnewline\u0000', 'md', 'tab and newline.md'],
    ['', 'md', 'article.md'],
    ['???', 'md', 'article.md'],
    ['CON', 'md', 'article.md'],
    ['~tilde', 'md', 'tilde.md'],
  ])('%j → %s', (title, ext, expected) => expect(fileName(title, ext)).toBe(expected));

  it('caps long titles at whole characters, under 150 UTF-8 bytes', () => {
    const stem = fileStem('長'.repeat(300));
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(150);
    expect(stem).toBe('長'.repeat(50));
    const emoji = fileStem('😀'.repeat(100));
    expect(emoji).toBe('😀'.repeat(37)); // 4 bytes each; never half a surrogate pair
    expect(fileStem('word '.repeat(100)).endsWith(' ')).toBe(false);
  });

  it('numbers repeats within an archive, ignoring case', () => {
    const unique = uniqueNames();
    expect(['a.md', 'A.md', 'a.md', 'b.md'].map(unique)).toEqual(['a.md', 'A (2).md', 'a (3).md', 'b.md']);
  });
});
