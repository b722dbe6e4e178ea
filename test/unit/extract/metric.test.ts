import { describe, expect, it } from 'vitest';
import { scorePage, shingles, strayLines, summarise, tokenize } from '../../../bench/lib/metric.js';

describe('Zyte metric port', () => {
  it('tokenizes like Python \\w+ and splits Han/kana only in cjk mode', () => {
    expect(tokenize("It's 2019—don't_stop, café!")).toEqual(['It', 's', '2019', 'don', 't_stop', 'café']);
    expect(tokenize('山東脫貧 attack')).toEqual(['山東脫貧', 'attack']);
    expect(tokenize('山東脫貧 attack', { cjk: true })).toEqual(['山', '東', '脫', '貧', 'attack']);
    expect(tokenize('ひらがなABC', { cjk: true })).toEqual(['ひ', 'ら', 'が', 'な', 'ABC']);
  });

  it('counts 4-token shingles as a multiset; shorter texts are one shingle', () => {
    expect([...shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']).values()]).toEqual([2, 1, 1, 1]);
    expect(shingles(['a', 'b']).size).toBe(1);
    expect(shingles([]).size).toBe(0);
  });

  it('scores a perfect extraction 1/1 and exact', () => {
    const s = scorePage('one two three four five', 'one two three four five');
    expect(s).toMatchObject({ precision: 1, recall: 1, exact: true });
  });

  it('charges boilerplate to precision and missing text to recall', () => {
    const truth = 'a b c d e f g h';
    const extra = scorePage(truth, 'a b c d e f g h x y z w');
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(5 / 9, 10);
    const missing = scorePage(truth, 'a b c d e');
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBeCloseTo(2 / 5, 10);
  });

  it('leaves an empty output out of precision but not out of recall', () => {
    const empty = scorePage('a b c d e', '');
    expect(empty.precision).toBeNull();
    expect(empty.recall).toBe(0);
    const sum = summarise([empty, scorePage('a b c d', 'a b c d')]);
    expect(sum.precision).toBe(1);
    expect(sum.recall).toBe(0.5);
    expect(sum.f1).toBeCloseTo((2 * 0.5) / 1.5, 10);
    expect(sum.accuracy).toBe(0.5);
  });

  it("counts the output's lines the expected text lacks, short ones as whole lines", () => {
    const truth =
      'The council approved the bridge on Monday. Work starts in May and ends next year. 市政府宣布明年起免费换乘。';
    // The story's lines, split otherwise than the truth is; a kicker, a share line and a byline it lacks.
    const output =
      'Politics\nThe council approved the bridge on Monday.\nWork starts in May\nShare this story\n\nBy Sam Lee\n市政府宣布明年起免费换乘。';
    expect(strayLines(truth, output, { cjk: true })).toEqual({ lines: 6, stray: 3 });
    // A long line is stray when fewer than half of its four-token runs are in the truth.
    expect(
      strayLines(truth, 'The council approved the bridge on Monday and the mayor resigned over lunch today'),
    ).toEqual({
      lines: 1,
      stray: 1,
    });
    expect(strayLines(truth, 'The council approved the bridge on Monday after all')).toEqual({ lines: 1, stray: 0 });
  });
});
