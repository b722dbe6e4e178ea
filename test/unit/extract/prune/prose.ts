/**
 * Seeded story text for the prune rules' page generators: words from one small vocabulary, phrases with a
 * capital, sentences with a full stop, paragraphs of three to five sentences.
 */
import fc from 'fast-check';

const WORDS = (
  'river council bridge morning harbour winter valley market garden station village engineer mayor budget ' +
  'school library road tower festival farmer ferry island orchard museum railway quarry meadow lantern canal ' +
  'weather traffic plan vote repair opening season report survey builder workshop'
).split(' ');

export const word = fc.constantFrom(...WORDS);
export const phrase = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((ws) => {
    const s = ws.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  });
export const sentence = (min: number, max: number) => phrase(min, max).map((s) => `${s}.`);
export const paragraph = fc.array(sentence(8, 16), { minLength: 3, maxLength: 5 }).map((ss) => ss.join(' '));
