/**
 * A forum topic as phpBB's default style prints it, over generated topics of two to seven posts: each post a box
 * shaded as every other one is (`post bg1`, `post bg2`), the poster's card beside the post ("Beiträge: 47",
 * "Registriert: …"), a reply title ("Re: …") and a stamp over it, a quoted post in some replies and a poster's
 * signature under some posts. Readability judged each box by its share of links: a short post (a question of a
 * sentence, its card's and title's links beside it) was dropped, the opening post first; the reader lost it, and got
 * every poster's card between the posts. It took the first post's stamp for the byline, so a topic of three posts
 * showed two stamps it did not know for a thread's; a signature's box, text alone, lost its name to Readability's
 * rewriting and stayed as a line of the post; a quote's `<cite>` ran into the quote's first words. Every time now:
 * each post's words are there in page order (in a topic of two posts too), each quote's attribution is a line of its
 * own, and no card's labelled line, no stamp and no signature is.
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

/** Each poster's signature, under each of their posts. */
const SIGNATURES: Record<string, string> = {
  Heizungsprofi: 'Meisterbetrieb seit 1998 – Grüße aus dem Allgäu',
  maxmuster: 'Wer nicht fragt, bleibt dumm',
  Klaus_B: 'Viessmann Vitodens 200 / Baujahr 2012',
  sonnenschein77: 'Liebe Grüße, Sonja',
  TechnikFan: 'Sorry für Tippfehler, geschrieben vom Handy',
};
const QUOTE = (i: number) => `Zitat aus Beitrag ${i - 1}, das wiederholt wird ohne Ende und Absicht.`;
/** A reply quoting the post before it, as phpBB prints a quote: the poster and the time in a `<cite>`. */
const quoted = (i: number, quoting: boolean) =>
  i > 0 && quoting
    ? `<blockquote><div><cite>${NAMES[(i - 1) % NAMES.length]} hat geschrieben: <a href="#p${1000 + (i - 1) * 7}">↑</a>` +
      `<span class="responsive-hide">Di 14. Mai 2024, ${9 + i}:30</span></cite>${QUOTE(i)}</div></blockquote>`
    : '';

const topic = fc
  .record({
    title: fc.constantFrom('Heizung macht Geräusche', 'Welche Wärmepumpe für den Altbau', 'Thermostat tauschen'),
    lengths: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 7 }),
    firstShort: fc.boolean(),
    signed: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    quoting: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  })
  .map(({ title, lengths, firstShort, signed, quoting }) => {
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
        `<div class="content">${quoted(i, quoting[i]!)}${text}</div>` +
        (signed[i] ? `<div id="sig${id}" class="signature">${SIGNATURES[name]}</div>` : '') +
        `</div></div></div></div><hr class="divider">`
      );
    });
    const html =
      `<!doctype html><html lang="de"><head><title>${title} - Haustechnik-Forum</title></head><body>` +
      `<div id="page-header"><h1>Haustechnik-Forum</h1><ul class="nav-breadcrumbs"><li><a href="./index.php">Foren-Übersicht</a></li></ul></div>` +
      `<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=55">${title}</a></h2>` +
      `${posts.join('\n')}</div><div id="page-footer"><p>Powered by phpBB® Forum Software © phpBB Limited</p></div></body></html>`;
    const quotes = texts.map((_, i) => (i > 0 && quoting[i] ? QUOTE(i) : null));
    return { html, texts, quotes, signatures: lengths.some((_, i) => signed[i]) };
  });

describe('a shaded forum topic', () => {
  it('gives every post in page order, short ones too, each quote under its own attribution line, and no poster card, stamp or signature', () => {
    fc.assert(
      fc.property(topic, ({ html, texts, quotes }) => {
        const text = cleanedText(html);
        expectInOrder(text, texts);
        for (const quote of quotes)
          if (quote) expect(text).toMatch(new RegExp(`hat geschrieben: ↑\\s*Di 14\\. Mai 2024, \\d+:30\\n+${quote}`));
        for (const line of ['Beiträge:', 'Registriert:', '» Di 14. Mai', ...Object.values(SIGNATURES)])
          expect(text).not.toContain(line);
      }),
      { numRuns: 60 },
    );
  });
});
