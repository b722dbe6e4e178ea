import { childElements, elementsByTag } from '../dom.js';
/**
 * Checklists as plain lists, before Readability runs. Recipe sites (and how-to pages) show a recipe's
 * ingredients or steps as a list of checkboxes, often inside a `<fieldset>` or `<form>` so the reader can tick
 * what is done. Readability removes every form and fieldset from the article, and a block with more inputs than
 * a third of its paragraphs, so the list the reader came for vanishes while the heading above it stays.
 *
 * A form or fieldset whose only controls are checkboxes (and hidden fields) around a list is not a form a reader
 * fills in: it becomes a `<div>`. A checkbox inside a list item is the item's tick box, not content: it goes. A
 * real form — a text field, a button that sends, a select — is left for Readability to remove as before.
 */

/** Controls a checklist may hold besides its checkboxes: none that a reader types into or sends. */
const TICKABLE = new Set(['checkbox', 'hidden']);

function isTickBox(input: Element): boolean {
  return TICKABLE.has((input.getAttribute('type') ?? 'text').trim().toLowerCase());
}

/** A form or fieldset around a list, with checkboxes and nothing a reader types into or sends. */
function isChecklist(box: Element): boolean {
  if (!box.getElementsByTagName('li').length) return false;
  if (box.querySelector('textarea, select, button[type="submit"], button:not([type])')) return false;
  const inputs = elementsByTag(box, 'input');
  return inputs.some((i) => i.getAttribute('type')?.trim().toLowerCase() === 'checkbox') && inputs.every(isTickBox);
}

export function normaliseChecklists(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const box of Array.from(body.querySelectorAll('fieldset, form')).reverse()) {
    if (!isChecklist(box)) continue;
    const div = doc.createElement('div');
    for (const attr of Array.from(box.attributes))
      if (attr.name === 'class' || attr.name === 'id') div.setAttribute(attr.name, attr.value);
    // A fieldset's legend is its heading ("Ingredients"): it stays, as a paragraph of its own.
    for (const legend of childElements(box).filter((c) => c.localName === 'legend')) {
      const p = doc.createElement('p');
      p.append(...Array.from(legend.childNodes));
      legend.replaceWith(p);
    }
    div.append(...Array.from(box.childNodes));
    box.replaceWith(div);
    // Its tick boxes and hidden fields: Readability would count them and drop the block as a form again.
    for (const input of elementsByTag(div, 'input')) input.remove();
  }
  // A tag lookup and a walk up, not `li input[type="checkbox" i]`: jsdom's engine is slow on selectors.
  for (const input of elementsByTag(body, 'input')) {
    const item = input.closest('li');
    if (!item || input.getAttribute('type')?.toLowerCase() !== 'checkbox') continue;
    // Only the tick box of an item that says something: a list of bare checkboxes is a form, not a checklist.
    if ((item.textContent ?? '').trim()) input.remove();
  }
}
