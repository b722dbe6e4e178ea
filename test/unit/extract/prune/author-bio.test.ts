import { describe, expect, it } from 'vitest';
import { pruneAuthorBios } from '../../../../src/core/extract/prune/author-bio.js';
import { runRule } from './prune-helper.js';

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
});
