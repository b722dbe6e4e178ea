/**
 * How much of a text is written in an unspaced script (Han, kana). Readability's thresholds count
 * characters and commas as if every script were English: a 300-character Chinese article holds about
 * as much as 900–1,000 English characters. These helpers weigh text so one threshold serves both.
 */
const HAN_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const LETTER = /[\p{L}\p{N}]/gu;

/** A Han or kana character carries about as much as three Latin characters. */
export const CJK_CHAR_WEIGHT = 3;

/** Share of letters and digits that are Han or kana, 0..1. */
export function unspacedShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(HAN_KANA)?.length ?? 0) / letters;
}

/** Length in Latin-character equivalents: Han/kana characters count `CJK_CHAR_WEIGHT` times. */
export function weightedLength(text: string): number {
  const cjk = text.match(HAN_KANA)?.length ?? 0;
  return text.length + cjk * (CJK_CHAR_WEIGHT - 1);
}
