/**
 * A registration or subscription wall left in the article where a site cut the story short (NZZ's reduced view:
 * "Kostenlos registrieren und direkt weiterlesen." over a pitch, a list of what readers get, a button and "Sie sind
 * bereits registriert?"), over generated pages: the prompt in seven languages as a heading or a paragraph, a pitch
 * or none, a list of two to five benefits or none, the button and the log-in line or not, the box at the end of a
 * story of one to three paragraphs (a truncated one) or of a whole story. The whole prune pass runs. The box goes
 * whole, and every paragraph of the story stays word for word. A story that talks about registering stays, and a box
 * under such a heading that holds a paragraph of the story's length keeps it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraph, sentence } from './prose.js';
import { keepsAll, place, prune, RUNS, squash } from './story-page.js';

const PROMPTS = [
  'Kostenlos registrieren und direkt weiterlesen.',
  'Jetzt registrieren und weiterlesen',
  'Jetzt abonnieren und gratis weiterlesen',
  'Melden Sie sich an, um den ganzen Artikel weiterzulesen.',
  'Inscrivez-vous gratuitement pour continuer à lire cet article',
  'Abonnez-vous pour lire la suite',
  'Regístrate gratis para seguir leyendo',
  'Suscríbete para continuar leyendo',
  'Registrati gratuitamente per continuare a leggere',
  'Registreer je gratis om verder te lezen',
  'Register for free to continue reading',
  'Sign in to keep reading',
];
const PITCHES = [
  'Die Zeitung steht für Qualitätsjournalismus mit liberaler Haltung. Lesen Sie bei uns hochstehende Inhalte:',
  'Profitez de nos articles, de nos newsletters et de nos podcasts.',
  'Accede a todas las noticias y a nuestros boletines.',
  'Get unlimited access to our journalism, newsletters and podcasts.',
];
const BENEFITS = [
  'Unabhängig recherchierte Hintergrundberichte, Reportagen und Analysen',
  'Das Wichtigste des Tages kurz und bündig zusammengefasst',
  'Persönliche Leseempfehlungen ohne Filterblase',
  'Vielseitige Auswahl an Newslettern und Podcasts',
  'Kommentieren, mitdiskutieren, debattieren',
];

const wall = fc
  .record({
    prompt: fc.constantFrom(...PROMPTS),
    tag: fc.constantFrom('h1', 'h2', 'h3', 'p', 'strong'),
    pitch: fc.option(fc.constantFrom(...PITCHES), { nil: undefined }),
    benefits: fc.subarray(BENEFITS, { minLength: 0, maxLength: 5 }),
    button: fc.boolean(),
    login: fc.boolean(),
    named: fc.constantFrom('regwall__wrapper', 'messagebox', 'piano-offer', ''),
  })
  .map(({ prompt, tag, pitch, benefits, button, login, named }) => {
    const head = tag === 'strong' ? `<p><strong>${prompt}</strong></p>` : `<${tag}>${prompt}</${tag}>`;
    const inner =
      head +
      (pitch ? `<p>${pitch}</p>` : '') +
      (benefits.length ? `<ul>${benefits.map((b) => `<li>${b}</li>`).join('')}</ul>` : '');
    const html =
      `<div${named ? ` class="${named}"` : ''}><div>${inner}</div>` +
      (button ? '<a href="/register" class="button">Registrieren</a>' : '') +
      (login ? '<div><p>Sie sind bereits registriert? <a href="/login">Anmelden</a></p></div>' : '') +
      '</div>';
    return { html, lines: [prompt, ...(pitch ? [pitch] : []), ...benefits] };
  });

describe('generated articles: a registration wall where the story was cut short', () => {
  it('the wall goes whole, after a truncated story or a whole one; the story stays', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 3 }),
        fc.array(paragraph, { minLength: 6, maxLength: 9 }),
        fc.boolean(),
        wall,
        (short, long, truncated, { html, lines }) => {
          const story = truncated ? short : long;
          const run = prune(place(story, html, story.length));
          for (const line of lines) expect(run.kept).not.toContain(squash(line));
          expect(keepsAll(run, story)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a story about registering stays, and so does a paragraph of the story under a wall heading', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 2, maxLength: 4 }),
        fc.constantFrom(...PROMPTS),
        fc.array(sentence(10, 16), { minLength: 2, maxLength: 3 }),
        fc.array(sentence(10, 16), { minLength: 4, maxLength: 6 }),
        (story, prompt, more, sentences) => {
          const told = `The city asked residents to register and read the plan online before the vote. ${more.join(' ')}`;
          const under = `Under the heading, the story went on. ${sentences.join(' ')}`;
          const box = `<div><h2>${prompt}</h2><p>${under}</p></div>`;
          const run = prune(place([...story, told], box, story.length + 1));
          expect(keepsAll(run, [...story, told, under])).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
