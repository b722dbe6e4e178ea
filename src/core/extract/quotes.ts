/**
 * Quoted posts, as forum software prints them.
 *
 * Discuz! and its kin box each quote (`div.quote > blockquote`) and open it with a link to the quoted post ("hx_2019
 * 发表于 2023-5-14 10:32"): in a short quote the link is half the box's words, and Readability's cleaning, which weighs
 * a `div`'s links but never a `blockquote`'s, removed the box — the quote went, unrecorded. The box around a lone
 * blockquote goes before Readability runs, the quote stays (`unwrapQuoteBoxes`).
 *
 * And a quote's opening attribution, set apart from the quote. Forum software opens a quoted post with its poster
 * inside the quote, in a `<cite>` its stylesheet makes a line of its own (phpBB's "alice hat geschrieben: ↑ Di 14. Mai
 * 2024, 09:12", SMF's and vBulletin's "Quote from: alice on …"); the article has no such stylesheet, so the name ran
 * into the quote's first words ("…09:12Gemeinsam…"), in the reader and in the text. A `<cite>` that opens a blockquote
 * and has the quote after it becomes a paragraph of its own (`setQuoteAttributionsApart`).
 */
import { collapsedText } from '../dom.js';

/** Whether `cite` is the first text inside `quote`: nothing but whitespace before it. */
function opens(quote: Element, cite: Element): boolean {
  const range = quote.ownerDocument.createRange();
  range.setStart(quote, 0);
  range.setEndBefore(cite);
  return range.toString().trim() === '';
}

/** Whether words follow `cite` inside `quote`: the quote it attributes. */
function quoteFollows(quote: Element, cite: Element): boolean {
  const range = quote.ownerDocument.createRange();
  range.setStartAfter(cite);
  range.setEnd(quote, quote.childNodes.length);
  return range.toString().trim() !== '';
}

export function setQuoteAttributionsApart(root: Element): void {
  for (const quote of Array.from(root.querySelectorAll('blockquote'))) {
    const cite = quote.querySelector('cite');
    if (!cite || !collapsedText(cite) || !opens(quote, cite) || !quoteFollows(quote, cite)) continue;
    // Already a line of its own: the only text of its block.
    const parent = cite.parentElement!;
    if (parent !== quote && parent.localName === 'p' && collapsedText(parent) === collapsedText(cite)) continue;
    const line = quote.ownerDocument.createElement('p');
    cite.replaceWith(line);
    line.append(cite);
  }
}

/** Replaces each `div` that holds one blockquote and nothing else (no other element, no words) by the blockquote. */
export function unwrapQuoteBoxes(root: ParentNode): void {
  for (const quote of Array.from(root.querySelectorAll('div > blockquote:only-child'))) {
    const box = quote.parentElement!;
    const alone = Array.from(box.childNodes).every(
      (node) => node === quote || (node.nodeType !== 1 && !node.textContent?.trim()),
    );
    if (alone) box.replaceWith(quote);
  }
}
