/**
 * Chinese news pages rarely carry structured metadata; they print it in a line under the headline:
 *   2021/03/12  來源: 大眾報業·大眾日報客戶端  作者: 張春曉  責任編輯: 劉春暖
 * This reads 作者 → byline, 来源 → siteName, the date → publishedTime, in Simplified and Traditional forms.
 * An editor (责任编辑) is never a byline, and no value ever holds a label's own text.
 */
import { collapsedText } from '../dom.js';

export interface CjkMetadata {
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

const LABELS = '作者|作\\s*者|記者|记者|來源|来源|出處|出处|責任編輯|责任编辑|編輯|编辑|發布時間|发布时间|發佈時間|時間|时间|日期';
const VALUE = `\\s*[:：]\\s*((?:(?!${LABELS})[^\\s:：|｜/])+(?:[·•][^\\s:：|｜]+)*)`;
const BYLINE = new RegExp(`(?<!責任|责任)(?:作\\s*者|記者|记者)${VALUE}`);
const SOURCE = new RegExp(`(?:來源|来源|出處|出处)${VALUE}`);
const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/** Elements with short text are where the metadata line lives; long ones are paragraphs. */
function metadataLines(doc: Document): string[] {
  const lines: string[] = [];
  for (const el of Array.from(doc.body?.querySelectorAll('div, p, span, section, header, li, td') ?? [])) {
    const text = collapsedText(el);
    if (text.length > 0 && text.length <= 160 && /[:：]/.test(text)) lines.push(text);
  }
  return lines;
}

const pad = (n: string | undefined) => (n ?? '0').padStart(2, '0');

export function cjkMetadata(doc: Document): CjkMetadata {
  const found: CjkMetadata = { byline: null, siteName: null, publishedTime: null };
  for (const line of metadataLines(doc)) {
    found.byline ??= BYLINE.exec(line)?.[1] ?? null;
    found.siteName ??= SOURCE.exec(line)?.[1] ?? null;
    if (!found.publishedTime && (found.byline || found.siteName || /时间|時間|日期|發布|发布/.test(line))) {
      const d = DATE.exec(line);
      if (d) {
        const time = d[4] ? `T${pad(d[4])}:${pad(d[5])}:${pad(d[6])}` : '';
        found.publishedTime = `${d[1]}-${pad(d[2])}-${pad(d[3])}${time}`;
      }
    }
    if (found.byline && found.siteName && found.publishedTime) break;
  }
  return found;
}
