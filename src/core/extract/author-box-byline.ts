/**
 * Readability takes the first short text in an element named for an author as the byline; where the byline beside
 * the headline was dropped with the header it sat in (WordPress's `header.entry-header`), that is the heading of
 * the author box under the story: "About Klaus Bauer", "Über Klaus Bauer", "À propos de Marie Dupont". The name
 * is the byline; a heading that names no one ("About the author", "Über den Autor") is none.
 */

/** "About" and its translations, before the author's name in an author box's heading. */
const ABOUT =
  /^(?:about|über|uber|à\s+propos\s+de|a\s+propos\s+de|sobre|acerca\s+de|informazioni\s+su|over|o\s+autorze)\s+(?=\S)/i;
/** The heading's words for the author, a name after them or none: "the Author: Cave Team", "den Autor". */
const THE_AUTHOR =
  /^(?:(?:(?:the|this|our)\s+)?(?:author|writer|editor|contributor)s?|(?:den|die|dem)\s+(?:autor|autorin|verfasser|verfasserin)|(?:l['’]\s*)?(?:auteur|auteure|autrice|autore)|(?:el|la|o|a)\s+(?:autor|autora)|de\s+(?:auteur|schrijver))(?:\s*[:：–—-]\s*(.*))?$/i;

/** The author's name from an author box's heading, null for one that names no one, other bylines as they are. */
export function authorBoxName(byline: string | null | undefined): string | null {
  const text = byline?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const about = ABOUT.exec(text);
  if (!about) return text;
  const rest = text.slice(about[0].length).replace(/[.:]$/, '').trim();
  const author = THE_AUTHOR.exec(rest);
  return author ? author[1]?.trim() || null : rest;
}
