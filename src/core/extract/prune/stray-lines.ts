/**
 * Lines written between blocks without a block of their own: a link or a few words set straight into a container
 * that also holds paragraphs ("<article><p>…</p><a>Send a Letter to the Editor</a></article>", Sohu's "返回搜狐，查看更多"
 * after its last paragraph, "Go Back to Top. Skip To: Start of Article."). The browser lays such a run out as a line
 * of its own, but the line rules read leaf blocks and never saw it. For the length of the pass each run is wrapped in
 * a `<div>`, which makes it a leaf block as a reader sees it; the wrappers of the runs no rule took are undone after,
 * so the article's markup is what Readability gave.
 *
 * Only in the containers where a run is a line: not a list item's or a cell's label before its nested list, not a
 * quotation's or preformatted text, and never inside a run of `<br>` lines (those are read as lines by `brLines`).
 */
import { isBlock } from './util.js';

/** Containers whose runs between blocks are lines of the page. */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'center']);
/** Blocks that hold lines, not containers: not looked into (most of an article's elements are inside them). */
const LINES = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);

const holdsText = (nodes: readonly Node[]): boolean => nodes.some((n) => (n.textContent ?? '').trim().length > 0);

/** Whether `el`'s children are blocks with a run of words among them, and no `<br>` (one pass over the children). */
function holdsStrayRun(el: Element): boolean {
  let block = false;
  let words = false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const child = n as Element;
      if (child.localName === 'br') return false;
      if (isBlock(child)) block = true;
      else if (!words && (child.textContent ?? '').trim()) words = true;
    } else if (!words && n.nodeType === 3 && (n.nodeValue ?? '').trim()) words = true;
  }
  return block && words;
}

/** The containers under `root` (and `root`) holding a stray run: a walk through blocks only, not into lines. */
function strayRunHolders(root: Element): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if ((el === root || CONTAINERS.has(el.localName)) && holdsStrayRun(el)) found.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling)
      if (isBlock(child) && !LINES.has(child.localName)) stack.push(child);
  }
  return found;
}

/** Wraps the stray runs under `root` in `<div>`s for the line rules; returns the wrappers. */
export function wrapStrayLines(root: Element): Element[] {
  const wrappers: Element[] = [];
  const containers = strayRunHolders(root);
  for (const el of containers) {
    let run: Node[] = [];
    const flush = () => {
      if (holdsText(run)) {
        const wrapper = el.ownerDocument.createElement('div');
        el.insertBefore(wrapper, run[0]!);
        for (const n of run) wrapper.appendChild(n);
        wrappers.push(wrapper);
      }
      run = [];
    };
    for (const n of Array.from(el.childNodes)) {
      if (n.nodeType === 1 && isBlock(n as Element)) flush();
      else if (n.nodeType === 1 || n.nodeType === 3) run.push(n);
    }
    flush();
  }
  return wrappers;
}

/** Undoes the wrappers still in the article: their runs go back where they were. */
export function unwrapStrayLines(wrappers: readonly Element[]): void {
  for (const wrapper of wrappers) {
    const parent = wrapper.parentNode;
    if (!parent) continue;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    wrapper.remove();
  }
}
