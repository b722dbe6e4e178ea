/**
 * Splits a block's text into sentences for read-aloud, as character ranges (so the current sentence can be
 * highlighted without touching the DOM). CJK full stops end a sentence with no space after them; a Latin
 * full stop only before whitespace (so 3.5 and example.com stay whole); closing quotes and brackets stay with
 * their sentence.
 */
export interface Span {
  start: number;
  end: number;
}

const CJK_END = /[。！？…]/;
const LATIN_END = /[.!?]/;
const CLOSERS = /[”」』"'’）)\]]/;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const cjk = CJK_END.test(ch);
    if (!cjk && !LATIN_END.test(ch)) continue;
    let end = i + 1;
    while (end < text.length && (CJK_END.test(text[end]!) || LATIN_END.test(text[end]!))) end++;
    while (end < text.length && CLOSERS.test(text[end]!)) end++;
    if (cjk || end === text.length || /\s/.test(text[end]!)) {
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return spans;
}
