/**
 * Screen-reader labels (src/core/visibility/screen-reader-labels.ts) over generated article pages: labels clipped out
 * of sight the ways sites do it (WordPress' `screen-reader-text`, Bootstrap's `sr-only` and `visually-hidden`, the
 * BBC's `clip-path: inset(100%)`, a skip link shown only on focus), in a class rule or inline, placed inside the
 * story's paragraphs, headings, list items and figure captions or between them. The whole pipeline runs (static
 * verdicts, Readability, the prune rules). The reader sees no label, and every word a reader sees of the story stays.
 * Clipped text that is more than a label (a summary for screen readers, MathML) stays as before; a caption's credit
 * that only its label names as one ("Image source, …") still goes whole, label and all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../helpers/dom.js';
import { paragraph } from '../extract/prune/prose.js';

const RUNS = 40;

/** How the page clips the label: a class with its rule, or the declarations inline. */
const CLIPS = [
  'position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px);word-wrap:normal',
  'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0',
  'clip-path:inset(100%);clip:rect(1px, 1px, 1px, 1px);height:1px;overflow:hidden;position:absolute;width:1px;margin:0',
  'position:absolute;clip-path:inset(50%);width:1px;height:1px;overflow:hidden',
  'position:absolute;clip:rect(0 0 0 0);overflow:hidden;height:1px;width:1px',
];
const CLASSES = ['screen-reader-text', 'sr-only', 'visually-hidden', 'bbc-m04vo2', 'u-hidden-a11y'];
/** Labels as sites place them: inside a sentence's link, before a heading, in a caption, or as a block of their own. */
const LABELS = {
  paragraph: ['Opens in a new window', '(external link)', 'Externer Link', 'lien externe', 'Jump to footnote'],
  heading: ['Section:', 'Kapitel', 'Part two,'],
  item: ['Step', 'Item:', 'Completed:'],
  caption: ['التعليق على الصورة،', 'Bildunterschrift:', 'Légende :'],
  between: [
    'Skip advertisement',
    'Article information',
    'تخطى قصص مقترحة وواصل القراءة',
    'Continue reading',
    'Beitrag teilen',
    'Advertisement',
  ],
} as const;
type Where = keyof typeof LABELS;

interface Label {
  text: string;
  where: Where;
  /** Which paragraph, or where among the blocks. */
  at: number;
}

const label = fc
  .constantFrom<Where>('paragraph', 'heading', 'item', 'caption', 'between')
  .chain((where) => fc.record({ text: fc.constantFrom(...LABELS[where]), where: fc.constant(where), at: fc.nat(7) }));

const page = fc.record({
  story: fc.uniqueArray(paragraph, { minLength: 5, maxLength: 8 }),
  labels: fc.array(label, { minLength: 1, maxLength: 5 }),
  clip: fc.constantFrom(...CLIPS),
  className: fc.constantFrom(...CLASSES),
  inline: fc.boolean(),
  tag: fc.constantFrom('span', 'div', 'h2', 'a'),
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;

function build(p: Page): { html: string; visible: string[] } {
  const hidden = (text: string, tag = p.tag) =>
    p.inline
      ? `<${tag} style="${p.clip}"${tag === 'a' ? ' href="#main"' : ''}>${text}</${tag}>`
      : `<${tag} class="${p.className}"${tag === 'a' ? ' href="#main"' : ''}>${text}</${tag}>`;
  const inlineTag = p.tag === 'div' || p.tag === 'h2' ? 'span' : p.tag;
  const at = (l: Label) => l.at % p.story.length;
  const blocks = p.story.map((text, i) => {
    const own = p.labels.filter((l) => l.where === 'paragraph' && at(l) === i);
    return `<p>${own.map((l) => hidden(l.text, inlineTag)).join(' ')} ${text}</p>`;
  });
  const visible = [...p.story];
  const heading = 'What the council decided on Tuesday evening';
  const headingLabels = p.labels.filter((l) => l.where === 'heading').map((l) => hidden(l.text, inlineTag));
  blocks.splice(2, 0, `<h2>${headingLabels.join(' ')} ${heading}</h2>`);
  visible.push(heading);
  const items = ['The bridge closes in March for eight months', 'A ferry runs every twenty minutes meanwhile'];
  const itemLabels = p.labels.filter((l) => l.where === 'item');
  blocks.splice(
    4,
    0,
    `<ul>${items.map((item, i) => `<li>${i === 0 ? itemLabels.map((l) => hidden(l.text, inlineTag)).join(' ') : ''} ${item}</li>`).join('')}</ul>`,
  );
  visible.push(...items);
  const caption = 'Engineers inspect the pillars of the old bridge at dawn';
  const captionLabels = p.labels.filter((l) => l.where === 'caption').map((l) => hidden(l.text, inlineTag));
  blocks.splice(
    1,
    0,
    `<figure><img src="https://example.test/bridge.jpg" width="800" height="450" alt="The bridge"><figcaption>${captionLabels.join(' ')} ${caption}</figcaption></figure>`,
  );
  visible.push(caption);
  for (const l of p.labels.filter((x) => x.where === 'between'))
    blocks.splice(Math.min(l.at, blocks.length), 0, hidden(l.text));
  const style = p.inline ? '' : `<style>.${p.className}{${p.clip}}</style>`;
  const html =
    `<!doctype html><html lang="en"><head><title>Council backs new bridge</title>${style}</head><body>` +
    `<header><a href="/">The Valley Courier</a></header><main id="main"><article><h1>Council backs new bridge</h1>` +
    `${blocks.join('\n')}</article></main><footer><p>© The Valley Courier</p></footer></body></html>`;
  return { html, visible };
}

describe('screen-reader labels', () => {
  it('no label reaches the reader, and every word a reader sees of the story stays', () => {
    fc.assert(
      fc.property(page, (p) => {
        const { html, visible } = build(p);
        const article = cleanHtml(html);
        expect(article).not.toBeNull();
        const text = squash(article!.textContent);
        for (const v of visible) expect(text).toContain(squash(v));
        for (const l of p.labels) expect(text).not.toContain(l.text);
        // A label inside a sentence is on record, where the reader's audit lists what went.
        const recorded = article!.removed.filter((r) => r.reason === 'hidden:clip').map((r) => r.text);
        for (const l of p.labels) if (l.where === 'paragraph') expect(recorded).toContain(l.text);
      }),
      { numRuns: RUNS },
    );
  });

  it('clipped text that is more than a label stays, as does visually-hidden MathML', () => {
    const summary =
      'Summary for screen readers: the council voted nine to two to replace the bridge, which closes in March.';
    const html = (clip: string) =>
      `<!doctype html><html lang="en"><head><title>Council backs new bridge</title></head><body><article>` +
      `<h1>Council backs new bridge</h1><div style="${clip}">${summary}</div>` +
      `<p>The formula <span style="${clip}"><math><mi>x</mi><mo>=</mo><mn>2</mn></math></span> was read out.</p>` +
      `${Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of the report tells what happened on the ground, who said what and what comes next.</p>`).join('')}` +
      `</article></body></html>`;
    for (const clip of CLIPS) {
      const article = cleanHtml(html(clip))!;
      expect(squash(article.textContent)).toContain(summary);
      expect(article.content).toContain('<math');
    }
  });

  it('a caption line that only its label names as a credit goes whole, label and all', () => {
    const clip = CLIPS[2]!;
    const story = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the report tells what happened on the ground, who said what and what comes next.</p>`,
    ).join('');
    const html =
      `<!doctype html><html lang="ar" dir="rtl"><head><title>Council backs new bridge</title>` +
      `<style>.label{${clip}}</style></head><body><main><article><h1>Council backs new bridge</h1>` +
      `<figure><div><img src="https://example.test/a.jpg" width="800" height="450" alt="">` +
      `<p role="text"><span class="label">صدر الصورة،</span> <span>EPA-EFE/REX/Shutterstock</span></p></div>` +
      `<figcaption><span class="label">التعليق على الصورة،</span><p>متظاهرة تحمل لافتة في مدينة غلاسكو</p></figcaption></figure>` +
      `${story}</article></main></body></html>`;
    const article = cleanHtml(html)!;
    const text = squash(article.textContent);
    expect(text).not.toContain('EPA-EFE/REX/Shutterstock');
    expect(text).not.toContain('صدر الصورة');
    expect(text).not.toContain('التعليق على الصورة');
    expect(text).toContain('متظاهرة تحمل لافتة في مدينة غلاسكو');
    expect(text).toContain('Paragraph 6 of the report');
  });
});
