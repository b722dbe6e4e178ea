/**
 * Reader settings: every option and its default declared once, here. Kept in `storage.sync` so they follow the
 * reader across devices; `normalize` makes anything read from storage (older versions, other devices, hand
 * edits) safe to apply.
 */
import type { PhraseRule } from '../core/convert/exceptions.js';
import type { SiteRule } from '../core/site-rules/types.js';
import { siteKey } from '../core/site-rules/hosts.js';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type FontFamily = 'serif' | 'sans';
export type ColumnWidth = 'narrow' | 'medium' | 'wide';

export interface Settings {
  /** Colour theme; `system` follows the OS light/dark preference. */
  theme: Theme;
  /** Serif or sans; each has Latin and CJK faces (Song/Ming vs Hei) chosen by the article's language. */
  font: FontFamily;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Column width in the full-tab reader. */
  width: ColumnWidth;
  /** Read-aloud speed (speechSynthesis rate). */
  speechRate: number;
  /** Off by default: a badge on the toolbar button when a page looks like an article (needs host access). */
  articleBadge: boolean;
  /** Off by default: hosts whose pages open in clean view automatically (each needs host access). */
  autoHosts: string[];
  /** The reader's own conversion exceptions (keep 東涌; 鼠标→滑鼠): they override the dictionaries in every config. */
  convertExceptions: PhraseRule[];
  /**
   * The reader's fixes for sites Winnow reads wrongly ("this is the article", "remove this block"), one per host,
   * applied before Readability (src/core/site-rules/). Exported and imported with the rest; see normalizeSiteRules.
   */
  siteRules: SiteRule[];
  /**
   * Multi-page articles (issue 16), on by default: the following pages a page's pager links to (same site, at
   * most 20, within 8 s) are fetched, cleaned and joined into one article. Off: the page on screen only.
   */
  followPages: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineHeight: 1.7,
  width: 'medium',
  speechRate: 1,
  articleBadge: false,
  autoHosts: [],
  convertExceptions: [],
  siteRules: [],
  // Multi-page articles: on unless the reader turns it off.
  followPages: true,
});

export const LIMITS = {
  fontSize: { min: 12, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.4, step: 0.1 },
  speechRate: { min: 0.5, max: 2.5, step: 0.1 },
} as const;

const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
const FONTS: readonly FontFamily[] = ['serif', 'sans'];
const WIDTHS: readonly ColumnWidth[] = ['narrow', 'medium', 'wide'];

const oneOf = <T>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const clamp = (value: unknown, { min, max }: { min: number; max: number }, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

/** A host name as the reader might type it ("https://www.Example.com/x") → "www.example.com", or null. */
export function normalizeHost(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    const host = new URL(/^[a-z]+:\/\//.test(text) ? text : `https://${text}`).hostname;
    return /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** A stored exception as the options page writes it; anything else in storage is dropped. */
function isPhraseRule(value: unknown): value is PhraseRule {
  if (typeof value !== 'object' || value === null) return false;
  const { from, to } = value as Partial<Record<keyof PhraseRule, unknown>>;
  return typeof from === 'string' && typeof to === 'string' && from.length > 0;
}

export function normalize(raw: unknown): Settings {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const d = DEFAULT_SETTINGS;
  return {
    theme: oneOf(THEMES, s.theme, d.theme),
    font: oneOf(FONTS, s.font, d.font),
    fontSize: clamp(s.fontSize, LIMITS.fontSize, d.fontSize),
    lineHeight: Math.round(clamp(s.lineHeight, LIMITS.lineHeight, d.lineHeight) * 10) / 10,
    width: oneOf(WIDTHS, s.width, d.width),
    speechRate: Math.round(clamp(s.speechRate, LIMITS.speechRate, d.speechRate) * 10) / 10,
    articleBadge: s.articleBadge === true,
    autoHosts: Array.isArray(s.autoHosts)
      ? [
          ...new Set(
            s.autoHosts
              .filter((h): h is string => typeof h === 'string')
              .map(normalizeHost)
              .filter((h): h is string => h !== null),
          ),
        ]
      : [],
    convertExceptions: Array.isArray(s.convertExceptions)
      ? (s.convertExceptions as unknown[]).filter(isPhraseRule).map(({ from, to }) => ({ from, to }))
      : [],
    siteRules: normalizeSiteRules(s.siteRules),
    // Multi-page articles: only an explicit `false` turns following off (older settings have no such field).
    followPages: s.followPages !== false,
  };
}

/**
 * Site fixes as stored: the settings are one `storage.sync` item (8 KB in Chrome), so a fix keeps at most
 * SITE_RULE_LIMITS.remove selectors of at most `selector` characters, and the newest `rules` fixes are kept.
 * Two entries for one site (an import, www. and the bare host) become one, the later one's article winning.
 */
export const SITE_RULE_LIMITS = { rules: 40, remove: 8, selector: 400 } as const;

const selector = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text && text.length <= SITE_RULE_LIMITS.selector ? text : null;
};

export function normalizeSiteRules(raw: unknown): SiteRule[] {
  if (!Array.isArray(raw)) return [];
  const bySite = new Map<string, SiteRule>();
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { host: rawHost, article: rawArticle, remove: rawRemove } = item as Record<string, unknown>;
    const host = typeof rawHost === 'string' ? normalizeHost(rawHost) : null;
    if (!host) continue;
    const key = siteKey(host);
    const before = bySite.get(key);
    const article = selector(rawArticle) ?? before?.article;
    const remove = [
      ...new Set([
        ...(before?.remove ?? []),
        ...(Array.isArray(rawRemove) ? rawRemove.map(selector).filter((r): r is string => r !== null) : []),
      ]),
    ].slice(-SITE_RULE_LIMITS.remove);
    bySite.delete(key); // re-inserted last: the newest fixes are the ones kept
    if (article || remove.length) bySite.set(key, { host, ...(article ? { article } : {}), remove });
  }
  return [...bySite.values()].slice(-SITE_RULE_LIMITS.rules);
}
