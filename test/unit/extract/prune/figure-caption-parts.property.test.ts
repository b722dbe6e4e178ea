/**
 * A figure's caption built of parts, each with a class of its own (NZZ: `<figcaption><h2
 * class="image-description__caption">…</h2><div class="image-description__author">Yin Gang / Xinhua / Imago</div>`),
 * over generated figures: the description's element and class name, a credit part named as a credit or not, the
 * figure among story paragraphs. A caption kept beside its picture keeps its description, whatever the
 * description's class says; a part named as a credit still goes; without its picture the caption goes whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pruneCaptions } from '../../../../src/core/extract/prune/captions.js';
import { runRule } from './prune-helper.js';
import { sentence } from './prose.js';

const RUNS = 60;

const figure = fc.record({
  description: sentence(8, 20),
  tag: fc.constantFrom('h2', 'p', 'span', 'div'),
  descriptionClass: fc.constantFrom(
    'image-description__caption',
    'caption',
    'figure-caption',
    'wp-caption-text',
    'media-caption__text',
  ),
  credit: fc.constantFrom('Yin Gang / Xinhua / Imago', 'Jane Roe/AP', 'Getty Images'),
  creditClass: fc.constantFrom('image-description__author', 'credit', 'image-credit', 'copyright', 'photo-credit'),
  picture: fc.boolean(),
});

describe('generated figures: a caption made of named parts', () => {
  it('the description stays with its picture, a part named as a credit goes; without the picture all goes', () => {
    fc.assert(
      fc.property(figure, ({ description, tag, descriptionClass, credit, creditClass, picture }) => {
        const html =
          `<figure>${picture ? '<img src="/photo.jpg" alt="">' : ''}<figcaption><div class="image-description">` +
          `<${tag} class="${descriptionClass}">${description}</${tag}><div class="${creditClass}">${credit}</div>` +
          `</div></figcaption></figure>`;
        const r = runRule(pruneCaptions, html);
        if (!picture) {
          expect(r.text).not.toContain(description);
          return;
        }
        expect(r.text).toContain(description);
        expect(r.root.querySelectorAll('img')).toHaveLength(1);
        if (/credit|copyright/.test(creditClass)) expect(r.text).not.toContain(credit);
      }),
      { numRuns: RUNS },
    );
  });
});
