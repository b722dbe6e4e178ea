/**
 * The page's date where its header states it, beside the headline: a `<time datetime>` (NHK, Al Arabiya, ETtoday and
 * China Times write their date so and in no meta tag, and Readability reads only the meta tags and JSON-LD), or a
 * `<time>` or a box named for the date whose text is a date and nothing else (Liberty Times' "2023/07/28 14:35",
 * Sina's "2023年05月12日 08:30", Hürriyet's "14.11.2023 - 14:15", Chile's government's "Martes 14 de noviembre de
 * 2023"). Asked only when neither the metadata nor a labelled Chinese date line (cjk-metadata.ts) gave one.
 *
 * The nearest box around the headline, up to three levels (the header, the article's top), that holds such a date,
 * and its first one — not one in a list (a teaser's), and not further up: a page's other dates are its comments' and
 * its sidebar's. A date the text labels ("Updated …") is not asked: the page's own date has no label to say so.
 */
import { collapsedText } from '../dom.js';
import { dateOfNamedLine, isUpdateLine } from './dateline-date.js';

/** The headline's own box and the boxes around it, up to the article's top. */
const MAX_LEVELS = 3;
/** Before the web, a page's date is a template's empty stamp: "1970-01-01T01:33:33+01:00" (the epoch). */
const FIRST_WEB_YEAR = 1991;
/** A date the machine can read: the ISO date, with or without its time. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A box the page names for its date. */
const DATE_BOX =
  /(?:^|[\s_-])(?:date|time|pubdate|published|post-?date|datetime|timestamp|fecha|datum|data-?(?:pubblicazione|publicacao|publikacji))(?:$|[\s_-])/i;
/** A word and its colon: a label ("Güncelleme Tarihi: 14.11.2023"). */
const LABELLED = /\p{L}\s*[:：]/u;
/**
 * A box named for the date holds a few words at most: "Martes 14 de noviembre de 2023", "14. November 2023, 10:15
 * Uhr".
 */
const MAX_DATE_BOX_WORDS = 8;
/** The year first ("2023/07/28", "2023-07-28", "2023年7月28日") or the European day first with dots ("14.11.2023"). */
const YEAR_FIRST = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const DAY_FIRST = /(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})/;
const TIME = /(\d{1,2})\s*[:：時时]\s*(\d{2})(?:\s*[:：分]\s*\d{2})?\s*(?:分|uhr|h)?/i;
/** What may stand beside the date and the time in a date-only text: separators. */
const ONLY_SEPARATORS = /^[\s\-–—|•·,/()（）]*$/;

const pad = (n: string) => n.padStart(2, '0');

/** The ISO date of a text that is a date (and a time) and nothing else, or null. */
function dateOfText(text: string): string | null {
  let rest = text;
  let ymd: [string, string, string] | null = null;
  const yearFirst = YEAR_FIRST.exec(rest);
  const dayFirst = yearFirst ? null : DAY_FIRST.exec(rest);
  if (yearFirst) ymd = [yearFirst[1]!, yearFirst[2]!, yearFirst[3]!];
  else if (dayFirst) ymd = [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!];
  else return null;
  rest = rest.replace((yearFirst ?? dayFirst)![0], ' ');
  const time = TIME.exec(rest);
  if (time) rest = rest.replace(time[0], ' ');
  const [year, month, day] = ymd;
  if (!ONLY_SEPARATORS.test(rest) || Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}${time ? `T${pad(time[1]!)}:${time[2]}` : ''}`;
}

/** The date an element states: its `datetime`, or its text when the element is a `<time>` or a box named for it. */
function dateOf(el: Element): string | null {
  const machine = el.getAttribute('datetime')?.trim();
  if (el.localName === 'time' && machine) return ISO_DATE.test(machine) ? machine : null;
  if (el.localName !== 'time' && !DATE_BOX.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return null;
  const text = collapsedText(el);
  // A date written with its month's name ("Martes 14 de noviembre de 2023", "14 novembre 2023 à 15h20"), under no
  // label ("Güncelleme Tarihi: …") and of no update.
  const plain = text.split(' ').length <= MAX_DATE_BOX_WORDS && !LABELLED.test(text) && !isUpdateLine(text);
  return dateOfText(text) ?? (plain ? dateOfNamedLine(text) : null);
}

/** The date stated beside the first of the page's `headlines` (headline-element.ts) that has one. */
export function headerDate(headlines: readonly Element[]): string | null {
  for (const headline of headlines) {
    const body = headline.ownerDocument.body;
    let box: Element | null = headline;
    for (let level = 0; box && box !== body && level <= MAX_LEVELS; level++, box = box.parentElement) {
      // The machine's date first, then a date written for the reader; the cheap tests (the element's name, its
      // text) before the walks up (a teaser's list, the headline's own boxes), which only a date gets.
      const candidates = [
        ...Array.from(box.querySelectorAll('time[datetime]')),
        ...Array.from(box.querySelectorAll('time, [class], [id]')),
      ];
      for (const el of candidates) {
        const value = dateOf(el);
        if (!value || el.closest('li') || el.contains(headline)) continue;
        return Number(value.slice(0, 4)) >= FIRST_WEB_YEAR ? value : null;
      }
    }
  }
  return null;
}
