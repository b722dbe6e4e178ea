/**
 * Subheads whose class calls them a header (src/core/extract/named-headings.ts), over generated posts: sections
 * of prose under headings of any level named as Substack, a recipe card or a page builder names them, as the whole
 * class or a part of it. The reader gets every subhead, in its place, where Readability alone drops them all; a
 * heading named for something else Readability distrusts (comments, related, footer) and a masthead box named as
 * the site's header stay out, and a heading whose id says "header" keeps its id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { cleanHtml, parse } from '../../helpers/dom.js';

const HEADER_NAMES = [
  'header',
  'section-header',
  'header-with-anchor-widget',
  'header-anchor-post',
  'wprm-recipe-header wprm-recipe-ingredients-header',
  'subheader',
  'c-article__header-title',
];
const SUBHEADS = [
  'What the council decided',
  'Why the plan failed',
  'Ingredients',
  'Was die Studie zeigt',
  'Ce que dit le rapport',
  'China leans very effectively on western businesses',
];
const PARAGRAPH = (s: number, n: number) =>
  `Section ${s}, paragraph ${n}: the account goes on with what was said, by whom, and what it means for the reader, in full sentences.`;

interface Post {
  sections: number;
  paragraphs: number;
  level: number;
  names: number[];
  /** A masthead box named as the site's header, with a heading of its own, above the post. */
  masthead: boolean;
}

function subhead(post: Post, s: number): string {
  return SUBHEADS[(s + post.names[0]!) % SUBHEADS.length]!;
}

function page(post: Post): string {
  const sections = Array.from({ length: post.sections }, (_, s) => {
    let name = HEADER_NAMES[post.names[s % post.names.length]!]!;
    // Substack names only its h4s so; an h1 or h2 named "widget" Readability drops for that word (its _cleanHeaders),
    // which this rule leaves as it is.
    if (post.level <= 2 && name.includes('widget')) name = 'header-anchor-post';
    const h = `h${post.level}`;
    const body = Array.from({ length: post.paragraphs }, (_, n) => `<p>${PARAGRAPH(s, n)}</p>`).join('');
    return `<${h} class="${name}">${subhead(post, s)}</${h}>${body}`;
  }).join('\n');
  const masthead = post.masthead
    ? '<div class="site-header"><h2 class="site-header__name">The Daily Post</h2><a href="/">Home</a></div>'
    : '';
  return `<!doctype html><html lang="en"><head><title>A post with sections</title></head><body>
    ${masthead}<article><h1>A post with sections</h1><div class="body markup">
    <p>${PARAGRAPH(-1, 0)}</p>${sections}</div></article>
    <div class="comments"><h3 class="comments-header">12 Comments</h3><p>Great post!</p></div>
    </body></html>`;
}

const posts = fc.record({
  sections: fc.integer({ min: 2, max: 5 }),
  paragraphs: fc.integer({ min: 1, max: 3 }),
  level: fc.integer({ min: 2, max: 6 }),
  names: fc.array(fc.integer({ min: 0, max: HEADER_NAMES.length - 1 }), { minLength: 1, maxLength: 5 }),
  masthead: fc.boolean(),
});

function headingsOf(html: string): string[] {
  const doc = parse(`<body>${html}</body>`).window.document;
  return Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => h.textContent.trim());
}

describe('subheads named as headers', () => {
  it('keeps every subhead, in order, before its own paragraphs', () => {
    fc.assert(
      fc.property(posts, (post) => {
        const article = cleanHtml(page(post), { url: 'https://post.example/p/sections' });
        const expected = Array.from({ length: post.sections }, (_, s) => subhead(post, s));
        expect(headingsOf(article!.content).filter((h) => SUBHEADS.includes(h))).toEqual(expected);
        const text = article!.textContent.replace(/\s+/g, ' ');
        for (let s = 0; s < post.sections; s++)
          expect(text.indexOf(subhead(post, s))).toBeLessThan(text.indexOf(PARAGRAPH(s, 0)));
      }),
      { numRuns: 60 },
    );
  });

  it('where Readability alone drops them', () => {
    const post: Post = { sections: 3, paragraphs: 2, level: 4, names: [2], masthead: false };
    const alone = new Readability(parse(page(post)).window.document).parse();
    expect(alone!.textContent).toContain(PARAGRAPH(1, 0));
    expect(alone!.textContent).not.toContain(subhead(post, 1));
  });

  it('leaves out the comments heading and the masthead', () => {
    fc.assert(
      fc.property(posts, (post) => {
        const text = cleanHtml(page(post), { url: 'https://post.example/p/sections' })!.textContent;
        expect(text).not.toContain('12 Comments');
        expect(text).not.toContain('The Daily Post');
      }),
      { numRuns: 30 },
    );
  });

  it('never renames an id: a heading whose id says "header" is left to Readability', () => {
    const html = page({ sections: 2, paragraphs: 2, level: 3, names: [1], masthead: false }).replace(
      '<h3 class="section-header">',
      '<h3 class="section-header" id="section-header-1">',
    );
    const article = cleanHtml(html, { url: 'https://post.example/p/sections' })!;
    expect(article.content).not.toContain('section-heading-1');
  });
});
