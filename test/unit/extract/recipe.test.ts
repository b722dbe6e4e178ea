/**
 * A recipe page's recipe from its structured data (src/core/extract/recipe.ts). JSON-LD recipes in the shapes sites
 * write them — instructions as one text of lines, as HTML paragraphs or a list written into the string, as a list
 * of texts, of HowToSteps or of HowToSections; the Recipe alone, in @graph, typed with several types, as the page's
 * main entity; entities and tags in the strings — give the ingredients and the steps in order, as text. The article
 * gets the lists it lacks, and only those; a page without a recipe is left as it was; markup in the data never
 * becomes markup.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { addRecipe, recipeOf } from '../../../src/core/extract/recipe.js';
import { parse } from '../../helpers/dom.js';
import { clean } from '../../../src/core/clean.js';

const FOODS = ['flour', 'sugar', 'butter', 'eggs', 'milk', 'salt', 'molasses', 'ginger', 'cinnamon', 'oats'];
const ingredient = (i: number) => `${i + 1} cups of ${FOODS[i % FOODS.length]} number ${i}`;
const step = (i: number) => `Step ${i}: stir the bowl for ${i + 2} minutes, then let it rest.`;

type Shape = 'lines' | 'paragraphs' | 'html-list' | 'texts' | 'howto' | 'sections';
type Wrap = 'plain' | 'graph' | 'types' | 'main-entity';

const recipes = fc.record({
  ingredients: fc.integer({ min: 1, max: 12 }),
  steps: fc.integer({ min: 1, max: 9 }),
  shape: fc.constantFrom<Shape>('lines', 'paragraphs', 'html-list', 'texts', 'howto', 'sections'),
  wrap: fc.constantFrom<Wrap>('plain', 'graph', 'types', 'main-entity'),
  escaped: fc.boolean(),
});
type Made = typeof recipes extends fc.Arbitrary<infer T> ? T : never;

/** An ingredient as CMSs write it at times: "&amp;" for "&", a tag around a word. */
const written = (text: string, escaped: boolean) => (escaped ? `<b>${text}</b> &amp; more` : text);
const expectedIngredient = (text: string, escaped: boolean) => (escaped ? `${text} & more` : text);

function instructions(r: Made): unknown {
  const all = Array.from({ length: r.steps }, (_, i) => step(i));
  switch (r.shape) {
    case 'lines':
      return all.join('\n');
    case 'paragraphs':
      return all.map((s) => `<p>${s}</p>`).join('\n, ');
    case 'html-list':
      return `<ol>${all.map((s) => `<li>${s}</li>`).join('')}</ol>`;
    case 'texts':
      return all;
    case 'howto':
      return all.map((text) => ({ '@type': 'HowToStep', text }));
    case 'sections': {
      const half = Math.ceil(all.length / 2);
      return [all.slice(0, half), all.slice(half)]
        .filter((part) => part.length > 0)
        .map((part, n) => ({
          '@type': 'HowToSection',
          name: `Part ${n + 1}`,
          itemListElement: part.map((text) => ({ '@type': 'HowToStep', text })),
        }));
    }
  }
}

function jsonLd(r: Made): unknown {
  const recipe = {
    '@type': r.wrap === 'types' ? ['Recipe', 'NewsArticle'] : 'Recipe',
    name: 'Ginger cookies',
    recipeIngredient: Array.from({ length: r.ingredients }, (_, i) => written(ingredient(i), r.escaped)),
    recipeInstructions: instructions(r),
  };
  if (r.wrap === 'graph') return { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, recipe] };
  if (r.wrap === 'main-entity') return { '@type': 'WebPage', mainEntity: recipe };
  return { '@context': 'https://schema.org', ...recipe };
}

const holderWith = (html: string): Element => {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  return holder;
};
const STORY = '<p>My grandmother baked these every winter, and the whole house smelled of ginger for days.</p>';

describe("a recipe page's recipe from its structured data", () => {
  it('reads the ingredients and the steps in order, whatever the shape', () => {
    fc.assert(
      fc.property(recipes, (r) => {
        const recipe = recipeOf([jsonLd(r)]);
        expect(recipe).not.toBeNull();
        expect(recipe!.ingredients).toEqual(
          Array.from({ length: r.ingredients }, (_, i) => expectedIngredient(ingredient(i), r.escaped)),
        );
        expect(recipe!.steps).toEqual(Array.from({ length: r.steps }, (_, i) => step(i)));
      }),
      { numRuns: 200, seed: 20261211 },
    );
  });

  it('adds to the article only the lists it lacks', () => {
    fc.assert(
      fc.property(recipes, fc.constantFrom('none', 'ingredients', 'both'), (r, has) => {
        const recipe = recipeOf([jsonLd(r)])!;
        const ingredients = `<ul>${recipe.ingredients.map((i) => `<li>${i}</li>`).join('')}</ul>`;
        const steps = `<ol>${recipe.steps.map((s) => `<li>${s}</li>`).join('')}</ol>`;
        const html = STORY + (has !== 'none' ? ingredients : '') + (has === 'both' ? steps : '');
        const holder = holderWith(html);
        expect(addRecipe(holder, recipe)).toBe(has !== 'both');
        expect(holder.querySelectorAll('ul')).toHaveLength(1);
        expect(holder.querySelectorAll('ol')).toHaveLength(1);
        expect(Array.from(holder.querySelectorAll('ol > li'), (li) => li.textContent)).toEqual(recipe.steps);
        expect(holder.textContent).toContain('My grandmother baked these');
      }),
      { numRuns: 100, seed: 20261212 },
    );
  });

  it('finds nothing on a page without a recipe, or a recipe without ingredients or steps', () => {
    expect(recipeOf([{ '@type': 'NewsArticle', articleBody: 'Text.' }])).toBeNull();
    expect(recipeOf([{ '@type': 'Recipe', recipeIngredient: ['1 egg'] }])).toBeNull();
    expect(recipeOf([{ '@type': 'Recipe', recipeInstructions: 'Stir.' }])).toBeNull();
    expect(recipeOf([{ '@type': 'Recipe', recipeIngredient: ['1 egg'], recipeInstructions: ', ' }])).toBeNull();
  });

  const page = (data: unknown) =>
    `<!doctype html><html lang="en"><head><title>Ginger cookies | A Food Blog</title>` +
    `<script type="application/ld+json">${JSON.stringify(data)}</script></head><body><article><h1>Ginger cookies</h1>` +
    `${Array.from({ length: 5 }, (_, i) => `<p>Story paragraph ${i}: ${'the cookies came out of the oven soft and dark, and we ate them warm. '.repeat(3)}</p>`).join('')}` +
    `<div id="recipe-card" data-rendered-by="script"></div></article></body></html>`;

  it('gives the reader the recipe a script would have drawn, after the story, as text', () => {
    const data = {
      '@type': 'Recipe',
      recipeIngredient: ['1 cup flour', '&lt;img src=x onerror=alert(1)&gt; 2 eggs'],
      recipeInstructions: [
        { '@type': 'HowToStep', text: 'Whisk the flour.' },
        { '@type': 'HowToStep', text: 'Bake.' },
      ],
    };
    const article = clean(parse(page(data), 'https://food.example/ginger').window.document)!;
    const text = article.textContent;
    expect(text).toContain('1 cup flour');
    expect(text).toContain('Whisk the flour.');
    expect(text.indexOf('Whisk the flour.')).toBeGreaterThan(text.indexOf('Story paragraph 4'));
    // The data's markup is text: an escaped tag stays words, never an element.
    expect(article.content).not.toMatch(/<img[^>]*onerror/);
    const none = page({ '@type': 'NewsArticle', headline: 'Ginger cookies' });
    expect(clean(parse(none, 'https://food.example/ginger').window.document)!.content).not.toMatch(/<ul|<ol/);
  });
});
