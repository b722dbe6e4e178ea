/**
 * A figure's caption built of parts, each with a class of its own (NZZ: `<figcaption><h2
 * class="image-description__caption">…</h2><div class="image-description__author">Yin Gang / Xinhua / Imago</div>`),
 * over generated figures: the description's element and class name, a credit part named as a credit (by class or
 * schema.org property) or for who took the picture (author, photographer), the
 * figure among story paragraphs. A caption kept beside its picture keeps its description, whatever the
 * description's class says; a part named as a credit still goes; without its picture the caption goes whole. And
 * the BBC template's image-source line ("Image source, Getty Images", "صدر الصورة، EPA", "Автор фото, Reuters") in
 * eight of its language services goes, while story lines that start with the same words stay.
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
  // A part named as a credit by its class, or by its schema.org property under a generated class (NYT's
  // `<span itemprop="copyrightHolder" class="css-1fxp258">`).
  creditClass: fc.constantFrom(
    'image-description__author',
    'credit',
    'image-credit',
    'copyright',
    'photo-credit',
    'itemprop:copyrightHolder',
    'itemprop:creditText',
    'caption__photographer',
    'media-caption__author',
  ),
  picture: fc.boolean(),
});

const creditNames = (name: string): string =>
  name.startsWith('itemprop:') ? `class="css-1fxp258" itemprop="${name.slice('itemprop:'.length)}"` : `class="${name}"`;

describe('generated figures: a caption made of named parts', () => {
  it('the description stays with its picture, a part named as a credit goes; without the picture all goes', () => {
    fc.assert(
      fc.property(figure, ({ description, tag, descriptionClass, credit, creditClass, picture }) => {
        const html =
          `<figure>${picture ? '<img src="/photo.jpg" alt="">' : ''}<figcaption><div class="image-description">` +
          `<${tag} class="${descriptionClass}">${description}</${tag}><div ${creditNames(creditClass)}>${credit}</div>` +
          `</div></figcaption></figure>`;
        const r = runRule(pruneCaptions, html);
        if (!picture) {
          expect(r.text).not.toContain(description);
          return;
        }
        expect(r.text).toContain(description);
        expect(r.root.querySelectorAll('img')).toHaveLength(1);
        expect(r.text).not.toContain(credit);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('generated figures: the BBC template’s image-source line in its language services', () => {
  const label = fc.constantFrom(
    'Image source,',
    'صدر الصورة،',
    'منبع تصویر،',
    'Автор фото,',
    'Fuente de la imagen,',
    '图像来源，',
    '圖像來源，',
    'Sumber gambar,',
  );
  const agency = fc.constantFrom('Getty Images', 'EPA-EFE/REX/Shutterstock', 'Reuters', 'BBC', 'AFP');

  it('the label and its agency go, the picture and a story line that starts alike stay', () => {
    fc.assert(
      fc.property(label, agency, fc.boolean(), (l, a, inFigure) => {
        const credit = `<p role="text"><span class="visually-hidden">${l}</span> <span lang="en-GB">${a}</span></p>`;
        const html =
          (inFigure
            ? `<figure><img src="/photo.jpg" alt="">${credit}</figure>`
            : `<div><img src="/photo.jpg" alt="">${credit}</div>`) +
          '<p>Image sources vary, the museum said, and many of its photographs were never published at all.</p>' +
          '<p>Автор фото — известный фотограф, который снимал город много лет подряд для местной газеты.</p>';
        const r = runRule(pruneCaptions, html);
        expect(r.text).not.toContain(a);
        expect(r.root.querySelectorAll('img')).toHaveLength(1);
        expect(r.text).toContain('Image sources vary');
        expect(r.text).toContain('Автор фото — известный фотограф');
      }),
      { numRuns: RUNS },
    );
  });

  it("a caption labelled as one ('Image caption, …', 'Media caption …') stays beside its picture, and goes without it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Image caption,', 'Media caption', 'Photo caption:'),
        sentence(8, 20),
        fc.boolean(),
        (l, description, picture) => {
          const html = `<figure>${picture ? '<img src="/photo.jpg" alt="">' : ''}<figcaption><span class="visually-hidden">${l}</span> ${description}</figcaption></figure>`;
          const r = runRule(pruneCaptions, html);
          if (picture) expect(r.text).toContain(description);
          else expect(r.text).not.toContain(description);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
