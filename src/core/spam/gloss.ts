/**
 * Injected pinyin glosses (pattern 15): mirrors rewrite articles in 繁體 and insert a reading after
 * characters throughout — 擦亮雙眼,遠(yuǎn)離“臟”海 — to dodge duplicate-content detection. When glosses are
 * dense (over 5% of Han characters, or more than 20 of them) every gloss is taken out of the text nodes.
 * A news page that glosses one rare character once (彧(yù)) is below both bars and keeps it.
 */
import type { Removal } from '../types.js';
import { capText } from '../dom.js';
import { NON_TEXT_PARENTS } from '../visibility/text-holders.js';

/** A Han character followed by a toned pinyin syllable in half- or full-width parentheses. */
const GLOSS = /([\u3400-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/g;
const HAN = /[\u3400-\u9fff]/g;
const MIN_RATIO = 0.05;
const MIN_COUNT = 20;
/** Below this many glosses a page is glossing on purpose (a rare name, a dialect word). */
const FLOOR = 3;

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = (root.ownerDocument as Document).createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && !NON_TEXT_PARENTS.has(parent.tagName.toUpperCase())) out.push(n as Text);
  }
  return out;
}

export function glosses(clone: Document): Removal[] {
  const body = clone.body;
  if (!body) return [];
  // The body's text in one read holds every gloss its text nodes hold (and a few in scripts): most pages have
  // fewer than FLOOR and stop here, before any text node is visited.
  if ((body.textContent?.match(GLOSS)?.length ?? 0) < FLOOR) return [];
  const nodes = textNodes(body);
  // Glosses are counted first and Han characters only when the ratio decides: most pages have no gloss at all,
  // and counting every Han character of a Chinese page costs more than the rest of this rule.
  let count = 0;
  for (const n of nodes) {
    const v = n.nodeValue ?? '';
    if (v.includes('(') || v.includes('（')) count += v.match(GLOSS)?.length ?? 0;
  }
  if (count < FLOOR) return [];
  if (count <= MIN_COUNT) {
    let han = 0;
    for (const n of nodes) han += n.nodeValue?.match(HAN)?.length ?? 0;
    if (count / Math.max(han, 1) <= MIN_RATIO) return [];
  }
  const samples: string[] = [];
  for (const n of nodes) {
    const v = n.nodeValue ?? '';
    if (!GLOSS.test(v)) continue;
    GLOSS.lastIndex = 0;
    n.nodeValue = v.replace(GLOSS, (whole, char: string) => {
      if (samples.length < 12) samples.push(whole);
      return char;
    });
  }
  return [{ reason: 'spam:gloss', text: capText(`${count} pinyin glosses removed: ${samples.join(' ')}`) }];
}
