/**
 * The article's furniture printed inside its container: date and "Updated" lines, "By …" lines, the
 * headline repeated, the page's own address, kicker words. Hearst pages (SFGate, Chron, CT Post) put
 * "Updated 1:39 am EST, Wednesday, November 20, 2019" and the URL in the text; Express prints
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …"; CBS "November 20, 2019 / 1:07 AM / CBS News".
 * The metadata already carries date and byline, so the body need not repeat them.
 */
import { leafBlocks, remove, textOf, wordCount, type PruneContext } from './util.js';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE_PARTS = new RegExp([
  String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b,?(?:\s+\d{4})?`,
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b,?(?:\s+\d{4})?`,
  String.raw`\b\d{4}-\d{2}-\d{2}(?:t[\d:.+-]+z?)?`,
  String.raw`\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
  String.raw`\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|h))?`,
  String.raw`\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\b,?`,
  String.raw`\b\d{4}年\d{1,2}月\d{1,2}日`,
  String.raw`\b(?:today|yesterday|\d+\s+(?:minutes?|hours?|days?)\s+ago)\b`,
  String.raw`\b(?:19|20)\d{2}\b`,
].join('|'), 'gi');

const DATE_LABEL = /^(?:\|\s*)?(?:updated|published|posted|first\s+published|last\s+updated|original|modified|publicado|pubblicato|veröffentlicht|publié|発行|发布时间|發布時間|更新)\b[\s:：]*/i;
const BYLINE_LINE = /^(?:by|por|di|von|par|written\s+by)\s+\S/i;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

/** The words left when every date and time expression and separator is taken out. */
function residue(text: string): number {
  return wordCount(text.replace(DATE_PARTS, ' ').replace(DATE_LABEL, ' ').replace(/[|/·•,:;–—-]/g, ' '));
}

/**
 * A date line, not a sentence that mentions a date: labelled ("Updated …"), nothing but date words, or a
 * full date among separators with a short source name ("November 20, 2019 / 1:07 AM / CBS News").
 * "Sales fell in 2019" keeps its three words and stays.
 */
function isDateline(text: string): boolean {
  if (DATE_LABEL.test(text)) return true;
  const left = residue(text);
  if (left <= 1) return true;
  return left <= 3 && /[|/·•]/.test(text) && /\d/.test(text) && !/[.!?]$/.test(text);
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function pruneDatelines(ctx: PruneContext): void {
  const title = norm(ctx.title);
  const byline = ctx.byline ? norm(ctx.byline) : null;
  for (const el of leafBlocks(ctx.root)) {
    const text = textOf(el);
    const words = wordCount(text);
    if (words > 25) continue;
    const hasDate = (text.match(DATE_PARTS) ?? []).length > 0;
    if (hasDate && isDateline(text)) remove(ctx, el, 'dateline');
    else if (BYLINE_LINE.test(text) && words <= 12 && !/[.!?]$/.test(text)) remove(ctx, el, 'byline');
    else if (byline && norm(text) === byline) remove(ctx, el, 'byline');
    else if (title && norm(text) === title) remove(ctx, el, 'headline');
    else if (URL_ONLY.test(text)) remove(ctx, el, 'url');
  }
}
