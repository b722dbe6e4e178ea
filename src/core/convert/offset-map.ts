/**
 * Where a position in the source text lands in the converted text. Conversion replaces matched stretches;
 * most keep their length (发 → 髮), some do not (鼠标 → 滑鼠 keeps it, 用户名 → 使用者名稱 does not, and
 * many Extension-B characters take two UTF-16 units). The DOM writer needs this to cut the converted text of
 * a block back into its text nodes (`头<b>发</b>` → `頭<b>髮</b>`).
 */

/** Source UTF-16 offset → converted UTF-16 offset; monotone, 0 → 0 and end → end. */
export type OffsetMap = (offset: number) => number;

export const identityMap: OffsetMap = (offset) => offset;

/**
 * A replacement whose length changed: source [inStart, inEnd) became converted [outStart, outEnd).
 * Replacements that keep their length need no record: offsets around them shift by the running delta.
 */
export interface Span {
  inStart: number;
  inEnd: number;
  outStart: number;
  outEnd: number;
}

/**
 * Builds the map from the length-changing spans of one conversion (sorted, non-overlapping). A position
 * inside such a span — a tag cutting a phrase that changed length — gets its proportional share, rounded:
 * the text stays right either way, only which node holds which character is a judgement call.
 */
export function mapFromSpans(spans: readonly Span[]): OffsetMap {
  if (spans.length === 0) return identityMap;
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    let before = -1; // last span starting at or before offset
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.inStart <= offset) {
        before = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (before < 0) return offset;
    const s = spans[before]!;
    if (offset >= s.inEnd) return s.outEnd + (offset - s.inEnd);
    const share = (offset - s.inStart) / (s.inEnd - s.inStart);
    return s.outStart + Math.round(share * (s.outEnd - s.outStart));
  };
}

/** Proportional map over a whole text: the fallback when no finer alignment is known. */
export const proportionalMap = (inLength: number, outLength: number): OffsetMap =>
  mapFromSpans(inLength === outLength ? [] : [{ inStart: 0, inEnd: inLength, outStart: 0, outEnd: outLength }]);

/** First apply `first`, then `second`. */
export const composeMaps = (first: OffsetMap, second: OffsetMap): OffsetMap =>
  first === identityMap ? second : second === identityMap ? first : (offset) => second(first(offset));
