import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { Article } from '../../../src/core/types.js';
import { isSpamRemoval } from '../../../src/core/audit.js';
import { keptShare } from '../../../bench/lib/metric.js';
import { prng as random } from '../../helpers/random.js';
/**
 * Hidden spam injected into ordinary pages: the spam fixtures show each pattern once, on pages written for them;
 * this generator puts every hiding method into real article pages (Zyte, the Chinese fixtures) at the start of
 * the body, at its end and inside the article after its first long paragraph, with random ids and class names,
 * random foreign hosts and lexicon terms. It is how hacked pages Winnow has never seen look, and the tests
 * (injected-pages.test.ts statically, e2e/live-visibility.test.ts in real browsers) ask of each that the spam
 * go, be counted as spam, and the article stay.
 */

const EN_TERMS = [
  'casino online',
  'slot gacor',
  'judi bola',
  'situs judi',
  'sbobet',
  'togel',
  'no deposit bonus',
  'poker online',
  'best online casino',
  'sportsbook',
  'betting site',
  '1xbet',
];
const SPAM_TERMS = [
  '百家乐',
  '澳门葡京',
  '时时彩',
  '真人娱乐',
  '北京赛车',
  '六合彩',
  '东京热',
  '一本道',
  '无码',
  '人妻',
  '波多野结衣',
  '青青草',
  '五月婷婷',
  '乱伦',
  '炸金花',
  '现金网',
  '太阳城',
  '皇冠体育',
  '菠菜',
  '棋牌',
  '成人视频',
  '国产自拍',
];

export interface Injection {
  /** How the block is hidden, as the fixtures name the patterns. */
  kind: string;
  /** Markup for the body. */
  html: string;
  /** A stylesheet the block needs, for the head. */
  css: string;
  /** Anchor texts that must not reach the article. */
  spam: string[];
}

function name(rand: () => number, length = 6): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let s = letters[Math.floor(rand() * 26)]!;
  for (let i = 1; i < length; i++) s += (letters + '0123456789')[Math.floor(rand() * 36)];
  return s;
}

/** A block of links to foreign hosts whose anchors are spam terms (3–4 terms glued, as farms write them). */
function links(rand: () => number, count: number, english = false): { html: string; spam: string[] } {
  const spam: string[] = [];
  const anchors: string[] = [];
  const terms = english ? EN_TERMS : SPAM_TERMS;
  for (let i = 0; i < count; i++) {
    const a = terms[Math.floor(rand() * terms.length)]!;
    const b = terms[Math.floor(rand() * terms.length)]!;
    const text = english ? `${a} ${b}` : `${a}${b}`;
    spam.push(text);
    anchors.push(`<a href="http://www.${name(rand, 5)}.com/${name(rand, 4)}/" target="_blank">${text}</a>`);
  }
  return { html: anchors.join(rand() < 0.5 ? ' ' : '\n'), spam };
}

type Maker = (
  rand: () => number,
  id: string,
  farm: { html: string; spam: string[] },
) => Omit<Injection, 'kind' | 'spam'>;

/** The hiding methods of patterns.md 3–11 and 16, static (inline style and `<style>` rules) so both paths see them. */
export const MAKERS: Record<string, Maker> = {
  offscreen: (_r, id, f) => ({
    html: `<div id="${id}" style="position:absolute;left:-9999px;top:-9999px">${f.html}</div>`,
    css: '',
  }),
  'offscreen-stylesheet': (_r, id, f) => ({
    html: `<div class="${id}">${f.html}</div>`,
    css: `.${id}{position:absolute;left:-10000px;top:0}`,
  }),
  display: (_r, id, f) => ({ html: `<div id="${id}" style="display:none">${f.html}</div>`, css: '' }),
  'display-stylesheet': (_r, id, f) => ({ html: `<p class="${id}">${f.html}</p>`, css: `p.${id}{display:none}` }),
  visibility: (_r, id, f) => ({ html: `<div id="${id}" style="visibility:hidden;height:0">${f.html}</div>`, css: '' }),
  fontsize: (_r, id, f) => ({ html: `<span id="${id}" style="font-size:0">${f.html}</span>`, css: '' }),
  'zero-size': (_r, id, f) => ({
    html: `<div id="${id}" style="height:0;width:0;overflow:hidden">${f.html}</div>`,
    css: '',
  }),
  indent: (_r, id, f) => ({
    html: `<div class="${id}">${f.html}</div>`,
    css: `.${id}{text-indent:-9999px;overflow:hidden;white-space:nowrap;height:20px}`,
  }),
  clip: (_r, id, f) => ({
    html: `<div id="${id}" style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">${f.html}</div>`,
    css: '',
  }),
  colour: (_r, id, f) => ({
    html: `<div class="${id}">${f.html}</div>`,
    css: `body{background:#fff}.${id},.${id} a{color:#fff}`,
  }),
  marquee: (_r, id, f) => ({
    html: `<marquee id="${id}" height="1" width="1" scrollamount="3000">${f.html}</marquee>`,
    css: '',
  }),
  'visible-farm': (_r, id, f) => ({ html: `<div class="${id}">${f.html}</div>`, css: '' }),
  'visible-farm-en': (_r, id, f) => ({ html: `<div class="${id}">${f.html}</div>`, css: '' }),
  'hidden-farm-en': (_r, id, f) => ({
    html: `<div class="${id}">${f.html}</div>`,
    css: `.${id}{position:absolute;left:-9999px}`,
  }),
  opacity: (_r, id, f) => ({
    html: `<div id="${id}" style="opacity:0;position:absolute;pointer-events:none">${f.html}</div>`,
    css: '',
  }),
  'clip-path': (_r, id, f) => ({
    html: `<div class="${id}">${f.html}</div>`,
    css: `.${id}{position:absolute;clip-path:inset(50%)}`,
  }),
  'fixed-offscreen': (_r, id, f) => ({
    html: `<div id="${id}" style="position:fixed;top:-2000px;left:0">${f.html}</div>`,
    css: '',
  }),
  'em-offscreen': (_r, id, f) => ({
    html: `<div class="${id}">${f.html}</div>`,
    css: `.${id}{position:absolute;left:-999em}`,
  }),
  'one-pixel': (_r, id, f) => ({ html: `<div id="${id}" style="height:1px;overflow:hidden">${f.html}</div>`, css: '' }),
  transparent: (_r, id, f) => ({
    html: `<div class="${id}">${f.html}</div>`,
    css: `.${id},.${id} a{color:transparent}`,
  }),
  important: (_r, id, f) => ({
    html: `<div class="${id}" style="display:block">${f.html}</div>`,
    css: `div.${id}{display:none!important}`,
  }),
  'media-screen': (_r, id, f) => ({
    html: `<div class="${id}">${f.html}</div>`,
    css: `@media screen{.${id}{display:none}}`,
  }),
  'attribute-selector': (_r, id, f) => ({
    html: `<div data-${id}="1">${f.html}</div>`,
    css: `[data-${id}]{display:none}`,
  }),
  nested: (_r, id, f) => ({
    html: `<div id="${id}" style="position:absolute;left:-9999px"><div><p>${f.html}</p></div></div>`,
    css: '',
  }),
  'margin-offscreen': (_r, id, f) => ({
    html: `<div id="${id}" style="margin-left:-10000px">${f.html}</div>`,
    css: '',
  }),
  table: (_r, id, f) => ({
    html: `<table class="${id}"><tr><td>${f.html}</td></tr></table>`,
    css: `table.${id}{display:none}`,
  }),
  keywords: (_r, id, f) => ({
    html: `<div id="${id}" style="position:absolute;left:-9999px">${f.spam.join(' ')}</div>`,
    css: '',
  }),
  'style-in-body': (_r, id, f) => ({
    html: `<style>#${id}{display:none}</style><div id="${id}">${f.html}</div>`,
    css: '',
  }),
  transform: (_r, id, f) => ({
    html: `<div class="${id}">${f.html}</div>`,
    css: `.${id}{position:absolute;transform:translateX(-10000px)}`,
  }),
};

/**
 * The nonce the injected scripts carry. Pages are served with `script-src 'nonce-…'`: the host page's own
 * scripts stay off, as the page was saved, and only the hacker's run.
 */
export const SCRIPT_NONCE = 'winnow-injected';
const script = (code: string) => `<script nonce="${SCRIPT_NONCE}">${code}</script>`;

/** Hiding done by a script as the page loads (pattern 12 and its kin): only a rendered page knows the outcome. */
export const SCRIPT_MAKERS: Record<string, Maker> = {
  'script-display': (_r, id, f) => ({
    html: `<div id="${id}">${f.html}</div>${script(`document.getElementById('${id}').style.display='none'`)}`,
    css: '',
  }),
  'script-class': (_r, id, f) => ({
    html: `<div id="${id}">${f.html}</div>${script(`document.getElementById('${id}').className='${id}h'`)}`,
    css: `.${id}h{position:absolute;left:-10000px;top:0}`,
  }),
  // Written where the script stands once the page has loaded, parked off-screen.
  'script-after-load': (_r, id, f) => ({
    html: script(
      `(function(){var s=document.currentScript;addEventListener('load',function(){var d=document.createElement('div');d.id='${id}';` +
        `d.style.cssText='position:absolute;left:-9999px;top:-9999px';d.innerHTML=${JSON.stringify(f.html).replace(/</g, '\\u003c')};s.parentNode.insertBefore(d,s)})})()`,
    ),
    css: '',
  }),
};

export function inject(rand: () => number, kind: string): Injection {
  const maker = MAKERS[kind] ?? SCRIPT_MAKERS[kind];
  if (!maker) throw new Error(`unknown kind ${kind}`);
  const visible = kind.startsWith('visible-farm');
  const farm = links(rand, visible ? 24 + Math.floor(rand() * 16) : 8 + Math.floor(rand() * 12), kind.endsWith('-en'));
  return { kind, spam: farm.spam, ...maker(rand, name(rand), farm) };
}

export type Placement = 'start' | 'end' | 'inside' | 'in-paragraph';
export const PLACEMENTS: readonly Placement[] = ['start', 'end', 'inside', 'in-paragraph'];

/** The page with the block placed; null when the page offers no place (no long paragraph for `inside`). */
export function place(doc: Document, injection: Injection, where: Placement): string | null {
  const body = doc.body;
  if (!body) return null;
  const holder = doc.createElement('template');
  holder.innerHTML = injection.html;
  const block = holder.content;
  if (where === 'start') body.prepend(block);
  else if (where === 'end') body.append(block);
  else {
    const p = Array.from(body.querySelectorAll('p')).find((el) => (el.textContent ?? '').trim().length >= 80);
    if (!p) return null;
    if (where === 'inside') p.after(block);
    else {
      // Between two sentences of the paragraph: the first text node long enough to split.
      const walker = doc.createTreeWalker(p, 4);
      let text: Text | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if ((n.nodeValue ?? '').length >= 20) {
          text = n as Text;
          break;
        }
      if (!text) return null;
      // At a space near the middle (a word cut in two would read as lost text); unspaced scripts cut anywhere.
      const value = text.nodeValue ?? '';
      const space = value.indexOf(' ', Math.floor(value.length / 2));
      text.splitText(space > 0 ? space : Math.floor(value.length / 2)).before(block);
    }
  }
  if (injection.css) {
    const style = doc.createElement('style');
    style.textContent = injection.css;
    (doc.head ?? body).append(style);
  }
  return `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
}

export interface Host {
  name: string;
  url: string;
  html: string;
}

export interface InjectedCase {
  label: string;
  kind: string;
  where: Placement;
  host: Host;
  html: string;
  spam: string[];
}

const ZYTE = new URL('../../../bench/data/zyte/html/', import.meta.url);
const ZH = new URL('../../fixtures/zh/', import.meta.url);
/** English article pages of three kinds (news, blog, press release) and Chinese ones (portal, traditional, paginated). */
const HOSTS: ReadonlyArray<() => Host> = [
  ...[
    '042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856',
    '5f03fc173ebc6abdfae50b96ce0b05a6137b7d3f2ef379be35a9bb8ca9f49e87',
    'ad826691a8a2f9c4ce50cf0b885af933c4b5119c1f6235cd7df1dfb83f255bcc',
  ].map((id) => () => ({
    name: `zyte ${id.slice(0, 8)}`,
    url: 'https://news.example.com/2019/article.html',
    html: gunzipSync(readFileSync(new URL(`${id}.html.gz`, ZYTE))).toString('utf8'),
  })),
  ...['dzwww-traditional', 'hard-pagination', 'hard-inline-chrome'].map((name) => () => ({
    name: `zh ${name}`,
    url: 'https://www.dzwww.com/2022/article.html',
    html: readFileSync(new URL(`${name}.html`, ZH), 'utf8'),
  })),
];

/**
 * Every hiding method at every placement, each on one of the host pages in turn — or, with `bothScripts`, on
 * one English and one Chinese page (their text lengths differ by an order of magnitude, and rules that weigh
 * a block against the article behave differently on each). `scripted` adds the script-driven methods, for
 * the live path only (their pages need SCRIPT_NONCE allowed).
 */
export interface CaseKey {
  kind: string;
  where: Placement;
  group: number;
}

/** Every (method, placement, host group) injectedCases() makes with these options, in its order. */
export function caseKeys(options: { bothScripts?: boolean; scripted?: boolean } = {}): CaseKey[] {
  const kinds = [...Object.keys(MAKERS), ...(options.scripted ? Object.keys(SCRIPT_MAKERS) : [])];
  const groups = options.bothScripts ? [0, 1] : [0];
  return kinds.flatMap((kind) => PLACEMENTS.flatMap((where) => groups.map((group) => ({ kind, where, group }))));
}

/** `only`: the keys to build (from caseKeys); the others are skipped, each built case the same as in a full run. */
export function injectedCases(
  options: { bothScripts?: boolean; scripted?: boolean; only?: CaseKey[] } = {},
): InjectedCase[] {
  const only = options.only && new Set(options.only.map((key) => `${key.kind} ${key.where} ${key.group}`));
  const hosts = HOSTS.map((load) => load());
  const groups = options.bothScripts
    ? [hosts.filter((h) => h.name.startsWith('zyte')), hosts.filter((h) => h.name.startsWith('zh'))]
    : [hosts];
  const cases: InjectedCase[] = [];
  let seed = 0;
  const kinds = [...Object.keys(MAKERS), ...(options.scripted ? Object.keys(SCRIPT_MAKERS) : [])];
  kinds.forEach((kind, k) =>
    PLACEMENTS.forEach((where, w) => {
      for (const [g, group] of groups.entries()) {
        const injection = inject(random(++seed), kind);
        if (only && !only.has(`${kind} ${where} ${g}`)) continue;
        // The host in turn, or the next one when it has no place for this placement (no long paragraph).
        for (let h = 0; h < group.length; h++) {
          const host = group[(k + w + h) % group.length]!;
          const dom = new JSDOM(host.html);
          const html = place(dom.window.document, injection, where);
          dom.window.close();
          if (!html) continue;
          cases.push({ label: `${kind} ${where} (${host.name})`, kind, where, host, html, spam: injection.spam });
          break;
        }
      }
    }),
  );
  return cases;
}

/** The reader's article after injection, against the article the same page gave without it. */
export function checkInjected(c: InjectedCase, article: Article | null, original: string, minKept = 0.99): void {
  expect(article, `${c.label}: no article`).not.toBeNull();
  const a = article as Article;
  expect(
    c.spam.filter((s) => a.textContent.includes(s)),
    `${c.label}: spam reached the article`,
  ).toEqual([]);
  expect(
    a.removed.some(isSpamRemoval),
    `${c.label}: not counted as spam (${a.removed.map((r) => r.reason).join(', ')})`,
  ).toBe(true);
  expect(keptShare(original, a.textContent), `${c.label}: article text lost`).toBeGreaterThanOrEqual(minKept);
}
