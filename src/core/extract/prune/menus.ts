/**
 * Navigation menus that Readability leaves inside the article: Hearst pages (SFGate, Chron, Times Union)
 * keep "Sign In / Home / News / Sports / Business …" as a list of one-word links above the story, and
 * breadcrumbs ("Home › News › Science", "You are here: Home / Education / …", "Sie sind hier: Startseite > …")
 * sit over many others. A list of short links is a menu, not prose — unless its links cite other sites (citations.ts:
 * a story's sources).
 */
import { citesOtherSites } from './citations.js';
import { isListHeading } from './related.js';
import {
  alive,
  boxOfOnly,
  leafBlocks,
  linkDensity,
  remove,
  textOf,
  tooBig,
  wordCount,
  type PruneContext,
} from './util.js';
import { childElements } from '../../dom.js';

const MIN_ITEMS = 4;

/** "You are here: Home / Education / …" and its translations: a breadcrumb says where, never what. */
const HERE_LABEL =
  /^(?:you\s+are\s+here|sie\s+sind\s+hier|vous\s+êtes\s+ici|usted\s+está\s+aquí|estás\s+en|você\s+está\s+aqui|ti\s+trovi\s+in|当前位置|當前位置|您的位置|您现在的位置|您現在的位置|现在位置|現在位置)\s*[:：]/i;
/** The first crumb: the site's home page, in the languages the corpus reads. */
const HOME_CRUMB = /^(?:home|homepage|startseite|accueil|inicio|portada|início|首页|首頁|主页|ホーム|トップ)$/i;
/** Japanese and Chinese sites write the separators full-width: "HOME　＞　イベント・セミナー情報　＞　…" (JNSA). */
const CRUMB_SEPARATOR = /\s*(?:[›»>/|→＞｜≫〉》]|&gt;)\s*/;
const MAX_CRUMB_WORDS = 40;
/**
 * A crumb is a section name: up to six words, so "イベント・セミナー情報" ("events and seminars", ten kana and
 * Han, five words as wordCount counts them) is one.
 */
const MAX_CRUMB_WORDS_EACH = 6;

/** A line of crumbs: labelled, or opening on "Home" with two or more short crumbs after it. */
function isBreadcrumb(text: string): boolean {
  if (wordCount(text) > MAX_CRUMB_WORDS || (/[.!?。！？]$/.test(text) && !HERE_LABEL.test(text))) return false;
  if (HERE_LABEL.test(text)) return true;
  const crumbs = text.split(CRUMB_SEPARATOR).filter(Boolean);
  return (
    crumbs.length >= 3 &&
    HOME_CRUMB.test(crumbs[0]!) &&
    crumbs.slice(0, -1).every((c) => wordCount(c) <= MAX_CRUMB_WORDS_EACH)
  );
}
const MAX_ITEM_WORDS = 4;

/**
 * The title right above a list, when it names a list of other articles ("Weitere Nachrichten aus der Region" over
 * four short headlines): a list of short links is taken here as a menu before the related-list rule sees it, and its
 * title would stay behind between the story's paragraphs.
 */
function listTitle(list: Element): Element | null {
  const before = list.previousElementSibling;
  return before && wordCount(textOf(before)) <= 8 && isListHeading(textOf(before)) ? before : null;
}

function isMenuList(list: Element): boolean {
  const items = childElements(list).filter((c) => c.tagName === 'LI');
  if (items.length < MIN_ITEMS) return false;
  return items.every((li) => wordCount(textOf(li)) <= MAX_ITEM_WORDS && (textOf(li) === '' || linkDensity(li) >= 0.9));
}

export function pruneMenus(ctx: PruneContext): void {
  for (const el of Array.from(ctx.root.querySelectorAll('nav, [role="navigation"], [role="menu"], [role="menubar"]'))) {
    if (alive(ctx, el) && !tooBig(ctx, el)) remove(ctx, el, 'menu');
  }
  for (const list of Array.from(ctx.root.querySelectorAll('ul, ol'))) {
    if (alive(ctx, list) && isMenuList(list) && !tooBig(ctx, list) && !citesOtherSites(list)) {
      const title = listTitle(list);
      remove(ctx, list, 'menu');
      if (title) remove(ctx, boxOfOnly(ctx, title), 'related');
    }
  }
  // Menus flattened into runs of one-link lines: three or more adjacent short, fully linked blocks.
  const blocks = leafBlocks(ctx.root);
  for (const el of blocks)
    if (alive(ctx, el) && isBreadcrumb(textOf(el)) && !tooBig(ctx, el)) remove(ctx, el, 'breadcrumb');
  let run: Element[] = [];
  const flush = () => {
    if (run.length >= MIN_ITEMS && !citesOtherSites(...run)) for (const el of run) remove(ctx, el, 'menu');
    run = [];
  };
  for (const el of blocks) {
    const short = wordCount(textOf(el)) <= MAX_ITEM_WORDS && linkDensity(el) >= 0.9;
    const adjacent =
      run.length === 0 ||
      run[run.length - 1]!.nextElementSibling === el ||
      run[run.length - 1]!.parentElement?.nextElementSibling === el.parentElement;
    if (short && adjacent) run.push(el);
    else {
      flush();
      if (short) run.push(el);
    }
  }
  flush();
}
