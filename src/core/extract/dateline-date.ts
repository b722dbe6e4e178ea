/**
 * The page's date from the date line the prune pass took out of the text (prune/dateline.ts), when neither the
 * metadata, a labelled Chinese date line (cjk-metadata.ts) nor the headline's box (header-date.ts) gave one. Public
 * bodies' and small sites' pages state their date only so: "Publicado em 14/11/2023 14h15", "Publié le 14 novembre
 * 2023 à 15h20", "14 de noviembre de 2023 - 10:15 a. m.", "Data publikacji: 14.11.2023 10:15", "Martes 14 de
 * noviembre de 2023". The line that says it was published is asked first, then one that names no update, then any.
 *
 * Written here rather than taken from a date library: the dates are the few shapes the line rules already take as date
 * lines, in the languages their month names cover, and a parser for every locale would weigh more than the bundle's
 * whole prune pass.
 */
import type { Removal } from '../types.js';

/** The month names the date lines are written with, January first: the languages prune/dateline.ts reads. */
const MONTH_LISTS = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień',
];
const MONTHS = new Map<string, number>();
for (const list of MONTH_LISTS) list.split(' ').forEach((name, i) => MONTHS.set(name, i + 1));
MONTHS.set('sept', 9);

const YEAR_FIRST = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const NUMERIC = /(?<!\d)(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})(?!\d)/;
const WORD = /\p{L}+/gu;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
/**
 * The time right after the date: "10:15", "10.15", "15h20", "à 15h20", "- 10:15 a. m.", "3:05 PM" — the hour and
 * minutes, and the half of the day if given. Further on, a number is another date's.
 */
const TIME =
  /^[\s,|·•@–—-]*(?:(?:à|às|as|a\s+las|alle|ore|um|at|om|kl\.?|godz\.?)\s*)?(\d{1,2})\s*(?::|\.|h)\s*(\d{2})(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?/i;
/** English outside these countries writes the month first: "11/14/2023". */
const DAY_FIRST_ENGLISH = /^en-(?:gb|au|nz|ie|in|za)/i;

const FIRST_YEAR = 1991;
const pad = (n: number) => String(n).padStart(2, '0');

interface Day {
  year: number;
  month: number;
  day: number;
  /** The text around the date, where its time may stand. */
  rest: string;
}

function byNames(text: string): Day | null {
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const month = MONTHS.get(match[0]);
    if (!month) continue;
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    const dayBefore = /(\d{1,2})\.?\s*(?:de\s+)?$/i.exec(before);
    const dayAfter = /^\.?\s*(\d{1,2})(?:st|nd|rd|th)?\b/i.exec(after);
    const day = Number((dayBefore ?? dayAfter)?.[1]);
    const year = YEAR.exec(after);
    if (!day || !year) continue;
    return { year: Number(year[1]), month, day, rest: after.slice(year.index + year[0].length) };
  }
  return null;
}

function byNumbers(text: string, lang: string): Day | null {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [whole, y, m, d] = yearFirst;
    return { year: Number(y), month: Number(m), day: Number(d), rest: text.slice(yearFirst.index + whole.length) };
  }
  const numeric = NUMERIC.exec(text);
  if (!numeric) return null;
  const [whole, a, b, y] = numeric;
  let [day, month] = [Number(a), Number(b)];
  // Only the slash is the month's first in American English: "14.11.2023" is the day's first everywhere.
  const monthFirst = whole.includes('/') && /^en\b/i.test(lang) && !DAY_FIRST_ENGLISH.test(lang);
  if ((monthFirst && day <= 12) || month > 12) [day, month] = [month, day];
  const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
  return { year, month, day, rest: text.slice(numeric.index + whole.length) };
}

/**
 * The ISO date (and time) a date line states, or null: "Publié le 14 novembre 2023 à 15h20" → "2023-11-14T15:20".
 */
export function dateOfLine(text: string, lang = ''): string | null {
  return isoOf(byNames(text) ?? byNumbers(text, lang));
}

/**
 * The same for a date written with its month's name only ("Martes 14 de noviembre de 2023"): numbers alone may be a
 * masthead's.
 */
export const dateOfNamedLine = (text: string): string | null => isoOf(byNames(text));

function isoOf(found: Day | null): string | null {
  if (!found) return null;
  const { year, month, day, rest } = found;
  if (year < FIRST_YEAR || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = TIME.exec(rest);
  if (!time) return date;
  let hour = Number(time[1]);
  const half = time[3]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return hour < 24 ? `${date}T${pad(hour)}:${time[2]}` : date;
}

const PUBLISHED = /publi|veröffentlicht|erstellt|gepubliceerd|opublikowano|posted|发布|發布|發佈|发表|發表/i;
const UPDATED =
  /updat|aktualisiert|änderung|geändert|mis\s+à\s+jour|modifi|actualiza|aggiorna|atualiza|bijgewerkt|gewijzigd|zmian|aktualizac|reviewed|stand\b|更新/i;
/** A line that dates an update ("Actualizado el …", "Aktualisiert am …"), not the page's publication. */
export const isUpdateLine = (text: string): boolean => UPDATED.test(text) && !PUBLISHED.test(text);
/** Unlabelled date lines of more days than this are a list's dates. */
const MAX_UNLABELLED_DAYS = 2;
/** What the prune pass took out as the page's date lines (prune/dateline.ts), in the order it took them. */
const DATE_LINE_REASONS = new Set(['prune:dateline', 'prune:record']);

/** The page's date from the date lines among `removed`: the published one, else one not of an update, else any. */
export function dateFromRemovedLines(removed: readonly Removal[], lang: string): string | null {
  // Each date line with the date it states, read once. A record's lines run together ("Wytworzył: … Data wytworzenia:
  // … Data publikacji: 14.11.2023 10:15"): its date is read from the label that says published.
  const lines = removed
    .filter((r) => DATE_LINE_REASONS.has(r.reason))
    .map(({ text }) => {
      const at = text.search(PUBLISHED);
      return {
        published: at >= 0,
        updated: UPDATED.test(text),
        date: dateOfLine(at > 0 ? text.slice(at) : text, lang),
      };
    });
  const unlabelled = lines.filter((line) => !line.published && !line.updated);
  // Lines of many days, none labelled, are a list's (reviews', comments'): none of them is the page's.
  const days = new Set(unlabelled.map((line) => line.date?.slice(0, 10)).filter(Boolean));
  const ranked = [
    ...lines.filter((line) => line.published),
    ...(days.size <= MAX_UNLABELLED_DAYS ? unlabelled : []),
    ...lines.filter((line) => !line.published && line.updated),
  ];
  return ranked.find((line) => line.date)?.date ?? null;
}
