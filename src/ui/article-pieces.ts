/**
 * A long article sanitised and shown piece by piece (issue 15): the popup's second DOMPurify pass over a
 * 100,000-element article, and the layout of all of it, no longer stand between the click and the first screen.
 * An ordinary article (most are far below PIECE_CHARS) is one piece, sanitised as before.
 *
 *   article HTML ─► inert parse (DOMParser: nothing runs or loads) ─► the wrappers down to the block list
 *               ─► blocks grouped into pieces ─► each piece, in copies of its wrappers, through purify ─► DOM
 *
 * Every piece goes through the one sink (core/purify.ts) with its wrappers around it, so it is parsed in the
 * same context as the whole article would be (rows inside their table, items inside their list), and what
 * reaches the page is DOMPurify's output only. The renderer's HTML is never trusted: a piece that does not fit
 * the wrappers its first piece built is appended whole at the end, sanitised all the same.
 */
import { purifyToFragment } from '../core/purify.js';

/** Past this much HTML an article is shown in pieces; about a screenful of text is far less than one piece. */
export const PIECE_CHARS = 150_000;
/** Elements per piece after the first: a few milliseconds of sanitising each, so the page stays responsive. */
const PIECE_ELEMENTS = 3000;
/** The first piece: enough for the first screens of any layout, small enough to sanitise at once. */
const FIRST_ELEMENTS = 600;

export interface ArticlePieces {
  /** The first piece, sanitised, in (sanitised copies of) the article's own wrappers. */
  first: DocumentFragment;
  /** The following pieces, each sanitised when called and appended where the first piece's blocks went. */
  rest: Array<(into: HTMLElement) => void>;
}

export function articlePieces(html: string, win: Window): ArticlePieces {
  if (html.length <= PIECE_CHARS) return { first: purifyToFragment(html, win), rest: [] };
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(html, 'text/html');
  // The wrappers: from the body down while a node holds one element and no text of its own (Readability's
  // page div and its inner div); their children are the blocks that get grouped.
  const chain: Element[] = [];
  let container: Element = doc.body;
  while (container.children.length === 1 && !ownText(container)) {
    container = container.firstElementChild!;
    chain.push(container);
  }
  const groups = group(Array.from(container.childNodes));
  if (groups.length < 2) return { first: purifyToFragment(html, win), rest: [] };
  const piece = (nodes: ChildNode[]): DocumentFragment => {
    // Shallow copies of the wrappers, nested, with this piece's blocks inside: serialised as one HTML string.
    const outer = doc.createElement('body');
    let inner: Element = outer;
    for (const wrapper of chain) inner = inner.appendChild(wrapper.cloneNode(false) as Element);
    inner.append(...nodes);
    return purifyToFragment(outer, win);
  };
  const first = piece(groups[0]!);
  return {
    first,
    rest: groups.slice(1).map((nodes) => (into: HTMLElement) => {
      const fragment = piece(nodes);
      const from = innermost(fragment, chain.length);
      const to = innermost(into, chain.length);
      if (from && to && (chain.length === 0 || name(from) === name(to))) to.append(...Array.from(from.childNodes));
      else into.append(fragment);
    }),
  };
}

/** Whether an element has text directly in it (not only in its children). */
function ownText(element: Element): boolean {
  for (const node of Array.from(element.childNodes)) if (node.nodeType === 3 && node.nodeValue!.trim()) return true;
  return false;
}

/** The blocks in consecutive groups: a small first one, then about PIECE_ELEMENTS elements each. */
function group(nodes: ChildNode[]): ChildNode[][] {
  const groups: ChildNode[][] = [];
  let current: ChildNode[] = [];
  let size = 0;
  for (const node of nodes) {
    current.push(node);
    size += node.nodeType === 1 ? (node as Element).getElementsByTagName('*').length + 1 : 0;
    if (size >= (groups.length === 0 ? FIRST_ELEMENTS : PIECE_ELEMENTS)) {
      groups.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

const name = (node: ParentNode) => (node.nodeType === 1 ? (node as Element).localName : '#');

/** `depth` levels down by first element child: where the blocks sit under the wrappers (null if the shape differs). */
function innermost(root: ParentNode, depth: number): ParentNode | null {
  let node: ParentNode | null = root;
  for (let i = 0; i < depth && node; i++) node = node.firstElementChild;
  return node;
}
