/**
 * Joomla's article view, over generated pages: the article's details printed as a definition list under one term
 * ("Details", above the text or under it), its values the author, the category, the dates and the hits, each
 * labelled ("Veröffentlicht: 14. Mai 2024", "Zugriffe: 1234"), in Joomla 3's and Joomla 4's markup and in the
 * languages Joomla ships. A reader sees a line of metadata, not the article: Winnow gave the term, the dates and the
 * counter as lines of the story (the term has a value that is not a date, so the list read as a fact box). Every
 * time: none of the list's words are left, and every paragraph stays, word for word. A fact box written the same way
 * ("Baubeginn — 3. Juni 2024") keeps its dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanedText } from '../../helpers/dom.js';
import { paragraph, phrase } from './prune/prose.js';

const RUNS = 40;

interface Labels {
  details: string;
  by: string;
  category: string;
  published: string;
  updated: string;
  hits: string;
}
const LANGUAGES: Labels[] = [
  {
    details: 'Details',
    by: 'Geschrieben von',
    category: 'Kategorie',
    published: 'Veröffentlicht',
    updated: 'Zuletzt aktualisiert',
    hits: 'Zugriffe',
  },
  {
    details: 'Details',
    by: 'Written by',
    category: 'Category',
    published: 'Published',
    updated: 'Last Updated',
    hits: 'Hits',
  },
  {
    details: 'Détails',
    by: 'Écrit par',
    category: 'Catégorie',
    published: 'Publié le',
    updated: 'Mis à jour le',
    hits: 'Affichages',
  },
  {
    details: 'Detalles',
    by: 'Escrito por',
    category: 'Categoría',
    published: 'Publicado',
    updated: 'Actualizado',
    hits: 'Visitas',
  },
  {
    details: 'Dettagli',
    by: 'Scritto da',
    category: 'Categoria',
    published: 'Pubblicato',
    updated: 'Aggiornato',
    hits: 'Visite',
  },
];

const joomlaPage = fc
  .record({
    labels: fc.constantFrom(...LANGUAGES),
    joomla4: fc.boolean(),
    above: fc.boolean(),
    author: fc.boolean(),
    category: fc.boolean(),
    updated: fc.boolean(),
    hits: fc.integer({ min: 1, max: 99999 }),
    headline: phrase(4, 8),
    story: fc.array(paragraph, { minLength: 2, maxLength: 5 }),
  })
  .map(({ labels: t, joomla4, above, author, category, updated, hits, headline, story }) => {
    const icon = (name: string) => (joomla4 ? `<span class="icon-${name} icon-fw" aria-hidden="true"></span>` : '');
    const values = [
      author
        ? `<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">${icon('user')}${t.by} <span itemprop="name">Redaktion</span></dd>`
        : '',
      category ? `<dd class="category-name">${icon('folder-open')}${t.category}: <a href="/news">News</a></dd>` : '',
      `<dd class="published">${icon('calendar')}<time datetime="2024-05-14T10:30:00+02:00" itemprop="datePublished">${t.published}: 14.05.2024</time></dd>`,
      updated
        ? `<dd class="modified"><time datetime="2024-05-15T08:00:00+02:00" itemprop="dateModified">${t.updated}: 15.05.2024</time></dd>`
        : '',
      `<dd class="hits">${icon('eye')}<meta itemprop="interactionCount" content="UserPageVisits:${hits}">${t.hits}: ${hits}</dd>`,
    ];
    const info = `<dl class="article-info ${joomla4 ? 'text-muted' : 'muted'}"><dt class="article-info-term">${t.details}</dt>${values.join('')}</dl>`;
    const body = `<div itemprop="articleBody">${story.map((s) => `<p>${s}</p>`).join('\n')}</div>`;
    const html =
      `<!doctype html><html><head><title>${headline}</title></head><body><main id="content" role="main">` +
      `<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">${headline}</h2></div>` +
      `${above ? info + body : body + info}</div></main></body></html>`;
    return { html, story, labels: t, hits };
  });

describe("Joomla's article details", () => {
  it('go, term and values, and every paragraph stays', () => {
    fc.assert(
      fc.property(joomlaPage, ({ html, story, labels, hits }) => {
        const text = cleanedText(html);
        for (const s of story) expect(text).toContain(s);
        expect(text).not.toContain(labels.details);
        expect(text).not.toContain(`${labels.published}:`);
        expect(text).not.toContain(`${labels.hits}: ${hits}`);
      }),
      { numRuns: RUNS },
    );
  });

  it("keep a fact box's dates and terms", () => {
    const facts = '<dl><dt>Baubeginn</dt><dd>3. Juni 2024</dd><dt>Bauende</dt><dd>Herbst 2025</dd></dl>';
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 4 }), (story) => {
        const html = `<!doctype html><html><body><article><h1>Neue Brücke</h1>${story.map((s) => `<p>${s}</p>`).join('')}${facts}</article></body></html>`;
        const text = cleanedText(html);
        expect(text).toContain('Baubeginn');
        expect(text).toContain('3. Juni 2024');
      }),
      { numRuns: 10 },
    );
  });
});
