/**
 * A page's shape — how deeply its elements nest and how many there are — decided before jsdom parses it, so the
 * CLI refuses a page it will not clean at once instead of after the slowest part:
 * - depth: jsdom's parse costs grow with the square of the depth (each insertion walks up to the document) and
 *   its recursion overflows the stack past about ten thousand levels: a hostile page 20,000 levels deep took 20 s
 *   of CPU to fail, 8,000 levels 10 s to parse. Browsers stop nesting at 512 levels (Chromium's parser puts
 *   deeper elements beside their parent), so no page a reader can see needs thousands.
 * - elements: a page past the extension's element limit took jsdom 6 s of CPU to build before it was refused.
 *
 * Two steps, so ordinary pages pay next to nothing: a linear scan of the tags estimates both (it ignores the
 * parser's repairs, so it can be wrong either way on tag soup), and only a page it finds past a limit is parsed
 * by parse5 — jsdom's own parser, without jsdom's tree — whose real figures decide.
 */
import { parse } from 'parse5';
import { CLI_PAGE_LIMITS } from '../../core/limits.js';

/** Deeper than this, the CLI refuses a page (far past the 512 levels a browser builds). */
export const MAX_NESTING = 3000;

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose next sibling of the same family closes them: their repeats are not nesting. */
const CLOSED_BY_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'rb', 'rt', 'rp']);
/** Elements whose content is text up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

const TAG = /<!--|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;
const rawEnd = new Map<string, RegExp>();

/** Where the raw text opened by `name` ends, searching from `from`; -1 when it runs to the end. */
function rawTextEnd(html: string, name: string, from: number): number {
  let end = rawEnd.get(name);
  if (!end) rawEnd.set(name, (end = new RegExp(`</${name}`, 'gi')));
  end.lastIndex = from;
  return end.exec(html)?.index ?? -1;
}

export interface Shape {
  /** The deepest element's level (the document is level 0). */
  depth: number;
  /** Elements in the document, as `getElementsByTagName('*')` counts them (template contents apart). */
  elements: number;
}

/** The tags' own nesting and count, without the parser's repairs. Linear in the markup's length. */
export function estimatedShape(html: string): Shape {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let deepest = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = match[2]!.toLowerCase();
    if (!match[1]) elements++;
    if (match[1]) {
      if (!open.get(name)) continue; // a stray end tag: the parser ignores it
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, open.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = rawTextEnd(html, name, TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end;
      continue;
    }
    if (VOID.has(name) || CLOSED_BY_SIBLINGS.has(name) || match[3]) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, stack.length);
  }
  return { depth: deepest, elements };
}

interface Parse5Node {
  tagName?: string;
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

/** The shape of the document the HTML parser builds. */
export function parsedShape(html: string): Shape {
  let deepest = 0;
  let elements = 0;
  const pending: Array<[Parse5Node, number, boolean]> = [[parse(html) as Parse5Node, 0, false]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth, inTemplate] = next;
    if (node.tagName) {
      deepest = Math.max(deepest, depth);
      if (!inTemplate) elements++;
    }
    for (const child of node.childNodes ?? []) pending.push([child, depth + 1, inTemplate]);
    for (const child of node.content?.childNodes ?? []) pending.push([child, depth + 1, true]);
  }
  return { depth: deepest, elements };
}

/**
 * Why the CLI will not parse this page, or null: more than `limits.depth` levels or `limits.elements` elements
 * in the document the parser builds. Only a page the estimate puts past a limit is parsed to decide.
 */
export function shapeRefusal(html: string, limits: Shape): { past: keyof Shape; shape: Shape } | null {
  const estimate = estimatedShape(html);
  if (estimate.depth <= limits.depth && estimate.elements <= limits.elements) return null;
  const shape = parsedShape(html);
  if (shape.depth > limits.depth) return { past: 'depth', shape };
  return shape.elements > limits.elements ? { past: 'elements', shape } : null;
}

/** The limits the CLI's jsdom path refuses past: the extension's element limit, and MAX_NESTING. */
export const CLI_SHAPE_LIMITS: Shape = { depth: MAX_NESTING, elements: CLI_PAGE_LIMITS.maxElements };
