/**
 * Runs OpenCC dictionaries the way opencc-js does (normalise, segment, then each dictionary group of the
 * chain by longest match), and can also report where each source offset went (`convertMapped`), which
 * opencc-js cannot. The plain path is opencc-js's own `Trie.convert`; the mapped path re-walks the same tries
 * with `matchPrefix` and is checked against the plain output by the caller (`converter.ts`).
 */
import { Trie, type DictLike } from 'opencc-js/core';
import { composeMaps, identityMap, mapFromSpans, type OffsetMap, type Span } from './offset-map.js';

export interface Mapped {
  text: string;
  map: OffsetMap;
}

/** One trie holding a dictionary group; earlier dictionaries win on equal keys, as in OpenCC's groups. */
export function groupTrie(group: readonly DictLike[]): Trie {
  const trie = new Trie();
  trie.loadDictGroup(group);
  return trie;
}

/** Longest-match conversion with a record of the replacements that changed length. */
export function convertTracked(trie: Trie, text: string): Mapped {
  const parts: string[] = [];
  const spans: Span[] = [];
  let out = 0;
  let plainFrom = 0;
  for (let i = 0; i < text.length;) {
    const match = trie.matchPrefix(text, i);
    if (!match) {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    if (plainFrom < i) {
      parts.push(text.slice(plainFrom, i));
      out += i - plainFrom;
    }
    parts.push(match.value);
    const inLength = match.end - i;
    if (match.value.length !== inLength) {
      spans.push({ inStart: i, inEnd: match.end, outStart: out, outEnd: out + match.value.length });
    }
    out += match.value.length;
    i = plainFrom = match.end;
  }
  parts.push(text.slice(plainFrom));
  return { text: parts.join(''), map: mapFromSpans(spans) };
}

/**
 * OpenCC's segmentation: longest matches become segments of their own, the text between them one segment
 * each. `phrasesOnly` treats one-character matches as unmatched text (see recipes.ts for why).
 */
export function segment(trie: Trie, text: string, phrasesOnly: boolean): string[] {
  if (!phrasesOnly) return trie.segment(text);
  const segments: string[] = [];
  let plainFrom = 0;
  for (let i = 0; i < text.length;) {
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const match = trie.matchPrefix(text, i);
    if (!match || match.end - i <= width) {
      i += width;
      continue;
    }
    if (plainFrom < i) segments.push(text.slice(plainFrom, i));
    segments.push(text.slice(i, match.end));
    i = plainFrom = match.end;
  }
  if (plainFrom < text.length || segments.length === 0) segments.push(text.slice(plainFrom));
  return segments;
}

export interface Segmentation {
  trie: Trie;
  phrasesOnly: boolean;
}

/**
 * One OpenCC config: optional normalisation, optional segmentation (phrases cut the text so later groups
 * cannot match across phrase boundaries), then the chain of groups on each segment.
 */
export class Stage {
  constructor(
    private readonly chain: readonly Trie[],
    private readonly segmentation?: Segmentation,
    private readonly normalization?: Trie,
  ) {}

  private segments(text: string): string[] {
    return this.segmentation ? segment(this.segmentation.trie, text, this.segmentation.phrasesOnly) : [text];
  }

  convert(text: string): string {
    const normal = this.normalization ? this.normalization.convert(text) : text;
    if (!this.segmentation) return this.chain.reduce((s, trie) => trie.convert(s), normal);
    const segments = this.segments(normal);
    let result = '';
    for (const segment of segments) result += this.chain.reduce((s, trie) => trie.convert(s), segment);
    return result;
  }

  convertMapped(text: string): Mapped {
    let map: OffsetMap = identityMap;
    let normal = text;
    if (this.normalization) ({ text: normal, map } = convertTracked(this.normalization, text));
    const segments = this.segments(normal);
    if (segments.length === 1) {
      const chained = this.chainMapped(normal);
      return { text: chained.text, map: composeMaps(map, chained.map) };
    }
    // Each segment runs the chain on its own; a position maps within the segment that holds it.
    const inStarts: number[] = [];
    const outStarts: number[] = [];
    const maps: OffsetMap[] = [];
    let inAt = 0;
    let result = '';
    for (const segment of segments) {
      const chained = this.chainMapped(segment);
      inStarts.push(inAt);
      outStarts.push(result.length);
      maps.push(chained.map);
      inAt += segment.length;
      result += chained.text;
    }
    const total = result.length;
    const segmentMap: OffsetMap = (offset) => {
      if (offset >= inAt) return total;
      let lo = 0;
      let hi = inStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (inStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return outStarts[lo]! + maps[lo]!(offset - inStarts[lo]!);
    };
    return { text: result, map: composeMaps(map, segmentMap) };
  }

  private chainMapped(text: string): Mapped {
    let current: Mapped = { text, map: identityMap };
    for (const trie of this.chain) {
      const next = convertTracked(trie, current.text);
      current = { text: next.text, map: composeMaps(current.map, next.map) };
    }
    return current;
  }
}
