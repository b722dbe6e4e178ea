/**
 * Referrer cloaking (pattern 13a): a hacked page shows its article to crawlers and to people who type the
 * address, but sends visitors arriving from a search engine to a gambling or porn site —
 *   if (/\.(baidu|sogou|so|sm)(\.[a-z0-9-]+){1,2}\//.test(document.referrer)) location.href = 'https://…';
 * The script is spam on both paths: recorded as `spam:cloaking` and removed from the clone. Only a redirect
 * in the branch the search-referrer test guards counts (search-guards.ts): big legitimate scripts (paywalls,
 * analytics, ad loaders) read the referrer, name search engines and navigate too, but not as one statement.
 *
 * Look-alikes that stay: analytics loaders (hm.baidu.com, cnzz) read the referrer but never navigate; an
 * anti-mirror guard sends search visitors to the publisher's own site — the page's domain, its canonical
 * link's domain, or the host the script itself checks `location.host` against.
 *
 * A script hiding its redirect behind `eval(atob('…'))`, `String.fromCharCode`, the packer and the like is
 * read through script-decode.ts: each decoded reading goes through the same checks as plain text.
 */
import type { Removal } from '../types.js';
import { capText, collapseSpace } from '../dom.js';
import { inlineScripts, stringChains, stringLiterals } from './script-text.js';
import { scriptReadings } from './script-decode.js';
import { ownDomains, registrableDomain, urlDomain } from './hosts.js';
import { ENGINE, ENGINE_NAMES, searchGuards } from './search-guards.js';

const ENGINE_SET = new Set(ENGINE_NAMES);

/** Assignments and calls that move the reader elsewhere; the capture is the expression giving the target. */
const NAVIGATION =
  /\blocation(?:\s*\.\s*href|\s*\[\s*["']href["']\s*\])?\s*=(?!=)\s*([^;\n}]*)|\blocation\s*\.\s*(?:replace|assign)\s*\(\s*([^)\n]*)/gi;
const NAVIGATES = new RegExp(NAVIGATION.source, 'i');
/** Written markup that moves or covers the page: meta refresh, a frame. */
const REFRESH = /http-equiv\s*=\s*["']?refresh[\s\S]*?url\s*=\s*([^"'>\s;]+)/i;
const FRAME = /<i?frame\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/i;
const WRITES = /\.\s*(?:write(?:ln)?|insertAdjacentHTML)\s*\(|\.\s*(?:inner|outer)HTML\s*=/;
/** The guard compares the current host with the publisher's own. */
const READS_OWN_HOST = /\b(?:location|document)\s*\.\s*(?:host|hostname|domain)\b/;
/** The target carries the current path along: the same article on another host, a mirror guard's move. */
const FORWARDS_PATH =
  /\+\s*(?:window\s*\.\s*|document\s*\.\s*|top\s*\.\s*|self\s*\.\s*)?location\s*\.\s*(?:pathname|href|search)/;
/** Absolute and protocol-relative URLs inside a literal. */
const URL_IN_TEXT = /(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'<>]*/gi;

const isEngine = (domain: string): boolean => ENGINE_SET.has(domain.split('.')[0] ?? '');

/** Registrable domain of an absolute or protocol-relative URL; a relative one stays on the page's own site. */
function absoluteDomain(url: string): string | null {
  const trimmed = url.trim();
  const domain = /^\/\//.test(trimmed)
    ? urlDomain(`http:${trimmed}`, 'http://invalid/')
    : /^https?:\/\//i.test(trimmed)
      ? urlDomain(trimmed, 'http://invalid/')
      : null;
  // `'http://' + host`: the literals alone give a dotless stub, the real host is in a variable.
  return domain && domain.includes('.') ? domain : null;
}

interface Target {
  domain: string;
  /** The navigation expression around it, when known (to see whether it forwards the path). */
  expr: string;
}

/**
 * Where a guarded branch sends the reader: literal targets of its navigation sinks, else every URL the
 * region around it (the branch and the lines setting up its variables) holds.
 */
function targets(branch: string, region: string): Target[] {
  const direct: Target[] = [];
  let indirect = false;
  for (const m of branch.matchAll(NAVIGATION)) {
    const expr = m[1] ?? m[2] ?? '';
    const parts = stringLiterals(expr);
    // `location.href = url` or `= 'http://' + host`: the target is not one literal, look at all of them.
    if (parts.length === 0 || !/^\s*["'`]/.test(expr)) {
      indirect = true;
      continue;
    }
    const url = parts.join('');
    const domain = absoluteDomain(url);
    if (domain) direct.push({ domain, expr });
    else if (/^\s*(?:https?:)?\/\//i.test(url)) indirect = true; // a scheme and a variable host
  }
  if (WRITES.test(branch)) {
    const written = stringLiterals(branch).join('');
    for (const re of [REFRESH, FRAME]) {
      const url = re.exec(written)?.[1];
      const domain = url ? absoluteDomain(url) : null;
      if (domain) direct.push({ domain, expr: '' });
    }
  }
  if (!indirect) return direct;
  for (const literal of stringChains(region)) {
    for (const url of literal.match(URL_IN_TEXT) ?? []) {
      const domain = absoluteDomain(url);
      if (domain && !isEngine(domain)) direct.push({ domain, expr: '' });
    }
  }
  return direct;
}

/** The publisher's anti-mirror guard: it checks the host and sends readers to a host it names more than once. */
function guardsOwnSite(text: string, target: Target, literals: string[]): boolean {
  if (!READS_OWN_HOST.test(text)) return false;
  if (FORWARDS_PATH.test(target.expr)) return true;
  let named = 0;
  for (const literal of literals) {
    const host = /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(literal) ? registrableDomain(literal) : absoluteDomain(literal);
    if (host === target.domain && ++named >= 2) return true;
  }
  return false;
}

/** The foreign domain a cloaking script sends search visitors to, or null. */
export function cloakingTarget(text: string, own: ReadonlySet<string>): string | null {
  // Cheap whole-script tests first: most scripts reading the referrer never get past them.
  if (!text.includes('referrer') || !ENGINE.test(text)) return null;
  if (!NAVIGATES.test(text) && !WRITES.test(text)) return null;
  for (const guard of searchGuards(text)) {
    if (!NAVIGATES.test(guard.branch) && !WRITES.test(guard.branch)) continue;
    const literals = stringLiterals(guard.region);
    for (const target of targets(guard.branch, guard.region)) {
      if (own.has(target.domain) || isEngine(target.domain)) continue;
      if (guardsOwnSite(guard.region, target, literals)) continue;
      return target.domain;
    }
  }
  return null;
}

export function cloakingScripts(clone: Document): Removal[] {
  const removed: Removal[] = [];
  let own: Set<string> | null = null;
  for (const [script, text] of inlineScripts(clone)) {
    // The script's own text, and what it hides behind atob, fromCharCode, the packer… (script-decode.ts).
    for (const reading of scriptReadings(script, text)) {
      if (!reading.includes('referrer')) continue;
      own ??= ownDomains(clone);
      if (!cloakingTarget(reading, own)) continue;
      script.remove();
      removed.push({ reason: 'spam:cloaking', text: capText(collapseSpace(reading)) });
      break;
    }
  }
  return removed;
}
