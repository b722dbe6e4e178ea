/**
 * Navigation menus that Readability leaves inside the article: Hearst pages (SFGate, Chron, Times Union)
 * keep "Sign In / Home / News / Sports / Business …" as a list of one-word links above the story, and
 * breadcrumbs ("Home › News › Science") sit over many others. A list of short links is a menu, not prose.
 */
import { alive, leafBlocks, linkDensity, remove, textOf, tooBig, wordCount, type PruneContext } from './util.js';

const MIN_ITEMS = 4;
const MAX_ITEM_WORDS = 4;

function isMenuList(list: Element): boolean {
  const items = Array.from(list.children).filter((c) => c.tagName === 'LI');
  if (items.length < MIN_ITEMS) return false;
  return items.every((li) => wordCount(textOf(li)) <= MAX_ITEM_WORDS && (textOf(li) === '' || linkDensity(li) >= 0.9));
}

export function pruneMenus(ctx: PruneContext): void {
  for (const el of Array.from(ctx.root.querySelectorAll('nav, [role="navigation"], [role="menu"], [role="menubar"]'))) {
    if (alive(ctx, el) && !tooBig(ctx, el)) remove(ctx, el, 'menu');
  }
  for (const list of Array.from(ctx.root.querySelectorAll('ul, ol'))) {
    if (alive(ctx, list) && isMenuList(list) && !tooBig(ctx, list)) remove(ctx, list, 'menu');
  }
  // Menus flattened into runs of one-link lines: three or more adjacent short, fully linked blocks.
  const blocks = leafBlocks(ctx.root);
  let run: Element[] = [];
  const flush = () => {
    if (run.length >= MIN_ITEMS) for (const el of run) remove(ctx, el, 'menu');
    run = [];
  };
  for (const el of blocks) {
    const short = wordCount(textOf(el)) <= MAX_ITEM_WORDS && linkDensity(el) >= 0.9;
    const adjacent = run.length === 0 || run[run.length - 1]!.nextElementSibling === el
      || run[run.length - 1]!.parentElement?.nextElementSibling === el.parentElement;
    if (short && adjacent) run.push(el);
    else {
      flush();
      if (short) run.push(el);
    }
  }
  flush();
}
