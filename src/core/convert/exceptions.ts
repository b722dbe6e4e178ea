/**
 * The reader's own exceptions (issue 7, item 4): phrase pairs that override the dictionaries in every config.
 * OpenCC's greedy longest match makes known mistakes (東涌 → 東湧 in s2hk, 新闻发布会 → 新聞釋出會 in
 * s2twp), and per-phrase exceptions are what users of conversion extensions ask for most.
 *
 * A rule matches the source text literally; the longest rule wins at each position, then conversion resumes
 * after it. The protected stretches are cut out before the dictionaries see the text, so no dictionary
 * phrase can swallow part of them. A "keep" rule is a pair whose target equals its source.
 */
import { Trie } from 'opencc-js/core';
import type { Converter } from './converter.js';
import type { Mapped } from './engine.js';
import { mapFromSpans, type OffsetMap } from './offset-map.js';

export interface PhraseRule {
  from: string;
  to: string;
}

/**
 * Reads rules as the settings page stores them, one per line: `A→B` (or `A->B`, `A=B`) replaces, a bare `A`
 * keeps A as written. Blank lines and lines starting with `#` are skipped.
 */
export function parseRules(text: string): PhraseRule[] {
  const rules: PhraseRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [from, to] = line.split(/\s*(?:→|->|=)\s*/, 2).map((s) => s.trim());
    if (from) rules.push({ from, to: to ?? from });
  }
  return rules;
}

/** A stretch of the source: converted by the dictionaries (`replacement` undefined) or by a rule. */
interface Piece {
  start: number;
  end: number;
  replacement?: string;
}

/** A converter that applies `rules` first and the dictionaries to everything between them. */
export function withExceptions(base: Converter, rules: readonly PhraseRule[]): Converter {
  const usable = rules.filter((r) => r.from.length > 0);
  if (usable.length === 0) return base;
  const trie = new Trie();
  for (const rule of usable) trie.addWord(rule.from, rule.to);

  const split = (text: string): Piece[] => {
    const pieces: Piece[] = [];
    let freeFrom = 0;
    for (let i = 0; i < text.length;) {
      const match = trie.matchPrefix(text, i);
      if (!match) {
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        continue;
      }
      if (freeFrom < i) pieces.push({ start: freeFrom, end: i });
      pieces.push({ start: i, end: match.end, replacement: match.value });
      i = freeFrom = match.end;
    }
    if (freeFrom < text.length) pieces.push({ start: freeFrom, end: text.length });
    return pieces;
  };

  const convert = (text: string): string =>
    split(text)
      .map((p) => p.replacement ?? base.convert(text.slice(p.start, p.end)))
      .join('');

  const convertMapped = (text: string): Mapped => {
    const pieces = split(text);
    const outStarts: number[] = [];
    const maps: OffsetMap[] = [];
    let result = '';
    for (const piece of pieces) {
      outStarts.push(result.length);
      if (piece.replacement !== undefined) {
        // Inside a rule's phrase a position gets its proportional share, as in any length-changing match.
        maps.push(
          mapFromSpans([{ inStart: 0, inEnd: piece.end - piece.start, outStart: 0, outEnd: piece.replacement.length }]),
        );
        result += piece.replacement;
      } else {
        const free = base.convertMapped(text.slice(piece.start, piece.end));
        maps.push(free.map);
        result += free.text;
      }
    }
    const map: OffsetMap = (offset) => {
      let k = pieces.length - 1;
      while (k > 0 && pieces[k]!.start > offset) k--;
      const piece = pieces[k];
      if (!piece || offset >= text.length) return result.length;
      return outStarts[k]! + maps[k]!(offset - piece.start);
    };
    return { text: result, map };
  };

  return { config: base.config, lang: base.lang, keepsLength: false, convert, convertMapped };
}
