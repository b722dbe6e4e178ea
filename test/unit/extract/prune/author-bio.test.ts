import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pruneAuthorBios } from '../../../../src/core/extract/prune/author-bio.js';
import { runRule } from './prune-helper.js';
import { keepsAll, p, prune, RUNS } from './story-page.js';
import { paragraph } from './prose.js';

describe('prune: author bios and contact lines', () => {
  it('takes an About the Author block at the end, a bio sentence and contact lines', () => {
    const r = runRule(
      pruneAuthorBios,
      '<h4>About the Author</h4><p>Zac Hall</p><p>@zachall</p>' +
        '<p>Zac covers Apple news for the magazine and lives in Florida.</p><p>Write to Al Root at al.root@example.com</p>',
    );
    expect(r.text).not.toMatch(/About the Author|Zac|Al Root/);
    expect(r.removed.every((x) => x.reason === 'prune:author-bio')).toBe(true);
  });

  it('takes the author box under the story in German, French, Spanish, Dutch and Polish', () => {
    for (const heading of ['Über den Autor', 'À propos de l’auteur', 'Sobre el autor', 'Over de auteur', 'O autorze']) {
      const r = runRule(
        pruneAuthorBios,
        `<h3>${heading}</h3><p>Anna Schmidt</p><p>Anna Schmidt schreibt seit 2015 über Verkehr und Stadtplanung.</p>`,
      );
      expect(r.text, heading).not.toContain('Anna Schmidt');
      expect(r.text, heading).toContain('Paragraph 8 of the story');
    }
  });

  it('takes a contact line anywhere', () => {
    const r = runRule(pruneAuthorBios, '<p>Email Tariq Malik at tmalik@example.com</p>', {
      after: Array.from({ length: 9 }, (_, i) => `<p>Later paragraph ${i} with enough words to be prose.</p>`).join(''),
    });
    expect(r.removed).toEqual([{ reason: 'prune:contact', text: 'Email Tariq Malik at tmalik@example.com' }]);
  });

  it('takes an address alone by the byline or under the story, and keeps one the story goes on after', () => {
    const later = Array.from({ length: 9 }, (_, i) => `<p>Later paragraph ${i} with enough words to be prose.</p>`);
    const head = runRule(pruneAuthorBios, '', { before: '<p>howard.blume@example.com</p>', after: later.join('') });
    expect(head.text).not.toContain('howard.blume');
    const under = runRule(pruneAuthorBios, '<p>twitter.com/paultakahashi</p>');
    expect(under.text).not.toContain('paultakahashi');
    // "Press contact:", a name, an address, then the story goes on: the address is the story's.
    const quoted = runRule(pruneAuthorBios, '<p>Press contact:</p><p>Jane Doe</p><p>press@council.example</p>', {
      after: later.join(''),
    });
    expect(quoted.removed).toEqual([]);
  });

  it('keeps a quote about a reporter in the middle of the story and a bio-classed wrapper holding the story', () => {
    const mid = '<p>Jane Doe is a reporter who covered the trial, and she told the court what she had seen.</p>';
    const r = runRule(pruneAuthorBios, mid, {
      after: Array.from({ length: 9 }, (_, i) => `<p>Later paragraph ${i} with enough words to be prose.</p>`).join(''),
    });
    expect(r.text).toContain('Jane Doe is a reporter');
    expect(r.removed).toEqual([]);
  });

  // Found on 247Sports' story (development corpus): its closing paragraph went as a bio.
  it('keeps a story sentence under the story that opens on one capitalised word, however bio-like its words', () => {
    const r = runRule(
      pruneAuthorBios,
      '<p>Continuity was also important after Herman and his staff led the Cougars to a 22-4 record in two seasons.</p><p>Houston plays San Diego State in the Las Vegas Bowl.</p>',
    );
    expect(r.removed).toEqual([]);
    // A first name alone is a bio's when the byline gives it.
    const zac = runRule(pruneAuthorBios, '<p>Zac covers Apple news for the magazine and lives in Florida.</p>', {
      byline: 'By Zac Hall',
    });
    expect(zac.text).not.toContain('Zac covers');
  });
});

describe('generated stories: a bio sentence under the story', () => {
  const role = fc.constantFrom('reporter', 'staff writer', 'correspondent', 'editor', 'columnist');
  const outlet = fc.constantFrom('NBC News', 'the magazine', 'Slate', 'pv magazine');
  const name = fc.tuple(
    fc.constantFrom('Phil', 'Jamelle', 'Anna', 'Steve'),
    fc.constantFrom('Helsel', 'Bouie', 'Nowak', 'Gillman'),
  );
  const story = fc.array(paragraph, { minLength: 4, maxLength: 8 });

  it("a named person's bio goes, by a full name or by the byline's first name; the story stays", () => {
    fc.assert(
      fc.property(story, name, role, outlet, fc.boolean(), (paras, [first, last], job, at, byFirst) => {
        const bio = `${byFirst ? first : `${first} ${last}`} is a ${job} for ${at}.`;
        const run = prune([...paras, bio].map(p).join(''), 'Council backs new bridge', `By ${first} ${last}`);
        expect(run.removed).toContain(bio);
        expect(keepsAll(run, paras)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a bio under a heading that names its person goes, whatever the job; the story stays', () => {
    const job = fc.constantFrom(
      'a college professor in Phoenix, Arizona. He lives in Glendale with his wife and two children.',
      'Lehrerin in Freiburg und schreibt seit 2010 über Bildungspolitik.',
      'ingénieur de formation et vit à Lyon.',
    );
    fc.assert(
      fc.property(
        story,
        name,
        job,
        fc.constantFrom('About', 'Über', 'À propos de'),
        (paras, [first, last], rest, about) => {
          const heading = `${about} ${first} ${last}`;
          const bio = `${first} ${last} is ${rest}`;
          const run = prune([...paras, heading, bio].map(p).join(''));
          expect(run.removed).toContain(heading);
          expect(run.removed).toContain(bio);
          expect(keepsAll(run, paras)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
    // A heading that names something the story goes on about, with the story after it, takes nothing.
    fc.assert(
      fc.property(story, (paras) => {
        const section = ['About Apple Watch', `Apple Watch is the product at the centre of it. ${paras[0]!}`];
        const all = [...paras.slice(0, 1), ...section, ...paras.slice(1)];
        expect(keepsAll(prune(all.map(p).join('')), all)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a closing sentence that opens on a word, not a name, stays, whatever job words it holds', () => {
    const opener = fc.constantFrom('Continuity', 'Momentum', 'Funding', 'Attendance', 'Security', 'Recruiting');
    const verb = fc.constantFrom('was', 'is', 'has been');
    const tail = fc.constantFrom(
      'also important after the coach and his staff led the team to a winning record',
      'the main worry for the editor of the school paper this year',
      'a concern the news director raised at the meeting',
    );
    fc.assert(
      fc.property(story, opener, verb, tail, (paras, word, v, rest) => {
        const closing = `${word} ${v} ${rest}.`;
        const all = [...paras, closing];
        expect(keepsAll(prune(all.map(p).join('')), all)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("takes the box the page marks as a person (schema.org's Person) under the story, keeps a name marked in a line", () => {
    const box =
      '<div itemscope itemtype="http://schema.org/Person" class="nbc_rightbox"><div><img src="/a.jpg" alt="Habeeb Onawole"></div>' +
      '<div class="j_author"><a href="/a">Habeeb Onawole</a> - Magazine Writer - 723 articles published since 2023</div>' +
      '<div class="j_abstract">I love writing about consumer technology and have written thousands of articles.</div></div>';
    const r = runRule(pruneAuthorBios, box);
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:author-bio']);
    expect(r.text).not.toContain('Magazine Writer');
    const inline = runRule(
      pruneAuthorBios,
      '<p>The mayor, <span itemscope itemtype="https://schema.org/Person"><span itemprop="name">Maria Lopez</span></span>, opened the bridge on Monday.</p>',
    );
    expect(inline.removed).toEqual([]);
  });
});
