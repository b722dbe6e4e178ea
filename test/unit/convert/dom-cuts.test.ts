/**
 * OpenCC's sentences cut at random inline boundaries and converted as article DOM: the text must come out
 * exactly as OpenCC converts the whole sentence (per-node converters get 68–76% here, s2twp 48%). For the
 * character configs, each text node must also hold exactly its own share of OpenCC's expected output.
 */
import { describe, expect, it } from 'vitest';
import { CONVERT_CONFIGS, CONFIG_INFO } from '../../../src/core/convert/configs.js';
import { convertElement } from '../../../src/core/convert/dom.js';
import { loadConverter } from '../../../src/core/convert/load.js';
import { casesFor, newDocument } from './helpers.js';
import { prng } from '../../helpers/random.js';

/** The element tree with every text replaced by #: what conversion must never change. */
const skeleton = (node: Node): string =>
  node.nodeType === 3 ? '#' : `<${(node as Element).localName}>${[...node.childNodes].map(skeleton).join('')}</>`;

const SEEDS = [1, 7, 42, 1234, 20260806];
const TAGS = ['b', 'i', 'em', 'strong', 'span', 'a', 'mark', 'u'];

/** Cuts `text` at 1–4 random code-point positions and wraps some pieces (sometimes nested) in inline tags. */
function cutIntoDom(doc: Document, text: string, random: () => number): { p: HTMLElement; pieces: Text[] } {
  const chars = [...text];
  const cuts = new Set<number>();
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count && chars.length > 1; i++) cuts.add(1 + Math.floor(random() * (chars.length - 1)));
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), chars.length];
  const p = doc.createElement('p');
  const pieces: Text[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const node = doc.createTextNode(chars.slice(bounds[i], bounds[i + 1]).join(''));
    pieces.push(node);
    let holder: Node = node;
    const depth = Math.floor(random() * 3); // 0: bare text, 1–2: wrapped
    for (let d = 0; d < depth; d++) {
      const el = doc.createElement(TAGS[Math.floor(random() * TAGS.length)]!);
      el.appendChild(holder);
      holder = el;
    }
    p.appendChild(holder);
  }
  doc.body.appendChild(p);
  return { p, pieces };
}

describe.each(CONVERT_CONFIGS)('%s', (config) => {
  const cases = casesFor(config);
  it.each(SEEDS)('seed %i: every sentence exact', async (seed) => {
    const converter = await loadConverter(config);
    const random = prng(seed);
    const doc = newDocument();
    const failures: string[] = [];
    let perNodeChecked = 0;
    for (const { id, input, expected } of cases) {
      const { p, pieces } = cutIntoDom(doc, input, random);
      const markup = skeleton(p);
      convertElement(p, converter, { setLang: false });
      if (p.textContent !== expected) failures.push(`${id}: ${p.textContent} ≠ ${expected}`);
      if (skeleton(p) !== markup) failures.push(`${id}: markup changed`);
      const expectedChars = [...expected];
      if (!CONFIG_INFO[config].phrases && expectedChars.length === [...input].length) {
        let at = 0;
        for (const node of pieces) {
          const length = [...node.data].length;
          const share = expectedChars.slice(at, at + length).join('');
          if (node.data !== share) failures.push(`${id}: node "${node.data}" ≠ "${share}"`);
          at += length;
        }
        perNodeChecked++;
      }
      p.remove();
    }
    expect(failures).toEqual([]);
    if (!CONFIG_INFO[config].phrases) expect(perNodeChecked).toBeGreaterThan(cases.length / 2);
  });
});
