/**
 * Whether one address is a later page of the same article as another: same origin, and the two differ only in a
 * page token — nothing else in the path or the query may change. Decided from the shape of the addresses, never
 * from a list of sites. The shapes (issue 16):
 *
 *   query    /a/story.html ─► /a/story.html?page=2        (?page= ?p= ?pg= ?pn= ?pageno= ?paged=, one key only)
 *   suffix   /a/12345.html ─► /a/12345_2.html, -2.html     (`index.html` ─► `index_1.html`: Chinese portals count from 0)
 *   segment  /a/story/     ─► /a/story/2/                 (WordPress's <!--nextpage--> posts)
 *
 * Refused on purpose: `/page/2/` (WordPress and most blogs use it for archive and category pages, not for an
 * article's pages), a number already in the address that is large (`t20200101_123.html` is an article id, not
 * page 123), and a segment right after another number (`/2020/05/` → `/2020/06/` is the next month's archive).
 */

/** Query keys that carry a page number. `?cp=`/`?cpage=` (comment pages) are deliberately absent. */
const PAGE_KEYS = new Set(['page', 'p', 'pg', 'pn', 'pagenum', 'pageno', 'paged', 'pagenumber', 'curpage']);
/** A page number: a small whole number (the cap on followed pages is 20; two digits leave room for gaps). */
const SMALL_NUMBER = /^(?:[1-9]\d?|0)$/;

/** The page number `candidate` carries as a later page of `current`, or null when it is not one. */
export function laterPage(current: string, candidate: string): number | null {
  let a: URL;
  let b: URL;
  try {
    a = new URL(current);
    b = new URL(candidate, current);
  } catch {
    return null;
  }
  if (a.origin !== b.origin || !/^https?:$/.test(b.protocol)) return null;
  if (a.pathname === b.pathname) return byQuery(a.searchParams, b.searchParams);
  if (a.search !== b.search) return null;
  return bySuffix(a.pathname, b.pathname) ?? bySegment(a.pathname, b.pathname);
}

const pageNumber = (value: string | null | undefined): number | null =>
  value !== null && value !== undefined && SMALL_NUMBER.test(value) ? Number(value) : null;

/** Exactly one page key added or raised; every other parameter the same, in the same order. */
function byQuery(a: URLSearchParams, b: URLSearchParams): number | null {
  const rest = (params: URLSearchParams, key: string) =>
    [...params].filter(([k]) => k !== key).map(([k, v]) => `${k}=${v}`);
  for (const key of new Set(b.keys())) {
    if (!PAGE_KEYS.has(key.toLowerCase()) || b.getAll(key).length !== 1) continue;
    const next = pageNumber(b.get(key));
    if (next === null || next < 1) continue;
    if (rest(a, key).join('&') !== rest(b, key).join('&')) continue;
    if (!a.has(key)) return next;
    const now = pageNumber(a.get(key));
    if (now !== null && next > now && a.getAll(key).length === 1) return next;
  }
  return null;
}

/** `stem.ext` → `stem_N.ext` / `stem-N.ext`, or `stem_K.ext` → `stem_N.ext` with N > K (small numbers only). */
function bySuffix(a: string, b: string): number | null {
  const [dirA, fileA] = split(a);
  const [dirB, fileB] = split(b);
  if (dirA !== dirB || !fileB) return null;
  const extOf = (file: string) => /\.[a-z0-9]{2,5}$/i.exec(file)?.[0] ?? '';
  const extB = extOf(fileB);
  // A directory page (`/zt/x/`) stands for its index file, in the extension its pages carry.
  const extA = fileA ? extOf(fileA) : extB;
  if (extA !== extB) return null;
  const stemB = fileB.slice(0, fileB.length - extB.length);
  const found = /^(.+?)([_-])(\d{1,2})$/.exec(stemB);
  if (!found) return null;
  const [, base, sep, digits] = found as unknown as [string, string, string, string];
  const next = pageNumber(digits);
  if (next === null) return null;
  const stemA = fileA ? fileA.slice(0, fileA.length - extA.length) : 'index';
  if (stemA === base) return next >= 1 ? next : null;
  const own = new RegExp(`^${escape(base)}${escape(sep)}(\\d{1,2})$`).exec(stemA);
  const now = pageNumber(own?.[1]);
  return now !== null && next > now ? next : null;
}

/** `/story/` → `/story/N/`, or `/story/K/` → `/story/N/` with N > K; never `/page/N/`, never after a number. */
function bySegment(a: string, b: string): number | null {
  const segsA = a.replace(/\/$/, '').split('/');
  const segsB = b.replace(/\/$/, '').split('/');
  const last = segsB[segsB.length - 1] ?? '';
  const next = pageNumber(last);
  if (next === null || next < 2) return null;
  const before = segsB[segsB.length - 2] ?? '';
  if (/^(?:page|\d+)$/i.test(before)) return null;
  if (segsA.length === segsB.length - 1 && segsA.join('/') === segsB.slice(0, -1).join('/')) return next;
  if (segsA.length !== segsB.length || segsA.slice(0, -1).join('/') !== segsB.slice(0, -1).join('/')) return null;
  const now = pageNumber(segsA[segsA.length - 1]);
  return now !== null && next > now ? next : null;
}

function split(path: string): [string, string] {
  const at = path.lastIndexOf('/');
  return [path.slice(0, at + 1), path.slice(at + 1)];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
