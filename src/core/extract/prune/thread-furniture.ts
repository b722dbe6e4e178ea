/**
 * What a discussion thread prints around every post: the post's stamp — poster, date and time, the post's controls —
 * and its row of controls. Tianya prints "楼主：cdylng 时间：2017-03-24 20:54:36" over each floor and "JustSoSoSoJ：
 * 举报 2017-03-30 15:05:10 评论" over each reply; Discuz! "1楼 大 中 小 发表于 2010-1-17 14:40 只看该作者" over each
 * post and "引用 回复 TOP" under it; phpBB "von alice » Di 12. Mär 2019, 10:14"; Tieba "来自Android客户端 3楼 2023-05-14
 * 10:20" under each post; a blog's comments "Peter 12.03.2019 um 10:14 Antworten". Known by structure, in any language:
 * - a stamp is a short line with a full date and a time of day (not a span of hours, which a schedule gives), beside
 *   them a few short tokens and no sentence, and a link in it (the poster's profile, a control), a time to the
 *   second or a floor ("3楼"), which only software prints;
 * - a thread has three stamps or more (the byline Readability took from the first post counts), nearly each beside a
 *   post: text before the next stamp, or, for stamps under the posts, after the previous one. A list of dated items one
 *   after another is a schedule or a log, not a thread; a topic the page's shaded boxes showed is one however few;
 * - in a thread, the same short line with a link in it, printed three times or more, is a post's controls; short
 *   lines one template prints that are all link (a poster's name, a badge) are a card; the page's signature boxes'
 *   lines are signatures.
 * And the note forum software writes into a post someone edited, thread or not: Discuz!'s "本帖最后由 老街坊 于 2012-3-4
 * 12:00 编辑", vBulletin's "Last edited by alice; 03-04-2012 at 12:00 PM.", phpBB's "Zuletzt geändert von alice am Di 12.
 * Mär 2019, 10:14, insgesamt 1-mal geändert.", in the languages of the open web's forums: a whole line with its date.
 * Around the posts, too: each reply's title ("Re: <the thread's title>"), the poster's card beside each post ("Beiträge:
 * 47 / Registriert: …", known by its labelled short lines printed by one template) and the board's statistics line.
 */
import { collapseSpace, linkTextLength, templateSignature } from '../../dom.js';
import { DATE_GLUE, datePartsFor } from './dateline.js';
import {
  alive,
  brLines,
  firstLeafBlocks,
  leafBlocks,
  normLine,
  remove,
  removeLine,
  textOf,
  wordCount,
  type PruneContext,
} from './util.js';
import { vocabulary } from './split-alternation.js';

const CLOCK = /(?<![\d:：])\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?![\d:：])/;
const CLOCK_SECONDS = /(?<![\d:：])\d{1,2}[:：]\d{2}[:：]\d{2}(?![\d:：])/;
const CLOCK_SPAN = /\d{1,2}[:：]\d{2}\s*[-–—－~〜～至到]\s*\d{1,2}[:：]\d{2}/;
/** A date with its year: numeric in either order, or with the month written out (any language's letters). */
const FULL_DATE =
  /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?<!\d)\d{1,2}\.?\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)?\d{2}(?!\d)|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+(?:19|20)\d{2}|\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}/u;
const FULL_DATES = new RegExp(FULL_DATE.source, 'gu');
const CLOCKS = new RegExp(CLOCK.source, 'g');
const MAX_STAMP_CHARS = 80;
/** Beside the date and time: a poster, a label, a floor number, a control's words. */
const MAX_STAMP_TOKENS = 8;
const MAX_TOKEN_CHARS = 16;
const MAX_RESIDUE_CHARS = 32;
/** A thread has this many stamped posts at least; its controls repeat as often. */
const MIN_POSTS = 3;
/**
 * Nearly every stamp heads a post (a post whose words another rule took, a quote, leaves one bare); a list of dated
 * items one after another heads nothing.
 */
const HEADING_SHARE = 0.75;
/** In a topic the page showed to be one, a card or a row of controls printed twice is the template's. */
const MIN_KNOWN_REPEATS = 2;
const MAX_CONTROL_CHARS = 30;
const MAX_CONTROL_TOKENS = 6;

/** Words between spaces and marks; a name keeps its _ and - (a_b-c is one poster). */
const tokensOf = (text: string): string[] =>
  text.split(/[\s\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{S}]+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));

function isStamp(el: Element): boolean {
  // A table cell that is only a date is a log's or a table's data, not a post's stamp.
  if (el.localName === 'td' || el.localName === 'th') return false;
  const text = textOf(el);
  return readsAsStamp(text) && (el.querySelector('a[href]') !== null || CLOCK_SECONDS.test(text) || FLOOR.test(text));
}

/**
 * A post's floor, which only a forum prints: Tieba's "3楼" in the tail under each post, Discuz!'s "5#", "楼主", "沙发".
 * With a date and a time of day on a short line, it marks a stamp as a link or a time to the second does.
 */
const FLOOR = /(?<!\d)\d{1,5}\s*楼(?!\p{L})|(?<![\w#])#\d{1,5}(?!\w)|楼主|沙发|板凳|地板/u;

/** A stamp's words: a short line with a full date and a time of day, and beside them a few short tokens. */
function readsAsStamp(text: string): boolean {
  if (text.length > MAX_STAMP_CHARS || /[.!?。！？]$/.test(text) || CLOCK_SPAN.test(text)) return false;
  if (!CLOCK.test(text) || !FULL_DATE.test(text)) return false;
  // The whole date first: the date-line rule's parts would take its year alone and leave "1. Mär".
  const left = tokensOf(
    text.replace(FULL_DATES, ' ').replace(CLOCKS, ' ').replace(datePartsFor(text), ' ').replace(DATE_GLUE, ' '),
  );
  return (
    left.length <= MAX_STAMP_TOKENS &&
    left.every((token) => token.length <= MAX_TOKEN_CHARS) &&
    left.join('').length <= MAX_RESIDUE_CHARS
  );
}

/**
 * Whether text stands between `stamp` and the next stamp (or the end of the article, `root`): the post it heads. Read as text, not
 * blocks: a reply's words may sit loose beside its stamp's paragraph (tianya's `<li><p>stamp</p><span>reply</span>`).
 */
function postFollows(stamp: Element, next: Element | null, root: Element): boolean {
  const range = stamp.ownerDocument.createRange();
  range.setStartAfter(stamp);
  if (next) range.setEndBefore(next);
  else range.setEnd(root, root.childNodes.length);
  return range.toString().trim() !== '';
}

/** Whether text stands between the previous stamp (or the article's start) and `stamp`: the post it closes. */
function postPrecedes(stamp: Element, previous: Element | null, root: Element): boolean {
  const range = stamp.ownerDocument.createRange();
  if (previous) range.setStartAfter(previous);
  else range.setStart(root, 0);
  range.setEndBefore(stamp);
  return range.toString().trim() !== '';
}

/** A post's row of controls: a short line, a link in it, no sentence. */
const isControls = (el: Element, text: string): boolean =>
  text.length <= MAX_CONTROL_CHARS &&
  tokensOf(text).length <= MAX_CONTROL_TOKENS &&
  !/[.!?。！？]$/.test(text) &&
  el.querySelector('a[href]') !== null;

/** "Edited by … on <date>": the note opens the line; the date (a digit) and a short length make it the whole line. */
const EDIT_NOTE = vocabulary(
  /^(?:本帖最[后後](?:由|被)\s*\S.{0,40}?\s*[于於]\s*.{4,30}?\s*[编編][辑輯]\s*$|(?:last\s+)?edited\s+by\s+\S.{0,40}?(?:[;,]|\s+on|\s+at|\s+-)\s*(?:\p{L}{2,9}\.?,?\s+){0,2}\d|last\s+edited(?:\s+on|\s+at|\s*:)|zuletzt\s+(?:geändert|bearbeitet)\s+(?:von\s+\S.{0,40}?\s+)?(?:am|um|:)|dernière\s+(?:modification|édition)\s+par\s+\S.{0,40}?\s+le|(?:última\s+edición|editado\s+por\s+última\s+vez)\s+por|ultima\s+modifica\s+(?:di|da|il)|laatst\s+bewerkt\s+door|ostatnio\s+edytowan[ya]\s+przez)/iu,
);
const MAX_EDIT_NOTE_WORDS = 30;
const isEditNote = (text: string): boolean =>
  EDIT_NOTE.test(text) && /\d/.test(text) && wordCount(text) <= MAX_EDIT_NOTE_WORDS;

/** The note of an edit, as a block of its own or a line of the post's block. */
function pruneEditNotes(ctx: PruneContext): void {
  for (const el of leafBlocks(ctx.root)) {
    if (!alive(ctx, el)) continue;
    const lines = brLines(el);
    if (lines.length > 1) {
      for (const line of lines) if (isEditNote(line.text)) removeLine(ctx, el, line, 'edit-note');
    } else if (isEditNote(textOf(el))) remove(ctx, el, 'edit-note');
  }
}

/**
 * A reply's title: the thread's title under the mail-style reply prefix forum software puts over every reply ("Re:",
 * German "AW:" and "Antw:", Nordic "Sv:", Polish "Odp:", Turkish "Ynt:"). Only forums and mail print it; the story's
 * own words never start so.
 */
const REPLY_PREFIX = /^(?:re|aw|antw|sv|odp|ynt|r)\s*(?:\[\d+\]|\^\d+)?\s*[:：]\s*/i;

function pruneReplyTitles(ctx: PruneContext): void {
  const title = normLine(ctx.title);
  if (!title) return;
  for (const el of leafBlocks(ctx.root)) {
    const text = textOf(el);
    if (REPLY_PREFIX.test(text) && normLine(text.replace(REPLY_PREFIX, '')) === title) remove(ctx, el, 'reply-title');
  }
}

/**
 * A poster's profile box, printed beside every post of a thread: the name, a rank, and labelled figures ("Beiträge:
 * 47", "Registriert: Mo 3. Jan 2022", "Wohnort: Kempten"; vBulletin's "Join Date: Jan 2012", "Posts: 1,234"). Known by
 * structure: a box of short lines, no sentence, one labelled line at least, printed by one template beside three
 * posts or more. A post's own short lines ("Danke!") have no label and are not printed by a template of their own.
 */
const PROFILE_LABEL = /^[\p{L}][\p{L}\s.-]{1,24}[:：]\s*\S/u;
const MAX_PROFILE_WORDS = 25;
const MAX_PROFILE_LINE_WORDS = 8;

const isProfileLine = (text: string): boolean =>
  wordCount(text) <= MAX_PROFILE_LINE_WORDS && !/[.!?。！？]$/.test(text);

/** The largest box around a labelled line that holds only short lines: the profile box, if the line is in one. */
function profileBox(ctx: PruneContext, line: Element): Element | null {
  let box: Element | null = null;
  for (let el = line.parentElement; el && el !== ctx.root; el = el.parentElement) {
    if (wordCount(textOf(el)) > MAX_PROFILE_WORDS) break;
    const lines = firstLeafBlocks(el, Infinity).filter((b) => textOf(b) !== '');
    if (lines.length < 2 || !lines.every((b) => isProfileLine(textOf(b)))) break;
    box = el;
  }
  return box;
}

/**
 * Outside a thread the stamp rule recognised (a thread of two or three posts, whose first stamp Readability took as
 * the byline), two boxes will do if each holds a link (the poster's profile) and a post follows each: words of a
 * sentence's length between it and the next box. A team page's cards follow one another with no post between.
 */
const MIN_BOXES_WITH_POSTS = 2;
const MIN_POST_CHARS = 40;

function eachHeadsPost(ctx: PruneContext, boxes: readonly Element[]): boolean {
  return boxes.every((box, i) => {
    if (!box.querySelector('a[href]')) return false;
    const range = box.ownerDocument.createRange();
    range.setStartAfter(box);
    const next = boxes[i + 1];
    if (next) range.setEndBefore(next);
    else range.setEnd(ctx.root, ctx.root.childNodes.length);
    return collapseSpace(range.toString()).length >= MIN_POST_CHARS;
  });
}

function pruneProfileBoxes(ctx: PruneContext, blocks: readonly Element[], minBoxes: number): void {
  const boxes = new Map<string, Set<Element>>();
  for (const el of blocks) {
    const text = textOf(el);
    // The colon first: the Unicode pattern is compiled (in Firefox, on every page) only where a label can be.
    if (!alive(ctx, el) || !/[:：]/.test(text) || !PROFILE_LABEL.test(text) || !isProfileLine(text)) continue;
    const box = profileBox(ctx, el);
    if (!box) continue;
    const signature = templateSignature(box);
    const same = boxes.get(signature) ?? new Set<Element>();
    same.add(box);
    boxes.set(signature, same);
  }
  for (const same of boxes.values()) {
    const ordered = [...same];
    const posterBoxes =
      ordered.length >= minBoxes || (ordered.length >= MIN_BOXES_WITH_POSTS && eachHeadsPost(ctx, ordered));
    if (posterBoxes) for (const box of ordered) remove(ctx, box, 'poster-profile');
  }
}

/**
 * A board's statistics line under a topic, phpBB's in the languages of the open web's forums: "Users browsing this
 * forum: No registered users and 3 guests", "Mitglieder in diesem Forum: 0 Mitglieder und 3 Gäste".
 */
const BOARD_STATISTICS = vocabulary(
  /^(?:users\s+browsing\s+this\s+forum|mitglieder\s+in\s+diesem\s+forum|utilisateurs\s+parcourant\s+ce\s+forum|usuarios\s+navegando\s+por\s+este\s+foro|utenti\s+presenti\s+in\s+questo\s+forum|gebruikers\s+op\s+dit\s+forum|użytkownicy\s+przeglądający\s+to\s+forum|usuários\s+navegando\s+neste\s+fórum)\s*[:：]/i,
);
const MAX_STATISTICS_WORDS = 30;

/**
 * Posters' signatures (the page's signature boxes, read before Readability took their names: signatures.ts): in a
 * thread, or where the page prints two or more; a line whose words are a signature's, and short.
 */
const MAX_SIGNATURE_WORDS = 40;

function pruneSignatures(ctx: PruneContext, inThread: boolean): void {
  const { lines, boxes } = ctx.signatures;
  if (boxes === 0 || (!inThread && boxes < 2)) return;
  for (const el of leafBlocks(ctx.root)) {
    const text = textOf(el);
    if (alive(ctx, el) && lines.has(text) && wordCount(text) <= MAX_SIGNATURE_WORDS) remove(ctx, el, 'post-signature');
  }
}

export function pruneThreadFurniture(ctx: PruneContext): void {
  pruneEditNotes(ctx);
  pruneReplyTitles(ctx);
  for (const el of leafBlocks(ctx.root))
    if (BOARD_STATISTICS.test(textOf(el)) && wordCount(textOf(el)) <= MAX_STATISTICS_WORDS)
      remove(ctx, el, 'board-statistics');
  const blocks = leafBlocks(ctx.root).filter((el) => alive(ctx, el) && textOf(el) !== '');
  const stamps = blocks.filter(isStamp);
  // Readability takes the first post's stamp as the page's byline (phpBB's `p.author`): it headed the first post.
  const bylineStamp = ctx.byline !== null && readsAsStamp(collapseSpace(ctx.byline)) ? 1 : 0;
  // Over each post (most forums) or under it (Tieba's tail: "来自Android客户端 3楼 2023-05-14 10:20").
  const over = stamps.filter((stamp, i) => postFollows(stamp, stamps[i + 1] ?? null, ctx.root)).length;
  const under = stamps.filter((stamp, i) => postPrecedes(stamp, stamps[i - 1] ?? null, ctx.root)).length;
  const besidePosts = bylineStamp + Math.max(over, under);
  // A forum topic the page's shaded posts showed (post-series.ts) is a thread however few stamps it kept.
  const known = ctx.forumTopic;
  if (!known && (besidePosts < MIN_POSTS || besidePosts < (stamps.length + bylineStamp) * HEADING_SHARE)) {
    pruneProfileBoxes(ctx, blocks, Infinity);
    pruneSignatures(ctx, false);
    return;
  }
  for (const el of stamps) remove(ctx, el, 'post-stamp');
  const seen = new Map<string, Element[]>();
  for (const el of blocks) {
    const text = textOf(el);
    if (!alive(ctx, el) || !isControls(el, text)) continue;
    const same = seen.get(text);
    if (same) same.push(el);
    else seen.set(text, [el]);
  }
  const minRepeats = known ? MIN_KNOWN_REPEATS : MIN_POSTS;
  for (const same of seen.values())
    if (same.length >= minRepeats) for (const el of same) remove(ctx, el, 'post-controls');
  // In a known topic, the one card Readability kept with the post it framed.
  pruneProfileBoxes(ctx, blocks, known ? 1 : MIN_POSTS);
  pruneLinkedLines(ctx, blocks);
  pruneSignatures(ctx, true);
}

/**
 * In a thread, the short lines one template prints beside its posts (twice at least: the first post's may be the
 * byline) and that are their links' words: each poster's name over the post (Tieba's `li.d_name`), a badge
 * ("知名人士"), a level — a card with no labels. A post's own words are not a link's.
 */
const MAX_LINKED_LINE_CHARS = 30;
const MIN_LINKED_SHARE = 0.8;

function pruneLinkedLines(ctx: PruneContext, blocks: readonly Element[]): void {
  const byTemplate = new Map<string, Element[]>();
  for (const el of blocks) {
    const text = textOf(el);
    if (!alive(ctx, el) || text.length > MAX_LINKED_LINE_CHARS || /[.!?。！？]$/.test(text)) continue;
    // A line inside a link (a badge's `<a><div>知名人士</div></a>`) is all link.
    if (!el.closest('a[href]') && linkTextLength(el) < text.length * MIN_LINKED_SHARE) continue;
    const signature = templateSignature(el);
    const same = byTemplate.get(signature) ?? [];
    same.push(el);
    byTemplate.set(signature, same);
  }
  for (const same of byTemplate.values())
    if (same.length >= MIN_KNOWN_REPEATS) for (const el of same) remove(ctx, el, 'poster-card');
}
