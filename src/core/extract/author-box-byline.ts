import { collapseSpace } from '../dom.js';
/**
 * Readability takes the first short text in an element named for an author as the byline; where the byline beside
 * the headline was dropped with the header it sat in (WordPress's `header.entry-header`), that is the heading of
 * the author box under the story: "About Klaus Bauer", "Über Klaus Bauer", "À propos de Marie Dupont". The name
 * is the byline; a heading that names no one ("About the author", "Über den Autor") is none.
 */

/** "About" and its translations, before the author's name in an author box's heading. */
const ABOUT_WORDS = String.raw`about|über|uber|à\s+propos\s+de|a\s+propos\s+de|sobre|acerca\s+de|informazioni\s+su|over`;
/** ("O autorze", Polish, is "about the author" in one: a name may follow it, or nothing.) */
const ABOUT = new RegExp(String.raw`^(?:${ABOUT_WORDS}|o\s+autorze)\s+(?=\S)`, 'i');
/** The heading's words for the author: "the Author", "den Autor", "l'auteur", "el autor", "de auteur". */
const AUTHOR_WORDS = String.raw`(?:(?:the|this|our)\s+)?(?:author|writer|editor|contributor)s?|(?:den|die|dem)\s+(?:autorin|autor|verfasserin|verfasser)|(?:l['’]\s*)?(?:auteure|auteur|autrice|autore)|(?:el|la|o|a)\s+(?:autora|autor)|de\s+(?:auteur|schrijver)`;
/** Those words, a name after them or none: "the Author: Cave Team", "den Autor". */
const THE_AUTHOR = new RegExp(String.raw`^(?:${AUTHOR_WORDS})(?:\s*[:：–—-]\s*(.*))?$`, 'i');
/**
 * The whole box as Readability reads it when the box itself is named for an author: its heading's words and the bio
 * under them run together ("Über den AutorHans Müller ist seit 15 Jahren Journalist…", "L'autoreMario Rossi è…",
 * "O autorzeJan Kowalski jest…"). A bio is no byline. Longer words come first in AUTHOR_WORDS, so "AutorinMaria"
 * reads as "Autorin" and "Maria".
 */
const BOX_HEADING = new RegExp(String.raw`^o\s+autorze|^(?:(?:${ABOUT_WORDS})\s+)?(?:${AUTHOR_WORDS})`, 'i');
/** Japanese and Chinese have no capitals to show where the heading ends: any words after these are the bio. */
const HAN_BOX_HEADING =
  /^(?:この記事を書いた人|この記事の著者|著者プロフィール|執筆者プロフィール|作者简介|作者簡介|关于作者|關於作者)\s*\S/;
function runsIntoBio(text: string): boolean {
  const heading = BOX_HEADING.exec(text);
  return (heading !== null && /^\p{Lu}/u.test(text.slice(heading[0].length))) || HAN_BOX_HEADING.test(text);
}

/** The author's name from an author box's heading, null for one that names no one, other bylines as they are. */
export function authorBoxName(byline: string | null | undefined): string | null {
  const text = collapseSpace(byline ?? '');
  if (!text || runsIntoBio(text)) return null;
  const about = ABOUT.exec(text);
  if (!about) return text;
  const rest = text.slice(about[0].length).replace(/[.:]$/, '').trim();
  const author = THE_AUTHOR.exec(rest);
  return author ? author[1]?.trim() || null : rest;
}
