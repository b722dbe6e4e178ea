/**
 * Copy jammers (src/core/spam/jammer.ts): Discuz! threads as a saved page gives them, without the linked stylesheet
 * that hides the jammer's class. Generated posts of Chinese lines with Discuz!'s own jammer after line breaks (five
 * to fifteen pairs of a character from 32–59 and one from 63–126, as its `jammer()` writes them), under its class name
 * or any other, give every line and no run. Classes that mark the page's own short texts (cells, formulas, scores,
 * a class that also marks a word) stay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanHtml, parse } from '../../helpers/dom.js';
import { copyJammers, isJammerText } from '../../../src/core/spam/jammer.js';

const LINES = [
  '今天去了趟老城区，发现那家开了二十年的面馆还在营业。',
  '老板说房租涨了不少，但老顾客多，舍不得关门。',
  '牛肉面还是原来的味道，汤头很浓，价格涨了两块钱。',
  '楼下新开了一家咖啡店，装修很有特色，周末人很多。',
  '附近的小学正在翻新操场，预计下个月完工。',
  '有去过的朋友可以说说现在的情况吗？',
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Discuz!'s jammer(): 5–15 pairs of chr(32–59), a space, chr(63–126). */
const jammerRun = fc
  .array(fc.tuple(fc.integer({ min: 32, max: 59 }), fc.integer({ min: 63, max: 126 })), { minLength: 5, maxLength: 15 })
  .map((pairs) => pairs.map(([a, b]) => `${String.fromCharCode(a)} ${String.fromCharCode(b)}`).join(''));

const threads = fc.record({
  className: fc.constantFrom('jammer', 'jm', 'xg0', 'tz_jammer'),
  tag: fc.constantFrom('font', 'span'),
  lines: fc.integer({ min: 3, max: LINES.length }),
  runs: fc.array(jammerRun, { minLength: LINES.length, maxLength: LINES.length }),
  replyRuns: fc.array(jammerRun, { minLength: LINES.length, maxLength: LINES.length }),
  hiddenSpans: fc.boolean(),
});

type Thread = typeof threads extends fc.Arbitrary<infer T> ? T : never;

/** One post's message: each line, then a jammer (a class-hidden element, or a display:none span every other line). */
function message(t: Thread, runs: readonly string[]): string {
  return LINES.slice(0, t.lines)
    .map((line, i) => {
      const run = escape(runs[i]!);
      const jam =
        t.hiddenSpans && i % 2 === 1
          ? `<span style="display:none">${run}</span>`
          : `<${t.tag} class="${t.className}">${run}</${t.tag}>`;
      return `${line}<br />\r\n${jam}`;
    })
    .join('\r\n');
}

/** A thread of two posts (the first and a reply that quotes the first's lines), as Discuz! writes them. */
function threadPage(t: Thread): string {
  const post = (n: number, runs: readonly string[]) =>
    `<div id="post_${n}"><table><tr><td class="pls"><div class="authi"><a href="space-uid-${n}.html">街坊${n}</a></div></td>
    <td class="plc"><div class="pi"><em>发表于 2012-3-4 12:0${n}</em></div><div class="pct"><div class="pcb"><div class="t_fsz">
    <table><tr><td class="t_f" id="postmessage_${n}">${message(t, runs)}</td></tr></table></div></div></div></td></tr></table></div>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>老城区的面馆还在 - 生活杂谈 - 本地论坛</title>
    <link rel="stylesheet" href="data/cache/style_1_common.css"></head><body>
    <div id="postlist">${post(1, t.runs)}${post(2, t.replyRuns)}</div></body></html>`;
}

const cleaned = (html: string) =>
  cleanHtml(html, { url: 'https://bbs.example.cn/thread-1-1-1.html' })?.textContent ?? '';

describe('copy jammers in a saved forum thread', () => {
  it('every line stays and no run of the jammer does', () => {
    fc.assert(
      fc.property(threads, (t) => {
        const text = cleaned(threadPage(t)).replace(/\s+/g, ' ');
        for (const line of LINES.slice(0, t.lines)) expect(text).toContain(line);
        for (const run of [...t.runs, ...t.replyRuns].filter((_, i) => i % LINES.length < t.lines))
          expect(text).not.toContain(run.replace(/\s+/g, ' ').trim());
        // Between the lines, nothing but the lines: no stray pair of the runs.
        const rest = LINES.slice(0, t.lines).reduce((s, line) => s.replaceAll(line, ''), text);
        expect(rest).not.toMatch(/[A-Za-z][0-9!-/:;]\s/);
      }),
      { numRuns: 60, seed: 20261210 },
    );
  });

  it('leaves classes that mark the page’s own short texts', () => {
    const own = [
      ['cell', 'Q1 Q2 Q3 Q4'],
      ['formula', 'a2 + b2 = c2'],
      ['score', '1-0 2-1 3-2 4-3'],
      ['ids', 'x1, x2, x3, x4'],
    ];
    for (const [cls, text] of own) {
      const doc = parse(`<p>前文<span class="${cls}">${text}</span>后文<span class="${cls}">${text}</span></p>`).window
        .document;
      expect(copyJammers(doc), cls).toEqual([]);
    }
    // Two random runs, but the class also marks a word: the page's own markup.
    const mixed = parse(
      `<p>前文<font class="hl">4 M1 Q- Y; N' D</font>中间<font class="hl">9 f' i6 U) Q1 @</font>后文<font class="hl">iPhone</font></p>`,
    ).window.document;
    expect(copyJammers(mixed)).toEqual([]);
  });

  it('tells a run of random characters from short texts of the page', () => {
    for (const run of ["4 M1 Q- Y; N' D", "9 f' i6 U) Q1 @ r", '3 a+ K" e5 O/ w'])
      expect(isJammerText(run), run).toBe(true);
    for (const text of ['A B C D', 'H2O + CO2', 'E = mc2', 'v1.2.3', 'p < 0.05', 'A1 B2 C3 D4 E5', '(1) (2) (3) (4)'])
      expect(isJammerText(text), text).toBe(false);
  });
});
