/**
 * The recipe of a recipe page. Recipe sites publish the recipe as schema.org structured data (JSON-LD `Recipe`:
 * `recipeIngredient`, `recipeInstructions`) for search engines, and draw it on the page in a recipe card —
 * often built by script, as buttons and checkboxes, or beside the story in a box Readability leaves out: the reader
 * got the blogger's story about the dish and no recipe (recipe-scrapers' pages: none of the ingredients on
 * allrecipes', King Arthur's and Kitchen Stories' pages). When the page declares a recipe and the article does not
 * hold its ingredients, or its steps, they are added at the end of the article as lists: the ingredients, then the
 * steps in order. Only the page's own data, written as text (never as markup), and only what the article lacks.
 */
import { jsonLdObjects, jsonLdText } from './json-ld.js';
import { collapseRuns, collapseSpace } from '../dom.js';

export interface Recipe {
  ingredients: string[];
  steps: string[];
}

type Json = unknown;

const typesOf = (obj: Record<string, Json>): string[] =>
  (Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.toLowerCase());

/** A string of the data as one line of text: tags flattened, entities decoded, white space collapsed. */
const plainLine = (text: string): string => collapseRuns(jsonLdText(text));

/** Lines of a text field: an HTML list or paragraphs written into the string, or lines, each a step. */
const lines = (text: string): string[] =>
  text
    .replace(/<\/?(?:p|li|br|div|ol|ul|h[1-6])\b[^>]*>/gi, '\n')
    .split(/\n+/)
    .map(plainLine)
    // Separators left between the paragraphs of a joined list (", " at King Arthur) are no step.
    .filter((line) => /[\p{L}\p{N}]/u.test(line));

/** The steps of `recipeInstructions`: a text, a list of texts, of HowToSteps, or of HowToSections of steps. */
function steps(node: Json): string[] {
  if (typeof node === 'string') return lines(node);
  if (Array.isArray(node)) return node.flatMap(steps);
  if (!node || typeof node !== 'object') return [];
  const obj = node as Record<string, Json>;
  if (obj.itemListElement) return steps(obj.itemListElement);
  const text = typeof obj.text === 'string' ? obj.text : typeof obj.name === 'string' ? obj.name : '';
  return lines(text);
}

/** The page's recipe: the first JSON-LD `Recipe` with ingredients and steps, or null. */
export function recipeOf(blocks: readonly Json[]): Recipe | null {
  for (const obj of jsonLdObjects(blocks)) {
    if (!typesOf(obj).includes('recipe')) continue;
    const listed = obj.recipeIngredient ?? obj.ingredients;
    const ingredients = (Array.isArray(listed) ? listed : [])
      .filter((item): item is string => typeof item === 'string')
      .map(plainLine)
      .filter((item) => item.length > 0);
    const method = steps(obj.recipeInstructions);
    if (ingredients.length > 0 && method.length > 0) return { ingredients, steps: method };
  }
  return null;
}

/** Compared as a reader reads them: case and white space aside. */
const plain = (text: string) => collapseSpace(text).toLowerCase();
/** How much of an item's opening is looked for: pages write "1 cup (120 g) flour" for the data's "1 cup flour". */
const OPENING = 12;

/** Whether the article already says most of `items` (their openings, in any form). */
function holds(article: string, items: readonly string[]): boolean {
  const found = items.filter((item) => article.includes(plain(item).slice(0, OPENING))).length;
  return found * 2 >= items.length;
}

/** Adds to the article `holder` the recipe's ingredients and steps it lacks; returns whether anything was added. */
export function addRecipe(holder: Element, recipe: Recipe): boolean {
  const article = plain(holder.textContent ?? '');
  const doc = holder.ownerDocument;
  const list = (tag: 'ul' | 'ol', items: readonly string[]) => {
    const el = doc.createElement(tag);
    for (const item of items) el.append(Object.assign(doc.createElement('li'), { textContent: item }));
    return el;
  };
  const missing = [
    ...(holds(article, recipe.ingredients) ? [] : [list('ul', recipe.ingredients)]),
    ...(holds(article, recipe.steps) ? [] : [list('ol', recipe.steps)]),
  ];
  holder.append(...missing);
  return missing.length > 0;
}
