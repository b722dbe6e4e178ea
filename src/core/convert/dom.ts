/**
 * Converts an article's DOM in place, keeping phrases whole where inline tags cut them (issue 7, item 2).
 *
 * Per-node converters (opencc-js's HTMLConverter, the browser extensions readers use) turn `头<b>发</b>` into
 * 頭<b>發</b>: the phrase 头发 never reaches the dictionary. Here each block's text (the run of text nodes
 * between block boundaries) is joined, converted once, and cut back into its text nodes at the converted
 * offsets; character configs keep offsets one to one, phrase configs and the reader's exceptions use the
 * converter's offset map. Markup is never created or removed, only text node data and three attributes.
 *
 * Map:
 *   collect()     walk the tree: blocks of text nodes, elements whose attributes or lang change
 *   writeBlock()  convert one block and write it back by offsets
 *   convertElement() / convertDocument()  the entry points; they return an undo handle
 */
import type { Converter } from './converter.js';

/** Subtrees left exactly as written: code and machine text, and what the page marks as not translatable. */
const SKIP = new Set(['pre', 'code', 'kbd', 'samp', 'textarea', 'script', 'style', 'noscript', 'template']);

/**
 * Elements that do not end a run of text: a phrase may continue through them. Anything else — blocks,
 * line breaks, images, unknown elements — starts a new block, so phrases never join across it.
 */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'ruby',
]);

/** Ruby annotations (pinyin, zhuyin) are converted as their own blocks, and the base text joins across them. */
const ANNOTATION = new Set(['rt', 'rp']);

/** Attributes a reader sees or hears. */
export const CONVERTED_ATTRIBUTES = ['title', 'alt', 'aria-label'] as const;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface ConvertDomOptions {
  /** Set `lang` on the root to the converter's tag (default true). Descendants tagged zh-* always follow. */
  setLang?: boolean;
}

export interface DomConversion {
  /** Puts back every text, attribute and lang exactly as it was, without converting anything back. */
  restore(): void;
  /** Text nodes whose text changed. */
  changedTextNodes: number;
}

function skipped(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  if (el.getAttribute('translate')?.toLowerCase() === 'no') return true;
  if (el.classList.contains('notranslate')) return true;
  // Text another language claims (lang="ja": kanji are not Chinese characters to convert) is left alone.
  const lang = el.getAttribute('lang');
  return lang !== null && lang !== '' && !/^zh\b/i.test(lang);
}

interface Collected {
  blocks: Text[][];
  elements: Element[];
}

function collect(root: Element): Collected {
  const blocks: Text[][] = [];
  const elements: Element[] = [root];
  let current: Text[] = [];
  const endBlock = () => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current.push(child as Text);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      if (skipped(el)) {
        endBlock();
        continue;
      }
      elements.push(el);
      if (ANNOTATION.has(el.localName)) {
        const outer = current;
        current = [];
        visit(el);
        endBlock();
        current = outer;
        continue;
      }
      const inline = INLINE.has(el.localName);
      if (!inline) endBlock();
      visit(el);
      if (!inline) endBlock();
    }
  };
  visit(root);
  endBlock();
  return { blocks, elements };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Converts one block and writes it back; returns the nodes it changed with their original text. */
function writeBlock(nodes: Text[], converter: Converter, undo: Array<[Text, string]>): void {
  const texts = nodes.map((n) => n.data);
  const joined = texts.join('');
  let converted = converter.convert(joined);
  if (converted === joined) return;
  const cuts: number[] = [];
  if (nodes.length > 1) {
    let map = (offset: number) => offset;
    if (!converter.keepsLength || converted.length !== joined.length) {
      const mapped = converter.convertMapped(joined);
      converted = mapped.text;
      map = mapped.map;
    }
    let offset = 0;
    let previous = 0;
    for (let i = 0; i < texts.length - 1; i++) {
      offset += texts[i]!.length;
      let cut = Math.min(Math.max(map(offset), previous), converted.length);
      // Never leave half of a surrogate pair (an Extension-B character) in each node.
      if (cut > 0 && cut < converted.length && isHighSurrogate(converted.charCodeAt(cut - 1))) cut++;
      cuts.push(cut);
      previous = cut;
    }
  }
  cuts.push(converted.length);
  let from = 0;
  nodes.forEach((node, i) => {
    const to = cuts[i]!;
    const text = converted.slice(from, to);
    from = to;
    if (text !== node.data) {
      undo.push([node, node.data]);
      node.data = text;
    }
  });
}

/** Converts the text under `root` in place. */
export function convertElement(root: Element, converter: Converter, options: ConvertDomOptions = {}): DomConversion {
  const { blocks, elements } = collect(root);
  const texts: Array<[Text, string]> = [];
  const attributes: Array<[Element, string, string | null]> = [];
  for (const block of blocks) writeBlock(block, converter, texts);
  for (const el of elements) {
    for (const name of CONVERTED_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (!value) continue;
      const converted = converter.convert(value);
      if (converted !== value) {
        attributes.push([el, name, value]);
        el.setAttribute(name, converted);
      }
    }
    const lang = el.getAttribute('lang');
    const retag = el === root ? options.setLang !== false : lang !== null && /^zh\b/i.test(lang);
    if (retag && lang !== converter.lang) {
      attributes.push([el, 'lang', lang]);
      el.setAttribute('lang', converter.lang);
    }
  }
  return {
    changedTextNodes: texts.length,
    restore() {
      for (const [node, data] of texts) node.data = data;
      for (const [el, name, value] of attributes) {
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
      }
    },
  };
}

/** Converts a whole document: its title and body, with `lang` set on the root element. */
export function convertDocument(doc: Document, converter: Converter, options: ConvertDomOptions = {}): DomConversion {
  return convertElement(doc.documentElement, converter, options);
}
