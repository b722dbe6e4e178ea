/**
 * Spam titles and metadata (pattern 14 of the hidden-spam taxonomy). Hacked pages replace `<title>`,
 * meta description and keywords with strings of porn or gambling search phrases joined by `_` or `,`:
 *   国产一级做a爰片在线看免费_国产人人在线成视频_少妇疯狂高潮欠久久_中文字幕人妻在线中字
 * A normal news title has one to three segments, the last one the site's name (标题_山东频道_大众网).
 */
import { lexiconHits } from './lexicon.js';

const SEGMENT_SPLIT = /\s*(?:[_,，、|｜\-–—]|\s[Il]\s)\s*/;
/** Region words that stack up in porn titles; two or more in one title are a signal on their own. */
const REGION_WORDS = ['亚洲', '欧美', '日韩', '国产', '亞洲', '歐美', '日韓', '國產'];

export function isSpamText(text: string | null | undefined): boolean {
  if (!text) return false;
  const segments = text.split(SEGMENT_SPLIT).filter((s) => s.trim().length > 0);
  const hits = lexiconHits(text);
  const regions = REGION_WORDS.filter((w) => text.includes(w)).length;
  if (hits.strong.length >= 2) return true;
  if (segments.length >= 3 && hits.strong.length + hits.weak.length >= 2) return true;
  if (segments.length >= 3 && regions >= 2) return true;
  // One strong hit in a title of several search-phrase segments (keyword stuffing).
  return hits.strong.length === 1 && segments.length >= 3;
}
