/**
 * The byline a WordPress post gives Readability: its header (title, date, "von Klaus Bauer") is dropped as a
 * masthead, so the first short text named for an author is the author box's heading under the story. The reader
 * sees the name, in each language the box is written in, and no byline where the heading names no one.
 */
import { describe, expect, it } from 'vitest';
import { authorBoxName } from '../../../src/core/extract/author-box-byline.js';
import { cleanHtml } from '../../helpers/dom.js';

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the council voted on Tuesday to repair the old stone bridge, and the work is expected to take until the autumn of next year, officials said.</p>`,
).join('');

/** A post as a classic WordPress theme writes it, with the author box's heading in `lang`. */
const post = (heading: string, lang: string) => `<!doctype html><html lang="${lang}"><head><title>Bridge</title></head>
  <body><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Bridge repairs</h1>
  <div class="entry-meta"><span class="byline">by <span class="author vcard"><a href="/author/k">Klaus Bauer</a></span></span></div></header>
  <div class="entry-content">${STORY}</div></article>
  <div class="author-info"><div class="author-description"><h2 class="author-title">${heading}</h2>
  <p class="author-bio">Klaus Bauer has covered the valley's politics and traffic since 2008, and lives in Weimar with his family.</p></div></div>
  </body></html>`;

describe('byline: the author box’s heading', () => {
  it.each([
    ['About Klaus Bauer', 'en'],
    ['Über Klaus Bauer', 'de'],
    ['À propos de Klaus Bauer', 'fr'],
    ['Sobre Klaus Bauer', 'es'],
    ['Informazioni su Klaus Bauer', 'it'],
    ['Over Klaus Bauer', 'nl'],
    ['About the Author: Klaus Bauer', 'en'],
  ])('"%s" gives the name', (heading, lang) => {
    expect(cleanHtml(post(heading, lang))?.byline).toBe('Klaus Bauer');
  });

  it.each(['About the author', 'Über den Autor', 'À propos de l’auteur', 'Sobre el autor'])(
    '"%s" names no one: no byline',
    (heading) => {
      expect(authorBoxName(heading)).toBeNull();
    },
  );

  // Found by generated European blog posts: a box classed for its author, read whole as the byline.
  it.each([
    ['Über den Autor', 'Hans Müller ist seit 15 Jahren Journalist und berichtet über die Kommunalpolitik.', 'de'],
    ['Sobre el autor', 'Juan García es periodista desde hace 15 años y cubre la política municipal.', 'es'],
    ['À propos de l’auteur', 'Jean Dupont est journaliste depuis 15 ans et couvre la politique municipale.', 'fr'],
    ['L’autore', 'Mario Rossi è giornalista da 15 anni e segue la politica locale.', 'it'],
    ['O autorze', 'Jan Kowalski jest dziennikarzem od 15 lat i zajmuje się polityką lokalną.', 'pl'],
  ])('a box headed "%s" and its bio, read as one, is no byline', (heading, bio, lang) => {
    const page = post(heading, lang).replace(
      /<div class="author-info">[\s\S]*<\/div><\/div>/,
      `<div class="author-box"><h4>${heading}</h4><p>${bio}</p></div>`,
    );
    expect(page).toContain('author-box');
    expect(cleanHtml(page)?.byline ?? null).toBeNull();
    expect(authorBoxName(`${heading}${bio}`)).toBeNull();
  });

  it('a Japanese author box read whole ("この記事を書いた人" and the bio) is no byline', () => {
    expect(authorBoxName('この記事を書いた人はなこ 東京在住の会社員。週末は食べ歩きと写真が趣味です。')).toBeNull();
    expect(authorBoxName('山田花子')).toBe('山田花子');
  });

  it('leaves other bylines as they are, a name that starts like the word included', () => {
    expect(authorBoxName('By Jane Roe')).toBe('By Jane Roe');
    expect(authorBoxName('Omar Hassan')).toBe('Omar Hassan');
    expect(authorBoxName('Overton Smith')).toBe('Overton Smith');
    expect(authorBoxName('Om Prakash Singh')).toBe('Om Prakash Singh');
    expect(authorBoxName('Über die AutorinMaria Schmidt schreibt seit 2010 für das Blatt.')).toBeNull();
  });
});
