/**
 * Reading time as a reader would estimate it: Chinese and Japanese are counted in characters, other
 * scripts in words (a page may mix both). Rates are typical silent-reading speeds for screen text.
 */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const CJK_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 230;

export interface ReadingTime {
  minutes: number;
  cjkCharacters: number;
  words: number;
}

export function readingTime(text: string): ReadingTime {
  const cjkCharacters = text.match(CJK_CHAR)?.length ?? 0;
  const words = text.replace(CJK_CHAR, ' ').match(WORD)?.length ?? 0;
  const minutes = Math.max(1, Math.round(cjkCharacters / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
  return { minutes, cjkCharacters, words };
}
