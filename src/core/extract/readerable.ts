/**
 * Is this page an article a reader view can show? Readability's `isProbablyReaderable`, with lengths
 * measured in Latin-character equivalents (script.ts) so a Chinese or Japanese page is judged by how
 * much it says, not by how many characters it takes: its 140-character paragraph floor is ~47 Han
 * characters of prose, which Chinese news paragraphs often fall under.
 */
import { weightedLength } from './script.js';

export interface ReaderableOptions {
  /** Weighted characters a paragraph needs before it counts (Readability's default, 140). */
  minContentLength?: number;
  /** Sum of √(length − minContentLength) over paragraphs that a page needs (Readability's default, 20). */
  minScore?: number;
}

/** Readability's own lists, so both checks agree on what is page chrome. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;

function visible(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  return !/display\s*:\s*none/i.test(style) && !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true';
}

export function isReaderable(doc: Document, options: ReaderableOptions = {}): boolean {
  const minContentLength = options.minContentLength ?? 140;
  const minScore = options.minScore ?? 20;
  const nodes = new Set<Element>(Array.from(doc.querySelectorAll('p, pre, article')));
  // Text laid out with <br> inside a <div> (common on older Chinese portals) counts as one block.
  for (const br of Array.from(doc.querySelectorAll('div > br'))) if (br.parentElement) nodes.add(br.parentElement);
  let score = 0;
  for (const node of nodes) {
    if (!visible(node)) continue;
    const match = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (UNLIKELY.test(match) && !MAYBE.test(match)) continue;
    if (node.matches('li p')) continue;
    const length = weightedLength((node.textContent ?? '').trim());
    if (length < minContentLength) continue;
    score += Math.sqrt(length - minContentLength);
    if (score > minScore) return true;
  }
  return false;
}
