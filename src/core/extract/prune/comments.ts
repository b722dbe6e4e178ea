/**
 * Readers' comments kept after the article. Readability drops blocks classed `comment`, but a German site's
 * `kommentar`, a Spanish one's `comentario`, a Dutch one's `reactie` and threads with no telling class pass, and
 * the thread joins the story. A thread is known by its shape, in any language:
 *  - three or more adjacent items printed by one template (util.ts `sameTemplateRuns`);
 *  - each signed: a short header (or footer) with a name, a date and a time of day ("Peter M. 12.03.2019 um
 *    14:35", "anna_k — 2019-03-12 14:35", "Sam says: March 12, 2019 at 2:35 pm"), and something said beside it;
 *  - all of it after the article: no paragraph of prose follows the thread, and the story before it is real.
 * A chronology's entries carry dates without times, a live blog's times without dates, a list of quotes neither:
 * none is taken. A forum thread
 * whose posts are the page is left too: there is no story before it.
 *
 * A thread under its own heading ("Kommentare (2)", "12 Comments", "3 thoughts on “…”", "评论") needs less: the
 * heading says what follows, so one signed reply is enough, and a relative stamp ("vor 2 Stunden", "3 hours ago",
 * "il y a 2 jours", "3小时前") signs it. That pass runs first, before the line rules take the heading alone as a
 * control label and leave the replies standing as the article's last paragraphs.
 */
import { blockText } from '../../text.js';
import { vocabulary } from './split-alternation.js';
import { alive, leafBlocks, remove, sameTemplateRuns, textOf, wordCount, type PruneContext } from './util.js';

const MIN_COMMENTS = 3;
/** A name, a date and a time, with a word or two ("schrieb am", "says", "Antworten"). */
const MAX_SIGNATURE_WORDS = 12;
/** The story before the thread: at least this many words, and this share of the thread's. */
const MIN_STORY_WORDS = 80;
const MIN_STORY_SHARE = 0.25;
/** A block this long after the thread is the article going on: the run is not a thread at the end. */
const PROSE_WORDS = 25;

/** A time of day: 14:35, 14h35, 2:35 pm. */
const TIME = /(?<!\d)\d{1,2}[:h]\d{2}(?!\d)/u;
/** A date: numeric (12.03.2019, 2019-03-12, 3/12/19) or any with its year ("March 12, 2019", "12. März 2019"). */
const DATE = /(?<!\d)(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2})(?!\d)/u;
const DATES_AND_TIMES = new RegExp(`${TIME.source}|${DATE.source}`, 'gu');
/**
 * A stamp relative to the reader's now, which a reply under a thread heading carries in place of a date and a time:
 * German, English, French, Spanish, Portuguese, Italian, Dutch, Polish, Czech, Russian, the Nordic languages, Finnish,
 * Turkish, Chinese, Japanese, Korean.
 */
const RELATIVE_STAMP_PATTERN =
  /\bvor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\b|\b(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\bil\s+y\s+a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b|\bhace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)\b|\bhá\s+\d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)\b|\b\d+\s+(?:minuti|ore|giorni|settimane|mesi|anni)\s+fa\b|\b\d+\s+(?:minuten|uur|dagen|weken|maanden|jaar)\s+geleden\b|\b\d+\s+(?:sekund[ay]?|minut[ay]?|godzin[ay]?|dni|dzień|tygodni[ea]?|miesięcy|miesiące|lat[a]?)\s+temu\b|\bpřed\s+\d+\s+(?:minutami|hodinami|dny|týdny|měsíci|lety)\b|\b\d+\s+(?:секунд|минут|час|дн|недел|месяц|год|лет)[а-яё]*\s+назад|\b(?:för\s+)?\d+\s+(?:minuter|timmar|dagar|veckor|månader|år)\s+sedan\b|\b(?:for\s+)?\d+\s+(?:minutter|timer|dage|dager|uger|uker|måneder|år)\s+siden\b|\b\d+\s+(?:minuuttia|tuntia|päivää|viikkoa|kuukautta|vuotta)\s+sitten\b|\b\d+\s+(?:dakika|saat|gün|hafta|ay|yıl)\s+önce\b|\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前|\d+\s*(?:分|時間|日|週間|か月|ヶ月)前|\d+\s*(?:초|분|시간|일|주|개월|년)\s*전/i;
const RELATIVE_STAMP = vocabulary(RELATIVE_STAMP_PATTERN);
/**
 * The heading of a readers' thread, the whole of the heading's text: the plural label with or without its count
 * ("Kommentare (2)", "12 Comments", "Leserkommentare", "Commentaires", "评论（3）"), the singular only with its count
 * (a lone "Kommentar" or "Comment" heads an opinion piece, not a thread), or WordPress's "3 thoughts on “…”",
 * "12 Responses to “…”", "3 Gedanken zu „…“".
 */
const THREAD_HEADING = vocabulary(
  /^(?:\d+\s+)?(?:(?:leser|user|nutzer)?kommentare|(?:reader\s+|user\s+)?comments|commentaires|comentarios|comentários|commenti|reacties|komentarze|kommentarer|kommentit|комментарии|评论|評論|网友评论|網友評論|留言|コメント|댓글)(?:\s*[(（[]\d+[)）\]]|\s+\d+)?$|^(?:\d+\s+(?:kommentar|comment|commentaire|comentario|comentário|commento|reactie|komentarz)|(?:kommentar|comment|commentaire|comentario|comentário|commento|reactie|komentarz)\s*[(（[]\d+[)）\]])$|^\d+\s+(?:thoughts?\s+on|responses?\s+to|replies\s+to|comments?\s+on|gedanken\s+zu|antworten\s+auf|réflexions?\s+sur|réponses?\s+à|comentarios?\s+(?:en|a|sobre)|respuestas?\s+a)\s+\S/i,
);
/** The heading's text is short: a label and a count, or a count and the post's title. */
const MAX_HEADING_CHARS = 160;
/** What a thread heading's box holds beside the heading: "Neueste zuerst", "Sortieren nach: Beliebt", "RSS". */
const MAX_HEAD_EXTRA_WORDS = 6;

/**
 * The first or last lines of an item, up to three and MAX_SIGNATURE_WORDS, when they sign it: a date and a time
 * of day (a chronology's entries have dates, a live blog's times, a comment both) and a name beside them.
 */
function signed(lines: string[], relative: boolean): boolean {
  let words = 0;
  for (let i = 0; i < Math.min(3, lines.length); i++) {
    words += wordCount(lines[i]!);
    if (words > MAX_SIGNATURE_WORDS) return false;
    const signature = lines.slice(0, i + 1).join(' ');
    if (relative) {
      // The vocabulary finds a stamp cheaply; the whole pattern (compiled only then) says what to set aside for the name.
      if (RELATIVE_STAMP.test(signature) && /\p{L}{2}/u.test(signature.replace(RELATIVE_STAMP_PATTERN, ' ')))
        return true;
    }
    if (!TIME.test(signature) || !DATE.test(signature)) continue;
    return /\p{L}{2}/u.test(signature.replace(DATES_AND_TIMES, ' '));
  }
  return false;
}

/**
 * An item shaped as a comment: signed at its head or its foot, and more said than the signature. `relative`: a
 * stamp relative to now signs it too (under a thread heading only: a live blog's entries carry such stamps).
 */
function isComment(item: Element, relative = false): boolean {
  const lines = blockText(item)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2) return false;
  return signed(lines, relative) || signed([...lines].reverse(), relative);
}

/** Words of the article's leaf blocks before `first`, and whether a prose block follows `last` outside `within`. */
function storyAround(ctx: PruneContext, first: Element, last: Element, within: (block: Element) => boolean) {
  let before = 0;
  let proseAfter = false;
  for (const block of leafBlocks(ctx.root)) {
    if (within(block)) continue;
    const words = wordCount(textOf(block));
    if (first.compareDocumentPosition(block) & 2 /* PRECEDING */) before += words;
    else if (last.compareDocumentPosition(block) & 4 /* FOLLOWING */ && words >= PROSE_WORDS) proseAfter = true;
  }
  return { before, proseAfter };
}

/** Whether the story before a thread of `thread` words is real and nothing of the article follows the thread. */
const endsStory = (around: { before: number; proseAfter: boolean }, thread: number): boolean =>
  !around.proseAfter && around.before >= MIN_STORY_WORDS && around.before >= thread * MIN_STORY_SHARE;

/**
 * A thread under its heading, at the end of the story: the heading (with the box it shares with a sort menu or a
 * count, and lifted out of boxes it ends) and everything after it in its box, when at least one element there is a
 * signed reply.
 */
export function pruneLabelledThreads(ctx: PruneContext): void {
  for (const block of leafBlocks(ctx.root)) {
    const label = textOf(block);
    if (label.length > MAX_HEADING_CHARS || !THREAD_HEADING.test(label) || !alive(ctx, block)) continue;
    // The heading's box: lifted while the box holds little more than the heading (its count, a sort menu), then
    // while it is the last thing in its own box.
    const labelWords = wordCount(label);
    let head: Element = block;
    while (
      head.parentElement &&
      head.parentElement !== ctx.root &&
      (!head.nextElementSibling || wordCount(textOf(head.parentElement)) <= labelWords + MAX_HEAD_EXTRA_WORDS)
    )
      head = head.parentElement;
    const replies: Element[] = [];
    for (let el = head.nextElementSibling; el; el = el.nextElementSibling) replies.push(el);
    if (!replies.length) continue;
    if (
      !replies.some((el) => isComment(el, true) || Array.from(el.querySelectorAll('*')).some((d) => isComment(d, true)))
    )
      continue;
    const region = [head, ...replies];
    const thread = region.reduce((n, el) => n + wordCount(textOf(el)), 0);
    const around = storyAround(ctx, head, replies[replies.length - 1]!, (b) => region.some((el) => el.contains(b)));
    if (!endsStory(around, thread)) continue;
    for (const el of region) remove(ctx, el, 'comments');
  }
}

export function pruneComments(ctx: PruneContext): void {
  for (const parent of [ctx.root, ...Array.from(ctx.root.querySelectorAll('*'))]) {
    if (parent !== ctx.root && !alive(ctx, parent)) continue;
    for (const run of sameTemplateRuns(parent, MIN_COMMENTS)) {
      if (!run.every((item) => isComment(item))) continue;
      const thread = run.reduce((n, item) => n + wordCount(textOf(item)), 0);
      const around = storyAround(ctx, run[0]!, run[run.length - 1]!, (b) => run.some((item) => item.contains(b)));
      if (!endsStory(around, thread)) continue;
      for (const item of run) remove(ctx, item, 'comments');
    }
  }
}
