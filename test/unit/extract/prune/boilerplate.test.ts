import { describe, expect, it } from 'vitest';
import { pruneBoilerplate } from '../../../../src/core/extract/prune/boilerplate.js';
import { paragraphs, runRule, STORY } from './prune-helper.js';
import { prune } from './story-page.js';

describe('prune: press-release boilerplate', () => {
  it('takes the closing company description and what follows it', () => {
    const r = runRule(
      pruneBoilerplate,
      '<p>Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.</p>' +
        '<p>Ascom is headquartered in Baar (Switzerland) and employs around 1,300 people worldwide.</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:boilerplate', 'prune:boilerplate']);
    expect(r.text).toContain('Paragraph 8 of the story');
  });

  it('keeps a company description in the middle of a story', () => {
    const r = runRule(
      pruneBoilerplate,
      '<p>Acme is a leading provider of bridge parts, and it won the contract last year.</p>',
      { after: STORY },
    );
    expect(r.removed).toEqual([]);
  });
});

describe('prune: the press contact closing a release', () => {
  it('takes "Pressekontakt:" and the contact lines after it, in German, English and French', () => {
    for (const [label, lines] of [
      [
        'Pressekontakt:',
        ['TravelTrex GmbH', 'Christian Neuwerth', 'presse-de@traveltrex.com', 'Tel. +49 (0) 221-33 606-2513'],
      ],
      ['Media contact:', ['Jane Doe, Acme Corp.', 'jane.doe@acme.example', '+1 555 0100']],
      ['Contact presse :', ['Agence Exemple', 'Marie Dupont', 'Tél. : 01 23 45 67 89']],
    ] as const) {
      const r = runRule(pruneBoilerplate, `<p>${label}</p>${paragraphs(lines)}`);
      expect(r.text, label).toContain('Paragraph 8 of the story');
      expect(r.text, label).not.toContain(lines[1]);
      expect(r.removed.length, label).toBe(lines.length + 1);
    }
  });

  it('keeps a story that ends on a sentence about its press contact, with no contact details', () => {
    const r = runRule(
      pruneBoilerplate,
      '<p>Press contacts at the ministry declined to comment on the figures before the vote.</p><p>The vote is on Friday.</p>',
    );
    expect(r.removed).toEqual([]);
  });

  it("takes the contact when the release's image terms follow it, and keeps the terms and the story", () => {
    const terms =
      'By copying or making any use of the image below, you acknowledge that you have read and agree to the Image Usage Agreement that governs your use of the image.';
    const r = runRule(
      pruneBoilerplate,
      `<p>Press Contacts:</p>${paragraphs(['Amy Bessette', 'Apple', 'abessette@apple.example', '(408) 862-8012'])}<p>${terms}</p>`,
    );
    expect(r.text).toContain('Paragraph 8 of the story');
    expect(r.text).toContain(terms);
    expect(r.text).not.toContain('abessette@apple.example');
    expect(r.text).not.toContain('Press Contacts');
  });

  it('keeps a contact label in the middle of a story', () => {
    const r = runRule(pruneBoilerplate, '<p>Media contact:</p><p>press@council.example</p>', { after: STORY });
    expect(r.removed).toEqual([]);
  });

  it('takes a press contact written as <br> lines, in its own blocks or closing the last paragraph', () => {
    const release = paragraphs([
      'Bochum, 11. März 2015. – Die windream GmbH hat ihr Major Release 6.0 des ECM-Systems freigegeben; es ist ab sofort auf dem Markt verfügbar.',
    ]);
    const blocks = runRule(
      pruneBoilerplate,
      '<p>Ihre Redaktionskontakte:</p><p>windream GmbH<br>Dr. Michael Duhme<br>Pressesprecher<br>Wasserstraße 219<br>44799 Bochum<br>Telefon: +49 234 9734-568</p><p>PR-Agentur<br>good news! GmbH<br>Nicole Körber<br>Telefon: +49 451 88199-12</p>',
      { after: '', before: STORY + release },
    );
    expect(blocks.text).not.toContain('Duhme');
    expect(blocks.text).not.toContain('Körber');
    expect(blocks.text).toContain('Major Release 6.0');
    const lines = runRule(
      pruneBoilerplate,
      '<p>Die Software ist ab sofort verfügbar.<br><br>Ihre Redaktionskontakte:<br>windream GmbH<br>Dr. Michael Duhme<br>Telefon: +49 234 9734-568<br>E-Mail: m.duhme[at]windream[dot]com</p>',
    );
    expect(lines.text).not.toContain('Duhme');
    expect(lines.text).toContain('Die Software ist ab sofort verfügbar.');
  });

  it('takes a press contact whose only details are North American phone lines, and investor contacts', () => {
    const doc = `<p>Apple ignited the personal computer revolution in the 1970s with the Apple II and reinvented the personal computer in the 1980s with the Macintosh.<br><br><strong>Press Contact</strong>:<br>Josh Rosenstock<br>Apple<br>(408) 974-2414<br><br><strong>Investor Relations Contacts</strong>:<br>Nancy Paxton<br>Apple<br>(408) 974-5420</p>`;
    const r = runRule(pruneBoilerplate, doc);
    expect(r.text).not.toContain('Rosenstock');
    expect(r.text).not.toContain('974-5420');
    expect(r.text).toContain('reinvented the personal computer');
    // A phone number in a sentence is not a contact line.
    const said = runRule(
      pruneBoilerplate,
      '<p>Press contact: the hotline, (408) 974-2414, took calls all night, the council said, and will stay open.</p>',
    );
    expect(said.removed).toEqual([]);
  });

  // Found by the generated releases (company-blog-furniture.property.test.ts).
  it('takes a section of <br> lines in a paragraph of its own: two people, phone lines with dashes or dots', () => {
    const r = runRule(
      pruneBoilerplate,
      '<p><strong>Investor Contact:</strong><br>\nNancy Paxton<br>\nApple<br>\n408-974-5420<br>\nJosh Rosenstock<br>\nApple<br>\n408.974.2414</p>',
    );
    expect(r.text).not.toContain('Paxton');
    expect(r.text).not.toContain('408.974.2414');
    expect(r.text).toContain('Paragraph 8 of the story');
  });

  it('the whole prune pass takes a contact whose only detail is an email line of its own (before the author rule can)', () => {
    const run = prune(`${STORY}<p>Media Contact:</p><p>Jane Doe</p><p>Acme Inc.</p><p>press@acme.example</p>`);
    expect(run.kept).not.toContain('Jane Doe');
    expect(run.kept).not.toContain('Media Contact');
    expect(run.kept).toContain('Paragraph 8 of the story');
  });
});
