/**
 * Whole-line controls matched as phrases (prune/control-lines.ts): the key a line is matched on forgives what
 * pages vary — case, spacing, the apostrophe, arrows, a trailing colon or ellipsis, the count in a comments link —
 * and nothing else: a line that says more than the control is not one.
 */
import { describe, expect, it } from 'vitest';
import {
  controlKey,
  isControlLine,
  isEngineLine,
  opensOnNavLabel,
} from '../../../../src/core/extract/prune/control-lines.js';

describe('prune: control lines as phrases', () => {
  it('keys a line on its words: case, spaces, apostrophes, arrows, trailing marks and counts set aside', () => {
    expect(controlKey('  KOMMENTARE [12] ')).toBe('kommentare (#)');
    expect(controlKey('Kommentare(3)')).toBe('kommentare (#)');
    expect(controlKey('« Vorheriger   Beitrag')).toBe('vorheriger beitrag');
    expect(controlKey('Torna all’inizio')).toBe("torna all'inizio");
    expect(controlKey('Like Loading…')).toBe('like loading');
    expect(controlKey('Gefällt mir:')).toBe('gefällt mir');
  });

  it('takes the phrases whole and nothing longer', () => {
    expect(isControlLine('Seite drucken')).toBe(true);
    expect(isControlLine('Comments (4)')).toBe(true);
    expect(isControlLine('Seite drucken und mitnehmen, riet der Bürgermeister')).toBe(false);
    expect(isControlLine('Video: So sieht die Brücke heute aus')).toBe(false);
    expect(isControlLine('Termin in Kalender übernehmen')).toBe(true);
    // A byline's label alone; with its name it is a byline, for the byline rules to judge.
    for (const label of ['By', 'By:', 'Von', 'Par', 'Por', 'Door', 'Av', 'Przez'])
      expect(isControlLine(label)).toBe(true);
    expect(isControlLine('By Sam Lee')).toBe(false);
    expect(isControlLine('→ Back to all events')).toBe(true);
    expect(isControlLine('Ajouter au calendrier')).toBe(true);
    expect(isControlLine('Add to calendar: the council meets on Monday')).toBe(false);
    expect(isEngineLine('Leave a Reply Cancel reply')).toBe(true);
    expect(isEngineLine('Leave a reply at the town hall')).toBe(false);
  });

  it('finds a post navigation label opening a line, in any of the engine’s languages', () => {
    expect(opensOnNavLabel('Nächster Beitrag Sommerfest im Stadtpark')).toBe(true);
    expect(opensOnNavLabel('← Article précédent Le pont rouvre')).toBe(true);
    expect(opensOnNavLabel('The next post office opens in May')).toBe(false);
  });
});
