/**
 * Dates and numbers in the language of the words around them (en, zh-CN, zh-TW…): a Chinese reader sees
 * 2021年3月12日, not "Mar 12, 2021". Pure functions of (value, locale) so they are testable without a browser.
 */

/** A `lang` value as Intl accepts it: `zh_CN` (the extension's locale folder spelling) becomes `zh-CN`; junk becomes `en`. */
function intlLocale(locale: string | null | undefined): string {
  const tag = (locale || 'en').replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

// A calendar date the publisher wrote: "2021-03-12" alone, or with a time in their own offset
// ("2021-03-12T00:30:00+08:00"). A time in UTC ("…Z", our own savedAt) or with no offset is an instant, read locally.
const PUBLISHER_DATE = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s*$|[T ][\d:.]+\s*[+-]\d{2}:?\d{2}\s*$)/;

/**
 * The publication date as the reader's language writes it, or the page's own text when it is no date we can read
 * (a page may say "昨天" or "Spring 2021": better shown as written than dropped).
 * A date the publisher wrote keeps its calendar day: "2021-03-12" (which Date reads as UTC midnight) or
 * "2021-03-12T00:30+08:00" is 12 March for a reader in New York too, not the day it then was there.
 */
export function formatDate(value: string | null | undefined, locale: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const format = (date: Date, timeZone?: string) =>
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(
      date,
    );
  const ymd = PUBLISHER_DATE.exec(text);
  if (ymd) {
    const [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2021-02-30 over to March: such a value is no date, show it as written.
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return text;
    return format(date, 'UTC');
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : format(date);
}

/** A count in the reader's digits and grouping: 12,345 in English, 12,345 in Chinese too, ١٢٬٣٤٥ in Arabic. */
export function formatNumber(value: number, locale: string | null | undefined): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}
