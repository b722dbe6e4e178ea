/**
 * Accordion headings (src/core/extract/heading-buttons.ts): a section title set in the button that opens its section
 * reaches the reader as the section's heading, in the accordion markups public bodies' and companies' pages use,
 * while buttons beside a heading's own text (a recipe's servings switch, a "Pin" button) still go.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';

const SECTIONS = [
  {
    title: 'What is the reason for the recall?',
    text: 'Sesame was found in the chocolate although neither the list of ingredients nor the allergen notice names it.',
  },
  {
    title: 'Where was the product sold?',
    text: 'The chocolate was sold across the country by retailers and by mail order between January and March.',
  },
  {
    title: 'What can I do if I have the product at home?',
    text: 'Customers can return it to the shop where they bought it and get their money back without the receipt.',
  },
  {
    title: 'Wo war das Produkt auf dem Markt?',
    text: 'Der Artikel wurde bundesweit über Einzelhändler sowie über den Versandhandel an Endkunden verkauft.',
  },
  {
    title: 'Contact du fabricant',
    text: 'Le fabricant répond aux questions des clients par téléphone du lundi au vendredi, de neuf heures à midi.',
  },
];
type Section = (typeof SECTIONS)[number];

/** How sites set an accordion's heading: `{title}` and `{n}` filled in. */
const ACCORDIONS = [
  // WAI-ARIA's accordion pattern.
  '<h3><button type="button" aria-expanded="true" class="accordion-trigger" aria-controls="sect{n}" id="acc{n}">' +
    '<span class="accordion-title">{title}<span class="accordion-icon"></span></span></button></h3>',
  // Bootstrap's.
  '<h2 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse" ' +
    'data-bs-target="#c{n}" aria-expanded="true" aria-controls="c{n}">{title}</button></h2>',
  // A label span and an empty icon inside the button, as a German recall portal sets it.
  '<h2 class="section__heading"><button class="section__toggle-btn" type="button" aria-expanded="true">' +
    '<span class="btn__label">{title}</span><span class="btn__icon"></span></button></h2>',
];

const INTRO =
  '<p>The food safety authority warns about a chocolate bar sold in the whole country, because it holds an allergen ' +
  'that its label does not declare. People with an allergy to sesame should not eat it and should see a doctor.</p>';

function page(accordion: string, sections: readonly Section[]): string {
  const body = sections
    .map(
      ({ title, text }, n) =>
        `<section class="section">${accordion.replaceAll('{title}', title).replaceAll('{n}', String(n))}` +
        `<div class="section__content" id="sect${n}" role="region"><p>${text}</p></div></section>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><title>Chocolate recalled</title></head><body><main><article>
<h1>Chocolate recalled</h1>${INTRO}${body}</article></main></body></html>`;
}

const lines = (html: string) => (cleanHtml(html)?.textContent ?? '').split('\n').map((l) => l.trim());

describe('accordion headings', () => {
  it('keep their titles as headings, in order, in any accordion markup and for any sections', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ACCORDIONS),
        fc.shuffledSubarray(SECTIONS, { minLength: 1, maxLength: SECTIONS.length }),
        (accordion, sections) => {
          const html = page(accordion, sections);
          const out = lines(html);
          for (const { title, text } of sections) {
            expect(out).toContain(title);
            expect(out).toContain(text);
            expect(out.indexOf(title)).toBeLessThan(out.indexOf(text));
          }
          expect(cleanHtml(html)?.content).not.toMatch(/<button/i);
        },
      ),
      { seed: 20261207, numRuns: 25 },
    );
  });

  it('leave the buttons beside a heading’s own text to go', () => {
    const html = page('<h2>{title} <button type="button">Pin</button></h2>', SECTIONS).replace(
      '<h1>Chocolate recalled</h1>',
      '<h1>Chocolate recalled</h1><h2>Ingredients <button>1x</button><button>2x</button><button>3x</button></h2>' +
        '<ul><li>100 g milk chocolate</li><li>35 % pistachio filling</li></ul>',
    );
    const out = lines(html);
    for (const { title } of SECTIONS) expect(out).toContain(title);
    expect(out).toContain('Ingredients');
    expect(out.join(' ')).not.toMatch(/\b(Pin|1x|2x|3x)\b/);
  });
});
