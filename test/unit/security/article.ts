/**
 * A realistic article around payloads: a headline, a byline and long paragraphs, each a sentinel sentence the
 * tests look for afterwards, with the payloads inline inside the paragraphs, where Readability keeps them.
 */
const WORDS = (
  'harbour quay council ferry berth engineers residents storm wall customs house fleet winter summer tourists ' +
  'lifeboat station timetable cost noise works meeting plan review budget mayor crane tide channel dredging pier lighthouse ' +
  'market fishermen nets boats cargo warehouse road bridge contract tender survey report minutes objection petition ' +
  'hearing inspector funding grant delay spring autumn weather wind waves gravel concrete steel timber paint'
).split(' ');

/** Seeded words, different in every paragraph: identical filler would look like boilerplate to the pruning rules. */
function filler(seed: number): string {
  let state = (seed * 2654435761) >>> 0;
  const next = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state >>> 8;
  };
  const sentences: string[] = [];
  for (let s = 0; s < 3; s++) {
    const words = Array.from({ length: 14 }, () => WORDS[next() % WORDS.length]!);
    sentences.push(`${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}, said the council.`);
  }
  return sentences.join(' ');
}

/** The sentence paragraph `n` begins with; the article text must keep it. */
export const sentinel = (n: number): string => `Sentinel paragraph ${n} reports on the harbour.`;

export function articlePage(title: string, payloads: string[], options: { head?: string } = {}): string {
  const count = Math.max(6, payloads.length + 2);
  const paragraphs: string[] = [];
  for (let n = 0; n < count; n++) {
    // Payloads sit between the second half of one paragraph and the next, never in the first paragraph.
    const payload = n >= 1 && n - 1 < payloads.length ? ` ${payloads[n - 1]} ` : ' ';
    paragraphs.push(`<p>${sentinel(n)} ${filler(2 * n + 1)}${payload}${filler(2 * n + 2)}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${options.head ?? ''}</head><body>
<header><nav><a href="/">Home</a> · <a href="/news">News</a></nav></header>
<main><article>
<h1>${title}</h1>
<p class="byline">By Ada Reporter</p>
${paragraphs.join('\n')}
</article></main>
<footer><p>© The Harbour Gazette</p></footer>
</body></html>`;
}
