import { collapseSpace } from '../dom.js';
/**
 * The byline as a reader wants it under the headline: who wrote the story, without what sat beside the name in the
 * element Readability read it from. Readability takes that element's whole text, and its parts run together where
 * the page set them apart with markup: the date ("By Nicole Gallucci2016-12-13 22:33:06 UTC", "December 15,
 * 20163:33 PM ET Rebecca Hersher"), the author's handle or address ("April Glaser@aprilaser", "Mike Cason |
 * mcason@al.com"), the comment counter and the box's links ("24 comments", "View author archive", "Print E-mail").
 *
 * Those parts cut the text; of the pieces left, the one with the byline's word ("By …", "Von …", "Par …") is the
 * byline, else the first: "Paul December 23, 2016 Scifly" is Paul (the last word is the post's category). A text
 * that is only such parts ("Dec 1st 2016 1:01PM", "View Comments"), a credit for the picture ("Photograph by …") or a
 * commenter's heading ("Dale Beanblossom says:") names no author: no byline.
 */

/** No word boundary before a month: pages glue the date to the name ("lean.greenJun 22, 2021"); digits must follow. */
const MONTH =
  String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?` +
  // German, French, Spanish, Portuguese and Italian names, as European bylines write their dates.
  String.raw`|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre` +
  String.raw`|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro` +
  String.raw`|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre)\.?`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?\.?`;
const YEAR = String.raw`\d{4}`;
/** A clock time with its zone: "3:33 PM ET", "10:20am EST", "22:33:06 UTC", "09h19". */
const ZONE = String.raw`(?:utc|gmt|[ecmp][sd]?t|bst|cest|cet|mesz|mez|ist|jst|kst|hkt|aest|aedt)\b`;
const TIME = String.raw`\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2})\s*(?:[ap]\.?m\.?)?(?:\s*${ZONE})?`;
const DATE = [
  // "Tuesday, Aug. 17, 2010", "Nov 29, 2016", "Dec 1st 2016", "November 2019"; the year may run into a time.
  String.raw`(?:${WEEKDAY})?${MONTH}\s*(?:${DAY},?\s*)?${YEAR}(?!\d{2})`,
  // "05 Oct 2011", "22 Dec 2016", "7 may 2026", "25. April 2014"
  String.raw`(?:${WEEKDAY})?${DAY}\s*${MONTH}\s*${YEAR}`,
  // "2016-12-13", "12.09.16", "18/03/2019", "25.04.2014", Korean "2023. 2. 5."
  String.raw`\d{4}-\d{1,2}-\d{1,2}`,
  String.raw`\d{1,2}[./]\d{1,2}[./]\d{2,4}`,
  String.raw`\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.?`,
].join('|');
/** Words that introduce a date: "Updated", "Last Updated:", "Publicado:", "on", "am" (German), "le" (French). */
const DATE_LABEL = String.raw`(?:(?:(?:last\s+)?updated|published|publicado|posted|veröffentlicht|aktualisiert|publié|mis\s+à\s+jour)\s*(?:on|at|am|le|el)?\s*:?\s*|(?<![\p{L}\p{N}])(?:on|at|am|le|el|um|à)\s+)?`;
const RELATIVE_TIME = String.raw`\d+\s*(?:hrs?|hours?|mins?|minutes?|secs?|seconds?|days?)(?:\s*\d+\s*(?:mins?|minutes?))?\s+ago`;

/** The parts of a byline that are no name but hold no digit: addresses and handles, counters, the box's links. */
const WORDED_PARTS = [
  // A Chinese posting label and the date after it: "发布时间：10-08 12:00".
  String.raw`(?:发布时间|發佈時間|发表于|發表於|发布于|發佈於)[:：]?.*`,
  String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
  String.raw`@\w+`,
  String.raw`\d*\s*comments?\b|leave\s+a\s+comment|view\s+comments`,
  String.raw`view\s+author\s+archive|get\s+author\s+rss\s+feed|follow\s+author|more\s+(?:stories|articles|posts)\s+by\b.*`,
  String.raw`jump\s+to\s+(?:instructions|recipe)|print\s+this\s+recipe|\bprint\b|\be-?mail\b`,
  String.raw`(?<=\p{Ll})(?:updated|contributor)\b`,
  // "Updated by Aja Romano": the word before the byline's own.
  String.raw`^(?:(?:last\s+)?updated|posted|published)\s+(?=by\b)`,
];
/** What cuts a byline: its dates and times first, then the rest. */
const NOT_A_NAME = new RegExp(
  [
    String.raw`${DATE_LABEL}(?:${DATE})(?:,?\s*(?:at\s+|@\s*)?(?:${TIME}))?`,
    String.raw`${DATE_LABEL}(?:${TIME})(?:,?\s*(?:${DATE}))?`,
    RELATIVE_TIME,
    ...WORDED_PARTS,
    String.raw`\d+\s*min(?:ute)?s?\s+read`,
  ].join('|'),
  'giu',
);
/**
 * NOT_A_NAME without its dated parts, for a byline without a digit, where those parts cannot match and the two cut
 * the same. Most bylines are a name alone, and the dates' pattern is the dearest of the whole pipeline to compile
 * (months in five languages, case-folded in Unicode: 20 to 45 ms on a fresh page in Chromium and Firefox, on every
 * click); a byline with neither a digit nor one of MAY_HOLD_WORDED's words is not cut at all.
 */
const NOT_A_NAME_UNDATED = new RegExp(WORDED_PARTS.join('|'), 'giu');
const MAY_HOLD_WORDED = /[@发發]|comment|author|more\s|jump|print|mail|updated|contributor|posted|published/iu;

/** The pattern that cuts `byline` the way NOT_A_NAME would, the cheapest to compile; null: nothing to cut. */
const cutter = (byline: string): RegExp | null =>
  /\d/.test(byline) ? NOT_A_NAME : MAY_HOLD_WORDED.test(byline) ? NOT_A_NAME_UNDATED : null;

/** What a piece may hang on to at its ends once its neighbours are cut: separators, a lone label. */
const LOOSE_ENDS = /^[\s|•·,;:–—@/-]+|[\s|•·,;:–—@/-]+$/gu;
const BARE_LABEL = /^(?:(?:last\s+)?updated|published|publicado|posted|on|at|am|by|von|par|por|door)\s*:?$/i;
const BY_WORD = /^(?:by|von|par|por|door|di|af|av)\b/i;
/** Bylines that are the page's furniture, a credit or a comment's heading, not an author. */
const NO_AUTHOR =
  /^(?:authors?|creator\s+name|dublin\s+core\s+property\s+author|(?:facebook|twitter|instagram|pinterest|youtube|linkedin)(?:\s+(?:facebook|twitter|instagram|pinterest|youtube|linkedin))*)$|^(?:photo(?:graph)?s?|pictures?|illustrations?)\s+by\b|\bsays:?$/i;

/** The author's part of a byline Readability read whole (see the module's comment); null when it names no one. */
/** A forum role's badge run into the name it follows, the name two characters at least. */
const FORUM_BADGE = /(?<=\p{L}{2})\s*(?:小?吧主|吧[务務]|版主|[楼樓]主|管理[员員]|斑竹|超[级級]?版主)$/u;

export function tidyByline(byline: string | null): string | null {
  if (!byline) return null;
  const pattern = cutter(byline);
  const pieces = (pattern ? byline.split(pattern) : [byline])
    .map((piece) => collapseSpace(piece.replace(LOOSE_ENDS, '')))
    .filter((piece) => /\p{L}/u.test(piece) && !BARE_LABEL.test(piece));
  const name = pieces.find((piece) => BY_WORD.test(piece) && piece.split(' ').length > 1) ?? pieces[0];
  if (!name || NO_AUTHOR.test(name)) return null;
  // A counter left after the name ("Lucas Nolan651", "谢若含 74") is no part of it, nor is a forum's badge beside it
  // ("福州小王吧主" with its level, Baidu Tieba's author box: 吧主, 版主, 楼主 are roles, not the name).
  return name.replace(/(?<=\p{L})\s*\d+$/u, '').replace(FORUM_BADGE, '');
}
