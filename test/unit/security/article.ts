/**
 * A realistic article around payloads: a headline, a byline and long paragraphs, each a sentinel sentence the
 * tests look for afterwards, with the payloads inline inside the paragraphs, where Readability keeps them.
 */
const FILLER = 'The committee met on Tuesday to review the harbour plan, and residents who attended asked about the '
  + 'timetable, the cost to the town and the noise during the works, which the engineers promised to keep to daytime hours.';

/** The sentence paragraph `n` begins with; the article text must keep it. */
export const sentinel = (n: number): string => `Sentinel paragraph ${n} reports on the harbour.`;

export function articlePage(title: string, payloads: string[], options: { head?: string } = {}): string {
  const count = Math.max(6, payloads.length + 2);
  const paragraphs: string[] = [];
  for (let n = 0; n < count; n++) {
    // Payloads sit between the second half of one paragraph and the next, never in the first paragraph.
    const payload = n >= 1 && n - 1 < payloads.length ? ` ${payloads[n - 1]} ` : ' ';
    paragraphs.push(`<p>${sentinel(n)} ${FILLER}${payload}${FILLER}</p>`);
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
