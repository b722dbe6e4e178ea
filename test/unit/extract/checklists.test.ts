/**
 * Checklists (extract/checklists.ts): a recipe's ingredients drawn as checkboxes inside a fieldset or a form
 * reach the reader as a list, while a real form (a comment box, a newsletter sign-up) is still left out.
 */
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story around the recipe: how the dish came to the family table, why the slow ` +
    `oven matters more than the pan, and what to serve beside it on a cold evening in the middle of winter.</p>`,
).join('');

const INGREDIENTS = ['2 cups chopped onion', '1 pound lean ground beef', '3 cloves garlic, minced', '½ teaspoon salt'];

const item = (text: string, i: number) =>
  `<li class="ingredients-item"><label for="c${i}"><input type="checkbox" id="c${i}" value="x">` +
  `<span class="ingredients-item-name">${text}</span></label></li>`;

const page = (list: string, extra = '') => `<!doctype html><html lang="en"><head><title>Chili bake</title></head>
<body><main><article><h1>Chili bake</h1>${STORY}
<section class="recipe-ingredients"><h2>Ingredients</h2>${list}</section>
<section class="recipe-steps"><h2>Directions</h2><ol><li><p>Heat the oil in a large skillet over medium heat and cook
the onion until soft, about five minutes, stirring now and then so it does not catch.</p></li>
<li><p>Add the beef and garlic and cook until browned, then season and bake for twenty minutes until bubbling.</p></li></ol>
</section>${extra}</article></main></body></html>`;

const text = (html: string) => cleanHtml(html)?.textContent ?? '';

describe('checklists', () => {
  it('keeps ingredients drawn as checkboxes in a fieldset, without the tick boxes', () => {
    const html = page(`<fieldset class="ingredients-section__fieldset"><legend>For the chili</legend>
      <ul class="ingredients-section">${INGREDIENTS.map(item).join('')}</ul></fieldset>`);
    const out = text(html);
    for (const line of INGREDIENTS) expect(out).toContain(line);
    expect(out).toContain('For the chili');
    expect(cleanHtml(html)?.content).not.toMatch(/<input/i);
  });

  it('keeps a checklist inside a form that sends nothing', () => {
    const out = text(
      page(`<form class="recipe-list"><input type="hidden" name="id" value="7">
      <ul>${INGREDIENTS.map(item).join('')}</ul></form>`),
    );
    for (const line of INGREDIENTS) expect(out).toContain(line);
  });

  it('keeps a list of checkbox items outside any form', () => {
    const out = text(page(`<ul class="checklist">${INGREDIENTS.map(item).join('')}</ul>`));
    for (const line of INGREDIENTS) expect(out).toContain(line);
  });

  it('still leaves out a form a reader types into', () => {
    const form = `<form class="comment-form"><ul><li><label><input type="checkbox"> Notify me of new comments by email</label></li></ul>
      <textarea name="comment">Leave a reply</textarea><button>Post comment</button></form>`;
    const out = text(page(`<ul>${INGREDIENTS.map((t) => `<li>${t}</li>`).join('')}</ul>`, form));
    expect(out).toContain(INGREDIENTS[0]);
    expect(out).not.toContain('Notify me of new comments');
  });
});
