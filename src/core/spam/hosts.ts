/**
 * Registrable domains, approximately: enough to tell a link to a foreign site (a link farm's payload,
 * pattern 16) from a link to the page's own site or a sub-site of it. No public-suffix list ships in the
 * content script; the second-level suffixes that matter on the pages Winnow sees are listed here.
 */
import { elementsNamed, linksIn } from './page-index.js';

const SECOND_LEVEL = /^(?:com|net|org|gov|edu|ac|co|or|ne|go|mil|int|nic|ltd|plc|sch|info|biz)$/;

export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1] ?? '')) return labels.join('.');
  const take =
    SECOND_LEVEL.test(labels[labels.length - 2] ?? '') && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** The page's registrable domain, from the clone's URL ('' for about:blank and file pages). */
export function pageDomain(doc: Document): string {
  try {
    const url = new URL(doc.URL);
    return /^https?:$/.test(url.protocol) ? registrableDomain(url.hostname) : '';
  } catch {
    return '';
  }
}

/**
 * Answers per document, by page and href: link farms repeat their targets, and the hidden-spam check and the
 * link-farm rule ask about the same links. URL parsing is the cost of this module.
 */
const answers = new WeakMap<Document, Map<string, string | null>>();

/** The document's own domains (ownDomains), read once per document. */
const owned = new WeakMap<Document, Set<string>>();

/**
 * Registrable domain of a link's target when it leaves the page's site, else null. The site is `page` and
 * the document's canonical domain: a page saved to disk or opened by the CLI from a file keeps its absolute
 * links home (`http://blog.pixnet.net/…`), and those are the site's own, never a link farm's payload.
 */
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i;

export function foreignDomain(a: Element, page: string): string | null {
  const href = a.getAttribute('href');
  if (!href || /^(?:#|javascript:|mailto:|tel:)/i.test(href.trim())) return null;
  const doc = a.ownerDocument;
  // A relative link stays on the page's site unless a <base> sends it elsewhere: most of a page's links, and no
  // URL to parse. (The URL parser drops tabs and newlines anywhere and controls and spaces in front, so they
  // are dropped before asking whether a scheme or `//` starts it.)
  // eslint-disable-next-line no-control-regex -- the URL parser drops leading controls, so the test must too
  const bare = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (!ABSOLUTE.test(bare) && doc.URL !== 'about:blank' && elementsNamed(doc, 'base').length === 0) return null;
  let memo = answers.get(doc);
  if (!memo) answers.set(doc, (memo = new Map<string, string | null>()));
  // Without a <base> the base is the document's address; jsdom's baseURI runs a selector query on every read.
  const base = doc.URL !== 'about:blank' && elementsNamed(doc, 'base').length === 0 ? doc.URL : baseOf(doc);
  const key = `${page}\n${base}\n${href}`;
  let answer = memo.get(key);
  if (answer === undefined) {
    answer = resolveForeign(href, base, page);
    if (answer) {
      let own = owned.get(doc);
      if (!own) owned.set(doc, (own = ownDomains(doc)));
      if (own.has(answer)) answer = null;
    }
    memo.set(key, answer);
  }
  return answer;
}

/** The document's base URL; jsdom throws on some hostile <base> elements (fuzzing found `<base xlink:href>`). */
function baseOf(doc: Document): string {
  try {
    return doc.baseURI;
  } catch {
    return doc.URL;
  }
}

function resolveForeign(href: string, base: string, page: string): string | null {
  try {
    const url = new URL(href, base);
    if (!/^https?:$/.test(url.protocol)) return null;
    const domain = registrableDomain(url.hostname);
    return domain && domain !== page ? domain : null;
  } catch {
    return null;
  }
}

/** Registrable domain of an http(s) URL written in markup or script (relative ones resolve against `base`). */
export function urlDomain(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return /^https?:$/.test(url.protocol) ? registrableDomain(url.hostname) || null : null;
  } catch {
    return null;
  }
}

/**
 * The domains a page calls its own: its address and its `<link rel=canonical>`. A mirror copies the
 * canonical link with the article, so a script sending readers to the canonical site is the original
 * publisher's anti-mirror guard, not a hijack (pattern 13's look-alike).
 */
export function ownDomains(doc: Document): Set<string> {
  const own = new Set<string>();
  const page = pageDomain(doc);
  if (page) own.add(page);
  for (const link of elementsNamed(doc, 'link')) {
    if (!/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    const d = urlDomain(link.getAttribute('href') ?? '', doc.URL === 'about:blank' ? 'http://invalid/' : doc.URL);
    if (d && d !== 'invalid') own.add(d);
  }
  return own;
}

/** Distinct foreign registrable domains linked from inside `root`. */
export function foreignDomains(root: Element, page: string): Set<string> {
  const out = new Set<string>();
  for (const a of linksIn(root)) {
    const d = foreignDomain(a, page);
    if (d) out.add(d);
  }
  return out;
}
