import { collapseSpace } from '../dom.js';
/**
 * The words pagers are made of, in the languages Winnow's readers meet (issue 16). Shared by pager.ts, which
 * finds the next pages, and join.ts, which takes the pager out of the joined article.
 */

/**
 * Link texts that mean "the next page of this text", once lower-cased and stripped of arrows. Not "下一篇" (the
 * next article), not "下一章" (a novel's next chapter: another text, with its own title), not "older posts".
 */
export const NEXT_TEXT =
  /^(?:下一?[页頁]|[后後][一]?[页頁]|next|next page|weiter|nächste|nächste seite|suivant|suivante|page suivante|página siguiente|siguiente|próxima|próxima página|次へ|次のページ|次ページ|다음|다음 페이지|volgende|avanti|pagina successiva|следующая|следующая страница)$/;
/** Arrows, brackets and separators around a pager label: "下一页 >", "Next ›", "[下一页]". */
export const DECORATION = /^[\s<>«»‹›→←[\]()|·:：-]+|[\s<>«»‹›→←[\]()|·:：-]+$/g;
/** A numbered pager's label: "2", "[2]", "第2页", "第 2 頁", "Page 2", "Seite 2". */
export const NUMBER_TEXT = /^(?:第\s*|page\s*|seite\s*|página\s*|pagina\s*)?(\d{1,2})(?:\s*[页頁])?$/;
/** The other labels of a pager: previous, first, last, "page 2 of 5", "共3页". */
export const PAGER_WORD =
  /^(?:上一?[页頁]|前[一]?[页頁]|首[页頁]|尾[页頁]|末[页頁]|共\s*\d+\s*[页頁]|第\s*\d+\s*[页頁]|prev|previous|previous page|first|first page|last|last page|zurück|vorherige|précédent|précédente|anterior|前へ|前のページ|이전|предыдущая)$/;
/**
 * Every pager token, to wipe out of a block's text: what is left of a pager once they are gone is only
 * punctuation. Longest alternatives first.
 */
export const PAGER_TOKENS =
  /下一?[页頁]|上一?[页頁]|[后後前]一?[页頁]|首[页頁]|尾[页頁]|末[页頁]|共\s*\d+\s*[页頁]|第\s*\d+\s*[页頁]|\d{1,2}|next page|previous page|next|prev(?:ious)?|first|last|weiter|zurück|nächste(?: seite)?|vorherige|page suivante|suivante?|précédente?|página siguiente|siguiente|anterior|próxima(?: página)?|次のページ|次へ|前へ|前のページ|page|seite|página|pagina|of|von|de|sur|页|頁/gi;

/** Punctuation and separators a pager puts between its labels. */
const PAGER_PUNCTUATION = /[\s.,;:!?'"“”‘’…/|·、。，：；<>«»‹›→←()[\]【】（）-]/g;

/** Text made only of pager labels ("上一页 1 2 3 下一页", "Page 2 of 3 Next »"), with at least two of them. */
export function isPagerText(text: string): boolean {
  const tokens = text.match(PAGER_TOKENS) ?? [];
  return tokens.length >= 2 && text.replace(PAGER_TOKENS, '').replace(PAGER_PUNCTUATION, '') === '';
}

/**
 * A link's words, lower-cased and stripped of arrows: its text, else (an arrow or an icon alone) its aria-label
 * or title.
 */
export function linkLabel(a: Element): string {
  const words = (text: string | null) =>
    collapseSpace(collapseSpace((text ?? '').toLowerCase()).replace(DECORATION, ''));
  return words(a.textContent) || words(a.getAttribute('aria-label')) || words(a.getAttribute('title'));
}

/** A link a pager is made of: a number, next, previous, first, last (or only an arrow). */
export const isPagerLabel = (words: string): boolean =>
  words === '' || NUMBER_TEXT.test(words) || NEXT_TEXT.test(words) || PAGER_WORD.test(words);

/**
 * A block that is a pager and nothing else: links that are all pager labels, with nothing but pager words and
 * punctuation between them ("« Suivant", "上一页 1 2 3 下一页"); or, without links, pager words only ("第2页 共3页").
 */
export function isPagerBlock(el: Element): boolean {
  const text = collapseSpace(el.textContent ?? '');
  if (text.length > 200) return false;
  const links = Array.from(el.querySelectorAll('a'));
  if (links.length === 0) return /[页頁]/.test(text) && isPagerText(text);
  if (!links.every((link) => isPagerLabel(linkLabel(link)))) return false;
  let between = text;
  for (const link of links) between = between.replace(collapseSpace(link.textContent ?? ''), ' ');
  return between.replace(PAGER_TOKENS, '').replace(PAGER_PUNCTUATION, '') === '';
}
