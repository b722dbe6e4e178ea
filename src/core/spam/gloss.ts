/**
 * Injected pinyin glosses (pattern 15): mirrors rewrite articles in 繁體 and insert a reading after
 * characters throughout — 擦亮雙眼,遠(yuǎn)離“臟”海 — to dodge duplicate-content detection. When glosses are
 * dense (over 5% of Han characters, or more than 20 of them) every gloss is taken out of the text nodes.
 * A news page that glosses one rare character once (彧(yù)) is below both bars and keeps it.
 *
 * Neutral-tone syllables carry no tone mark — 的(de), 了(le), 么(me), 吗(ma), 呢(ne), 子(zi) — so no single
 * gloss of them says "pinyin". The page's pattern does: where most glosses carry tone marks and the page is
 * judged glossed, the toneless `汉(pinyin)` pairs in the same pattern are the same injection and go too. On a
 * page without toned glosses, 公司(ltd) or 版(beta) is never touched.
 */
import type { Removal } from '../types.js';
import { capText } from '../dom.js';
import { NON_TEXT_PARENTS } from '../visibility/text-holders.js';

/** A Han character followed by a toned pinyin syllable in half- or full-width parentheses. */
const GLOSS = /([\u3400-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/g;
/**
 * A Han character followed by a toneless syllable shaped like pinyin (an optional initial, a vowel, a short
 * final): the neutral-tone glosses of the same injection.
 */
const TONELESS = /([\u3400-\u9fff])[(（]((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouüv][a-zü]{0,4})[)）]/g;
const HAN = /[\u3400-\u9fff]/g;
/** Share of a page's glosses that must carry tone marks before its toneless ones are taken as glosses too. */
const MIN_TONED_SHARE = 0.5;
const MIN_RATIO = 0.05;
const MIN_COUNT = 20;
/** Below this many glosses a page is glossing on purpose (a rare name, a dialect word). */
const FLOOR = 3;

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4);
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
  // Toneless glosses join the pattern only when most glosses carry tone marks (the page's own evidence).
  let toneless = 0;
  for (const n of nodes) {
    const v = n.nodeValue ?? '';
    if (v.includes('(') || v.includes('（')) toneless += v.match(TONELESS)?.length ?? 0;
  }
  const withToneless = count / (count + toneless) >= MIN_TONED_SHARE;
  const samples: string[] = [];
  const strip = (whole: string, char: string) => {
    if (samples.length < 12) samples.push(whole);
    return char;
  };
  for (const n of nodes) {
    const v = n.nodeValue ?? '';
    if (!v.includes('(') && !v.includes('（')) continue;
    let next = v.replace(GLOSS, strip);
    if (withToneless) next = next.replace(TONELESS, strip);
    if (next !== v) n.nodeValue = next;
  }
  const total = count + (withToneless ? toneless : 0);
  return [{ reason: 'spam:gloss', text: capText(`${total} pinyin glosses removed: ${samples.join(' ')}`) }];
}
