/**
 * The headline as the page shows it, for pages without an `<h1>`: table layouts print it in
 * `<font size="5">`, `<b>`, `<strong>`, `<td class="title">` or a styled `<div>`. Without it a repaired spam
 * `<title>` leaves the article "Untitled", or titled by its site suffix.
 *
 * The headline is the most prominent short text block near the top of the page that shares words (or Han
 * characters) with the `<title>`; when the title holds nothing of it (all spam), the most prominent block
 * just before the article's first paragraph.
 */
import { collapsedText } from '../dom.js';
import { coverage, grams, hasHan } from './segments.js';

/** How prominent a block is, by what makes it big or bold; 0 for plain text. */
function prominence(el: Element): number {
  const tag = el.tagName.toLowerCase();
  let score = 0;
  if (tag === 'h1') score = 7;
  else if (tag === 'h2') score = 5;
  else if (tag === 'h3') score = 3;
  else if (tag === 'font') {
    const size = (el.getAttribute('size') ?? '').trim();
    const n = size.startsWith('+') ? 3 + Number(size.slice(1)) : Number(size);
    if (Number.isFinite(n) && n >= 4) score = Math.min(7, n + (n >= 5 ? 1 : 0));
  } else if (tag === 'big') score = 3;
  else if (tag === 'b' || tag === 'strong') score = 2;
  const style = el.getAttribute('style') ?? '';
  const px = /font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem)/i.exec(style);
  if (px) {
    const size = Number(px[1]) * (px[2] === 'pt' ? 4 / 3 : /em/i.test(px[2]!) ? 16 : 1);
    if (size >= 24) score = Math.max(score, 6);
    else if (size >= 18) score = Math.max(score, 5);
  }
  if (/font-weight\s*:\s*(?:bold|[6-9]00)/i.test(style)) score = Math.max(score, 2);
  const named = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (/(?:^|[\s_-])(?:title|headline|heading|biaoti|bt|tit|art_?tit|news_?tit)(?:$|[\s_\d-])/i.test(named))
    score = Math.max(score, 4);
  return score;
}

const CANDIDATES = 'h1, h2, h3, font, big, b, strong, td, th, div, span, p, center';
/** How far into the page a headline is looked for: it sits near the top, before the story. */
const MAX_ELEMENTS = 3000;

function plausibleLength(text: string): boolean {
  const n = hasHan(text) ? text.replace(/\s+/g, '').length : text.length;
  return hasHan(text) ? n >= 4 && n <= 60 : n >= 8 && n <= 160;
}

/** The first paragraph of the story: a block whose own text is long (its headline comes before it). */
function isStoryText(el: Element): boolean {
  let own = 0;
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) own += (node.textContent ?? '').trim().length;
  return own >= (hasHan(el.textContent ?? '') ? 60 : 160);
}

interface Candidate {
  text: string;
  score: number;
  overlap: number;
  beforeStory: boolean;
}

/**
 * The page's visible headline, or null. `title` is the `<title>` text (spam and all: its spam shares nothing
 * with the headline); `exclude` rejects texts that cannot be a headline (a site's own name).
 */
export function pageHeadline(
  doc: Document,
  title: string,
  exclude: (text: string) => boolean = () => false,
): string | null {
  const body = doc.body;
  if (!body) return null;
  const titleGrams = grams(title);
  // One candidate per text: `<td class="title"><font size="5">` is one headline, as prominent as its font.
  const found = new Map<string, Candidate>();
  let storySeen = false;
  let count = 0;
  for (const el of Array.from(body.querySelectorAll(CANDIDATES))) {
    if (++count > MAX_ELEMENTS) break;
    if (!storySeen && isStoryText(el)) storySeen = true;
    const score = prominence(el);
    if (score < 2) continue;
    if (el.closest('a, nav, ul, ol, select, button, footer')) continue;
    const text = collapsedText(el);
    const known = found.get(text);
    if (known) {
      known.score = Math.max(known.score, score);
      continue;
    }
    if (!plausibleLength(text) || exclude(text)) continue;
    found.set(text, { text, score, overlap: coverage(text, titleGrams), beforeStory: !storySeen });
  }
  const all = [...found.values()];
  // A block that the title repeats (most of its words are in the title) is the headline.
  const matching = all.filter((c) => c.overlap >= 0.6);
  if (matching.length) {
    return matching.reduce((best, c) => (c.score + 3 * c.overlap > best.score + 3 * best.overlap ? c : best)).text;
  }
  // The title tells nothing: the most prominent block before the story, the nearest one among equals.
  const before = all.filter((c) => c.beforeStory && c.score >= 4);
  if (!before.length) return null;
  return before.reduce((best, c) => (c.score >= best.score ? c : best)).text;
}
