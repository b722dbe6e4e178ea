/**
 * Shared measures for the pruning rules: text size in "words" that also works for unspaced scripts, link
 * density, leaf blocks, and the one remove() that records what went. Every rule guards recall with the
 * same two limits: it only takes short blocks, and never a block holding a large share of the article.
 */
import type { Removal } from '../../types.js';
import { collapsedText, collapseSpace, templateSignature } from '../../dom.js';
import { blockText } from '../../text.js';
import type { Signatures } from '../signatures.js';

const WORD = /[\p{L}\p{N}_]+/gu;
const HAN_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

/**
 * The collapsed text of elements, remembered while one pruning pass runs (`withTextMemo`): the rules ask for
 * the same blocks' text many times over, and each ask is a full textContent walk. `remove` forgets the removed
 * block's ancestors, the only elements whose text a removal changes.
 */
let memo: WeakMap<Element, string> | null = null;
/** Word counts of the same texts, asked for as often (every rule's size limits): kept for the same pass. */
let words: Map<string, number> | null = null;
/** The leaf blocks last found, until the next removal. */
let leaves: { root: Element; blocks: Element[] } | null = null;

export function withTextMemo<T>(run: () => T): T {
  const outer = [memo, words, leaves] as const;
  memo = new WeakMap();
  words = new Map();
  leaves = null;
  try {
    return run();
  } finally {
    [memo, words, leaves] = outer;
  }
}

/**
 * Words in `text`; Han and kana characters count half a word each (a Chinese word is ~1.5–2 characters),
 * so one threshold serves both spaced and unspaced scripts.
 */
export function wordCount(text: string): number {
  let count = words?.get(text);
  if (count === undefined) {
    const cjk = text.match(HAN_KANA)?.length ?? 0;
    const rest = text.replace(HAN_KANA, ' ').match(WORD)?.length ?? 0;
    count = rest + cjk / 2;
    words?.set(text, count);
  }
  return count;
}

/** Text as a line is compared with a title: white space collapsed, case aside. */
export const normLine = (s: string): string => collapseSpace(s).toLowerCase();

export function textOf(el: Element): string {
  if (!memo) return collapsedText(el);
  let text = memo.get(el);
  if (text === undefined) memo.set(el, (text = collapsedText(el)));
  return text;
}

function forgetText(el: Element): void {
  if (!memo) return;
  for (let a: Element | null = el; a; a = a.parentElement) memo.delete(a);
}

/**
 * Share of an element's text that sits inside links. A named anchor without an address (`<a name="cwe">`, the
 * target a table of contents jumps to) wraps headings and labels, not links: JVN iPedia's section headings are
 * all such anchors, and counting them made the headings look like menus of links.
 */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a:not([name]:not([href]))'))) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** A paragraph of prose: a dozen words or more, under half of them links (a story's line, not a box of links). */
export const isProseBlock = (el: Element): boolean => wordCount(textOf(el)) >= 12 && linkDensity(el) < 0.5;

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'FIGURE',
  'FIGCAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'PRE',
  'NAV',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'MAIN',
  'FORM',
  'CENTER',
]);

export const isBlock = (el: Element): boolean => BLOCK_TAGS.has(el.tagName.toUpperCase());

/**
 * Blocks with no block inside them: the unit a reader sees as one paragraph or line, in document order. Each
 * element, once its subtree is done, tells its parent whether a block lies beneath it.
 */
export function leafBlocks(root: Element): Element[] {
  // Within a pass, the blocks stay what they were until a rule removes something (most rules remove nothing).
  if (memo && leaves?.root === root) return leaves.blocks.slice();
  const blocks = firstLeafBlocks(root, Infinity);
  if (memo) leaves = { root, blocks: blocks.slice() };
  return blocks;
}

/**
 * The first `count` leaf blocks of `root`, reading no further into it than they reach: a rule that looks at
 * the opening lines costs as much on a 100,000-element article as on a short one. Elements are finished in
 * post-order (children before their parent), which puts leaves, never nested in one another, in document order.
 */
export function firstLeafBlocks(root: Element, count: number): Element[] {
  const found: Element[] = [];
  const holdsBlock = new Set<Element>();
  const finish = (el: Element) => {
    const block = isBlock(el);
    if (block && !holdsBlock.has(el) && textOf(el).length > 0) found.push(el);
    if ((block || holdsBlock.has(el)) && el.parentElement) holdsBlock.add(el.parentElement);
  };
  let el = root.firstElementChild;
  while (el && found.length < count) {
    while (el.firstElementChild) el = el.firstElementChild;
    // Finish `el`, then its ancestors for as long as it was their last child, up to the next sibling.
    let next: Element | null = null;
    for (let done: Element | null = el; done && done !== root; done = done.parentElement) {
      finish(done);
      if (found.length >= count || (next = done.nextElementSibling)) break;
    }
    el = next;
  }
  return found;
}

export const isHeading = (el: Element): boolean => /^H[1-6]$/i.test(el.tagName);

/** What every rule receives: the article root, its size, and where removals are recorded. */
export interface PruneContext {
  root: Element;
  /** Words in the whole article before pruning: the yardstick for "a large share". */
  totalWords: number;
  removed: Removal[];
  /** The article's title and byline, which some rules look for inside the body. */
  title: string;
  byline: string | null;
  /** The page's posters' signatures, read before Readability took their boxes' names (signatures.ts). */
  signatures: Signatures;
  /** Whether the page showed the article to be a forum topic, its posts in shaded boxes (post-series.ts). */
  forumTopic: boolean;
}

/** No rule may take a block holding more than this share of the article: that is article, not chrome. */
const MAX_SHARE = 0.2;

export function tooBig(ctx: PruneContext, el: Element, maxWords = Infinity): boolean {
  const words = wordCount(textOf(el));
  return words > maxWords || (ctx.totalWords > 0 && words > ctx.totalWords * MAX_SHARE && words > 15);
}

/**
 * The text a removal is recorded with: the whole of it, uncapped (unlike hidden and spam removals, whose
 * link farms can run to megabytes, a prune removal is bounded by `tooBig` to a fifth of the article), and
 * with blocks and `<br>` kept apart as the article's own text is, so `Caption<br>Credit` is recorded as two
 * words exactly as the reader's output would have shown them.
 */
export const removalText = (el: Element): string => collapseSpace(blockText(el));

export function remove(ctx: PruneContext, el: Element, reason: string): void {
  if (el === ctx.root || !ctx.root.contains(el)) return; // already gone with an ancestor
  const text = removalText(el);
  if (text) ctx.removed.push({ reason: `prune:${reason}`, text });
  forgetText(el);
  leaves = null;
  el.remove();
}

/**
 * The lines of a block written with `<br>` between them ("编辑|张三<br>责编|李四<br>来源|…", the close of many
 * Chinese and older pages): each line the run of the block's own child nodes between two `<br>`s, with its
 * collapsed text. A block with no `<br>` child has no lines: the block itself is the unit.
 */
export interface BrLine {
  nodes: ChildNode[];
  text: string;
}
/** Whether a `<br>` is among the block's children: most blocks have none, and are asked without an array. */
function hasBrChild(block: Element): boolean {
  for (let c = block.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'BR') return true;
  return false;
}

export function brLines(block: Element): BrLine[] {
  if (!hasBrChild(block)) return [];
  const lines: BrLine[] = [];
  let nodes: ChildNode[] = [];
  const flush = () => {
    const text = collapseSpace(nodes.map((n) => n.textContent ?? '').join(''));
    if (text) lines.push({ nodes, text });
    nodes = [];
  };
  for (const node of Array.from(block.childNodes)) {
    if (node.nodeType === 1 && (node as Element).tagName === 'BR') flush();
    else nodes.push(node);
  }
  flush();
  return lines;
}

/** Removes one `<br>` line of `block` and the `<br>` that ended it, recording its text as `remove` does. */
export function removeLine(ctx: PruneContext, block: Element, line: BrLine, reason: string): void {
  const last = line.nodes[line.nodes.length - 1];
  const br = last?.nextSibling;
  ctx.removed.push({ reason: `prune:${reason}`, text: line.text });
  for (const node of line.nodes) node.remove();
  if (br && br.nodeType === 1 && (br as Element).tagName === 'BR') br.remove();
  forgetText(block);
  leaves = null;
}

/** `class` and `id` together, for the class-name rules. */
export const classAndId = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;

/**
 * A class or id with its camel-case words apart, as its hyphens and underscores keep them: Super Express names its
 * "Polecany artykuł:" (recommended article) box `recommendedArticle`, as others write `relatedPosts` or `shareBar`,
 * and ITmedia its standfirst `cmsAbstract`.
 */
export const wordsOfNames = (names: string): string => names.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');

const TOKEN = /[\p{L}\p{N}_]+/gu;
const HAS_HAN_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const SPLIT_HAN_KANA =
  /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/** Lower-cased word tokens; each Han or kana character is a token, as a reader of those scripts counts. */
export function tokens(text: string): string[] {
  const words = text.toLowerCase().match(TOKEN) ?? [];
  if (!HAS_HAN_KANA.test(text)) return words; // the common case: nothing to split per character
  const out: string[] = [];
  for (const word of words) {
    if (/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u.test(word))
      out.push(...(word.match(SPLIT_HAN_KANA) ?? []));
    else out.push(word);
  }
  return out;
}

/** The set of runs of `size` consecutive tokens. */
export function shingleSet(toks: readonly string[], size = 4): Set<string> {
  const out = new Set<string>();
  if (size === 4) {
    // the size every caller uses, without a slice and a join per position
    for (let i = 0; i + 4 <= toks.length; i++) out.add(`${toks[i]} ${toks[i + 1]} ${toks[i + 2]} ${toks[i + 3]}`);
    return out;
  }
  for (let i = 0; i + size <= toks.length; i++) out.add(toks.slice(i, i + size).join(' '));
  return out;
}

/** Still in the article? (The article root is detached, so `isConnected` cannot tell.) */
export const alive = (ctx: PruneContext, el: Element): boolean => ctx.root.contains(el);

/** `el`, or the outermost box around it (inside the article) that holds nothing else: `<div><h3>More</h3></div>`. */
export function boxOfOnly(ctx: PruneContext, el: Element): Element {
  const text = textOf(el);
  let box = el;
  while (box.parentElement && box.parentElement !== ctx.root && textOf(box.parentElement) === text)
    box = box.parentElement;
  return box;
}

/** Words of the live blocks from `blocks[from]` on: how much of the article still follows a line. */
export const wordsFrom = (ctx: PruneContext, blocks: readonly Element[], from: number): number =>
  blocks.slice(from).reduce((sum, b) => sum + (alive(ctx, b) ? wordCount(textOf(b)) : 0), 0);

/**
 * Runs of at least `min` adjacent children of `parent` printed by one template (same tag and classes): teaser
 * cards, comments. Empty children between them (ad slots) are skipped.
 */
export function sameTemplateRuns(parent: Element, min: number): Element[][] {
  // Most elements (inline text, leaves) have too few children for a run: the common case asks nothing more.
  if (parent.childElementCount < min) return [];
  const runs: Element[][] = [];
  let run: Element[] = [];
  let runSignature = '';
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (textOf(child) === '' && !child.querySelector('img, picture')) continue;
    const own = templateSignature(child);
    if (run.length && runSignature !== own) {
      runs.push(run);
      run = [];
    }
    if (!run.length) runSignature = own;
    run.push(child);
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length >= min);
}

/**
 * A notice written after the story: a block no prose block of the article follows, with at least as many words of
 * the article before it as it holds. The share guard (`tooBig`) keeps a rule from taking a large part of a short
 * article; a notice that closes it (copyright.ts, calls-to-action.ts) is not the story whatever its share: a platform's
 * closing disclaimer ("声明：该文观点仅代表作者本人，搜狐号系信息发布平台…", 46 characters) is
 * more than a fifth of a two- or three-paragraph news flash, yet it is no more the story there than under a long
 * one. A notice-shaped paragraph in the middle of a story, or one that is most of the article, still stays.
 */
export function closesStory(ctx: PruneContext, blocks: readonly Element[], at: number): boolean {
  const own = wordCount(textOf(blocks[at]!));
  const before = wordsFrom(ctx, blocks.slice(0, at), 0);
  return before >= own && !blocks.slice(at + 1).some(continuesStory);
}

/**
 * A block after a notice that says the story goes on: prose, written as a sentence. A date line under the notice
 * ("投稿日：2024年5月14日 更新日：2024年5月15日", twelve words by its numbers) is as long as a short paragraph but
 * says nothing more.
 */
const SENTENCE_END = /[.!?。！？…:：;；"'”’」』)）]$/;
const continuesStory = (el: Element): boolean => isProseBlock(el) && SENTENCE_END.test(textOf(el));
