/**
 * A forum topic as phpBB's default style prints it, over generated topics of three to seven posts: each post a box
 * shaded as every other one is (`post bg1`, `post bg2`), the poster's card beside the post ("Beiträge: 47",
 * "Registriert: …"), a reply title ("Re: …") and a stamp over it. Readability judged each box by its share of links:
 * a short post (a question of a sentence, its card's and title's links beside it) was dropped, the opening post
 * first; the reader lost it, and got every poster's card between the posts. Every time now: each post's words are
 * there in page order, and no card's labelled line is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText } from '../../helpers/dom.js';
import { expectInOrder } from '../../helpers/order.js';

const NAMES = ['Heizungsprofi', 'maxmuster', 'Klaus_B', 'sonnenschein77', 'TechnikFan'];
/** A post of its own words (post `p`), short (one sentence) or long (a few). */
const postText = (p: number, sentences: number) =>
  Array.from(
    { length: sentences },
    (_, s) =>
      `Beitrag ${p} Satz ${s} sagt etwas zur Heizung ` +
      Array.from({ length: 6 }, (_, w) => `wort${p}x${s}x${w}`).join(' ') +
      '.',
  ).join(' ');

const topic = fc
  .record({
    title: fc.constantFrom('Heizung macht Geräusche', 'Welche Wärmepumpe für den Altbau', 'Thermostat tauschen'),
    lengths: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 7 }),
    firstShort: fc.boolean(),
  })
  .map(({ title, lengths, firstShort }) => {
    const texts = lengths.map((n, i) => postText(i, i === 0 && firstShort ? 1 : n));
    const posts = texts.map((text, i) => {
      const id = 1000 + i * 7;
      const name = NAMES[i % NAMES.length]!;
      return (
        `<div id="p${id}" class="post has-profile bg${(i % 2) + 1}"><div class="inner">` +
        `<dl class="postprofile" id="profile${id}"><dt><a href="./memberlist.php?u=${i}" class="username">${name}</a></dt>` +
        `<dd class="profile-rank">Mitglied</dd><dd class="profile-posts"><strong>Beiträge:</strong> <a href="./search.php?author_id=${i}">${10 + i * 37}</a></dd>` +
        `<dd class="profile-joined"><strong>Registriert:</strong> Mo 3. Jan 2022, 10:00</dd></dl>` +
        `<div class="postbody"><div id="post_content${id}"><h3><a href="./viewtopic.php?p=${id}#p${id}">${i ? 'Re: ' : ''}${title}</a></h3>` +
        `<p class="author"><a href="./viewtopic.php?p=${id}#p${id}"><span>Beitrag</span></a> von <strong><a href="./memberlist.php?u=${i}" class="username">${name}</a></strong> » Di 14. Mai 2024, ${10 + i}:30</p>` +
        `<div class="content">${text}</div></div></div></div></div><hr class="divider">`
      );
    });
    const html =
      `<!doctype html><html lang="de"><head><title>${title} - Haustechnik-Forum</title></head><body>` +
      `<div id="page-header"><h1>Haustechnik-Forum</h1><ul class="nav-breadcrumbs"><li><a href="./index.php">Foren-Übersicht</a></li></ul></div>` +
      `<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=55">${title}</a></h2>` +
      `${posts.join('\n')}</div><div id="page-footer"><p>Powered by phpBB® Forum Software © phpBB Limited</p></div></body></html>`;
    return { html, texts };
  });

describe('a shaded forum topic', () => {
  it('gives every post in page order, short ones too, and no poster card', () => {
    fc.assert(
      fc.property(topic, ({ html, texts }) => {
        const text = cleanedText(html);
        expectInOrder(text, texts);
        for (const label of ['Beiträge:', 'Registriert:']) expect(text).not.toContain(label);
      }),
      { numRuns: 40 },
    );
  });
});
