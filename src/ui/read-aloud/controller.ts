/**
 * Read aloud with the browser's own speech synthesis (nothing leaves the machine): one utterance per
 * sentence — long utterances stall in Chromium — with the sentence being read highlighted through the CSS
 * Custom Highlight API, which never changes the article's DOM.
 */
import { sentenceSpans } from './sentences.js';
import { pickVoice } from './voice.js';

export type ReadAloudState = 'stopped' | 'playing' | 'paused';

interface Sentence {
  text: string;
  range: Range;
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, dd, dt, pre';
const HIGHLIGHT = 'winnow-reading';

/** Sentences of the article in reading order, each with the DOM range it covers. */
function sentencesOf(body: HTMLElement): Sentence[] {
  const doc = body.ownerDocument;
  const blocks = Array.from(body.querySelectorAll<HTMLElement>(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const out: Sentence[] = [];
  for (const block of blocks) {
    const nodes: Array<{ node: Text; start: number }> = [];
    let text = '';
    const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    const locate = (offset: number, preferEnd: boolean) => {
      const hit = [...nodes].reverse().find((n) => (preferEnd ? n.start < offset : n.start <= offset)) ?? nodes[0]!;
      return { node: hit.node, offset: Math.min(offset - hit.start, hit.node.length) };
    };
    for (const span of sentenceSpans(text)) {
      const range = doc.createRange();
      const from = locate(span.start, false);
      const to = locate(span.end, true);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      out.push({ text: text.slice(span.start, span.end), range });
    }
  }
  return out;
}

export class ReadAloud {
  private sentences: Sentence[] = [];
  private index = 0;
  private state: ReadAloudState = 'stopped';
  private generation = 0;

  constructor(
    private readonly body: HTMLElement,
    private readonly lang: () => string | null,
    private readonly rate: () => number,
    private readonly onState: (state: ReadAloudState) => void,
  ) {}

  static supported(win: Window): boolean {
    return 'speechSynthesis' in win && 'SpeechSynthesisUtterance' in win;
  }

  get current(): ReadAloudState {
    return this.state;
  }

  play(): void {
    const synth = this.win.speechSynthesis;
    if (this.state === 'paused') {
      synth.resume();
      this.setState('playing');
      return;
    }
    this.sentences = sentencesOf(this.body);
    this.index = 0;
    this.setState('playing');
    this.speakNext(++this.generation);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.win.speechSynthesis.pause();
    this.setState('paused');
  }

  stop(): void {
    this.generation++;
    this.win.speechSynthesis.cancel();
    this.highlight(null);
    this.setState('stopped');
  }

  private get win(): Window & typeof globalThis {
    return this.body.ownerDocument.defaultView as Window & typeof globalThis;
  }

  private setState(state: ReadAloudState): void {
    this.state = state;
    this.onState(state);
  }

  private speakNext(generation: number): void {
    if (generation !== this.generation) return;
    const sentence = this.sentences[this.index];
    if (!sentence) {
      this.stop();
      return;
    }
    const utterance = new this.win.SpeechSynthesisUtterance(sentence.text);
    const voice = pickVoice(this.win.speechSynthesis.getVoices(), this.lang(), this.win.navigator.language);
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? this.lang() ?? '';
    utterance.rate = this.rate();
    utterance.onend = () => {
      this.index++;
      this.speakNext(generation);
    };
    utterance.onerror = () => this.stop();
    this.highlight(sentence.range);
    this.win.speechSynthesis.speak(utterance);
  }

  private highlight(range: Range | null): void {
    const css = (this.win as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
    const Highlight = (this.win as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
    if (!css?.highlights || !Highlight) return;
    if (!range) {
      css.highlights.delete(HIGHLIGHT);
      return;
    }
    css.highlights.set(HIGHLIGHT, new Highlight(range));
    const box = range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > this.win.innerHeight) {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }
}
