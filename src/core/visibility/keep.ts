/**
 * Precision rules: hidden, but never dropped, because the reader will want it (issue 3, "no article text is
 * ever lost"). A collapsed "展开全文 / Read more" article, a WeChat-style `visibility:hidden` container that
 * JS reveals (readability#921), tab panels and accordions a control opens (pattern 4/7 look-alikes), content
 * of `<details>`. Both verdict producers (static.ts, live.ts) ask here before recording a hidden element;
 * kept elements get the verdict `hidden:kept`, which apply.ts turns into "un-hide in the clone".
 */
import { readableLength } from './text-holders.js';
import { lexiconHits } from '../spam/lexicon.js';
import { collapseSpace } from '../dom.js';

export interface KeepContext {
  /** Readable text length of the whole body. */
  bodyText: number;
  /** Ids a control opens: `aria-controls`, Bootstrap's `data-target` / `data-bs-target`. */
  controlled: Set<string>;
}

/** A hidden element holding at least this share of the page's text is the article, collapsed. */
export const MAIN_CONTENT_SHARE = 0.25;
/** Past this share of link text a block is navigation or a link farm, never a collapsed article. */
const MAX_LINK_DENSITY = 0.5;

/** Hiding methods that pages use to collapse and reveal; the others (off-screen, font-size 0, text the colour of
 * the background, -9999px indent, a 1-pixel marquee) are how spam hides and never how an article waits. */
const REVEAL_METHODS = new Set(['display', 'visibility', 'opacity', 'attribute', 'zero-size']);

/**
 * Hiding methods that never collapse content a page means to show. Colour is not one: a spoiler is painted
 * the colour of its box until hovered, and its prose is the article's.
 */
const SPAM_HIDING = new Set(['offscreen', 'fontsize', 'indent', 'marquee', 'opacity']);

const READ_MORE =
  /展开全文|展開全文|阅读全文|閱讀全文|查看全文|展开阅读|展開閱讀|继续阅读|繼續閱讀|点击展开|點擊展開|剩余.{0,6}全文|read\s*more|show\s*more|continue\s*reading|see\s*more|expand/i;

const BLOCKS = 'p, div, section, article, h1, h2, h3, h4, ul, ol, table, figure, blockquote, pre';

/** Computed on first use (the body's text length may come in counted): most pages have few hidden text holders, many have none. */
export function keepContext(doc: Document, knownBodyText?: number, elements?: readonly Element[]): KeepContext {
  let bodyText = knownBodyText;
  let controlled: Set<string> | undefined;
  return {
    get bodyText() {
      return (bodyText ??= readableLength(doc.body ?? doc.documentElement ?? doc));
    },
    get controlled() {
      if (controlled) return controlled;
      controlled = new Set<string>();
      // The caller's element list when it has one: an attribute selector is a slow query in jsdom.
      const all = elements ?? Array.from(doc.querySelectorAll('[aria-controls], [data-target], [data-bs-target]'));
      for (const el of all) {
        for (const attr of CONTROL_ATTRIBUTES) {
          const ids = el.getAttribute(attr);
          if (ids) for (const id of ids.split(/\s+/)) if (id) controlled.add(id.replace(/^#/, ''));
        }
      }
      return controlled;
    },
  };
}

const CONTROL_ATTRIBUTES = ['aria-controls', 'data-target', 'data-bs-target'];

function linkDensity(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  if (el.matches('a[href]')) return 1;
  let linkText = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) linkText += collapseSpace(a.textContent ?? '').length;
  return linkText / textLength;
}

/** `node`'s text if it is shorter than `max` characters, else null — without reading a long subtree whole. */
function shortText(node: Node, max: number): string | null {
  const walker = (node.ownerDocument as Document).createTreeWalker(node, 4 /* SHOW_TEXT */);
  let text = '';
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    text += t.nodeValue ?? '';
    if (text.length >= max) return null;
  }
  return text;
}

/** A short "Read more / 展开全文" control right next to the element or its parent. */
function besideReadMore(el: Element): boolean {
  const near = [
    el.previousElementSibling,
    el.nextElementSibling,
    el.parentElement?.previousElementSibling,
    el.parentElement?.nextElementSibling,
  ];
  return near.some((n) => {
    const text = n ? shortText(n, 40) : null;
    return text !== null && text.length > 0 && READ_MORE.test(text);
  });
}

/** Inside a `<details>` (closest() is a selector query, slow in jsdom; this is a walk up). */
function inDetails(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (a.localName === 'details') return true;
  return false;
}

/** Whether a hidden element (hidden for `reason`) must stay in the article. */
export function shouldKeepHidden(el: Element, reason: string, ctx: KeepContext): boolean {
  if (inDetails(el)) return true; // closed <details>: the reader opens it (apply.ts never drops it either)
  if (el.getAttribute('hidden') === 'until-found') return true;
  if (el.id && ctx.controlled.has(el.id) && REVEAL_METHODS.has(reason)) return true;
  const length = readableLength(el);
  if (length === 0) return false;
  const share = ctx.bodyText > 0 ? length / ctx.bodyText : 0;
  let keep: boolean;
  if (!REVEAL_METHODS.has(reason)) {
    // Spam hiding methods: only a last-resort net for a misjudged page (half its text), never for lexicon spam.
    keep = share >= 2 * MAIN_CONTENT_SHARE && lexiconHits(el.textContent ?? '').strong.length === 0;
  } else {
    // A collapsed article is a container of blocks; one hidden paragraph is not "the article" (readability's
    // hidden-nodes case hides single <p>s that are each a third of the page).
    keep =
      (share >= MAIN_CONTENT_SHARE && el.querySelectorAll(BLOCKS).length >= 2) ||
      (share >= MAIN_CONTENT_SHARE / 5 &&
        el.querySelector('h1, main, [itemprop="articleBody"], #js_content') !== null) ||
      besideReadMore(el);
  }
  // Articles are prose; link farms and menus are links (pattern 16). A prose-poor block is never "the article".
  return keep && linkDensity(el, length) < MAX_LINK_DENSITY;
}

/**
 * Whether a hidden block WITHOUT a spam signal is dropped. Text hidden the ways only spam hides goes. Otherwise
 * Readability keeps what only stylesheets or layout hide, and the article must keep at least that (the peer
 * suite): so clean text hidden the ways pages collapse and reveal stays where it is —
 * desktop-hidden teasers and bylines that phones show (nytimes), visually-hidden MathML that carries the
 * formulas (clip, pattern 7's a11y look-alike), responsive `hidden-xs` blocks (pattern 5). Only hidden
 * navigation (link lists: menus, share bars) and empty boxes go, as `hidden:*`.
 */
export function dropsWhenClean(el: Element, method: string): boolean {
  if (method === 'clip') return false;
  // Parked off the page, faded out, shrunk to specks, indented away: no page shows its
  // article that way, and a reader never sees it, so even clean text so hidden goes (keep.ts's last-resort net,
  // half the page, has already spoken). Injected text outside the lexicon's reach is the usual case.
  if (SPAM_HIDING.has(method)) return true;
  const length = readableLength(el);
  if (length === 0) return true;
  return linkDensity(el, length) >= MAX_LINK_DENSITY;
}
