/**
 * Seeded generated article pages for the selector tests: a *template* (the site's layout — wrappers, header,
 * nav, the article block, sidebar boxes that share a class, related links, comments, footer) and *pages* built
 * from it, each with its own article text, paragraph and comment counts, and its own generated ids and classes
 * (css-in-js hashes, CSS-module suffixes, post numbers, random letters), as a CMS renders the next article.
 * Every block a reader might point at carries `data-slot`, so a test can find the analogous block on a sibling
 * page; selectorFor never reads data attributes.
 */
import { prng } from '../../helpers/random.js';

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const int = (rand: Rand, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const chars = (rand: Rand, alphabet: string, n: number): string =>
  Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');

/** A name generated for one page, in the shapes real sites generate them. */
export type GeneratedKind = 'hash' | 'css-in-js' | 'module' | 'number' | 'letters';
export function generatedName(rand: Rand, kind: GeneratedKind): string {
  switch (kind) {
    case 'hash': // a8f3e1, 1x2y3z: always mixes digits into letters
      return `${chars(rand, LETTERS, 1)}${int(rand, 0, 9)}${chars(rand, LETTERS, 2)}${int(rand, 0, 9)}${chars(rand, ALNUM, 2)}`;
    case 'css-in-js':
      return `${pick(rand, ['sc', 'css', 'jsx'])}-${chars(rand, ALNUM, 6)}`;
    case 'module':
      return `${pick(rand, ['Box', 'Card', 'Story'])}_${pick(rand, ['root', 'body', 'wrap'])}__${chars(rand, ALNUM, 5)}`;
    case 'number':
      return `${pick(rand, ['post', 'node', 'ember', 'item'])}-${int(rand, 100, 99999)}`;
    case 'letters': // the hard case: a letters-only hash, now and then pronounceable by chance
      return chars(rand, LETTERS, int(rand, 6, 9));
  }
}

export interface Template {
  seed: number;
  /** Which generated shapes this site's pages use. */
  kinds: GeneratedKind[];
  wrappers: number;
  boxes: number;
  stable: Record<string, string | null>;
  tags: Record<string, string>;
  generatedIdOn: Set<string>;
  generatedClassOn: Set<string>;
}

const STABLE: Record<string, readonly (string | null)[]> = {
  wrap: ['container', 'page', 'site-wrap', null],
  header: ['site-header', 'masthead', null],
  nav: ['menu', 'nav-links', null],
  main: ['content', 'main-wrap', 'row', null],
  article: ['article-body', 'entry-content', 'story', 'post', null],
  sidebar: ['sidebar', 'col-md-4', 'rail', null],
  box: ['widget', 'box', null],
  related: ['related', 'more-stories', null],
  comments: ['comments', 'comment-list', null],
  footer: ['site-footer', 'colophon', null],
};
const TAGS: Record<string, readonly string[]> = {
  header: ['header', 'div'],
  nav: ['nav', 'div', 'ul'],
  main: ['main', 'div', 'section'],
  article: ['article', 'div', 'section'],
  sidebar: ['aside', 'div'],
  related: ['div', 'section', 'ul'],
  comments: ['div', 'section'],
  footer: ['footer', 'div'],
};

export function makeTemplate(seed: number): Template {
  const rand = prng(seed);
  const kinds = (['hash', 'css-in-js', 'module', 'number', 'letters'] as const).filter(() => rand() < 0.6);
  const stable = Object.fromEntries(Object.entries(STABLE).map(([slot, names]) => [slot, pick(rand, names)]));
  const tags = Object.fromEntries(Object.entries(TAGS).map(([slot, names]) => [slot, pick(rand, names)]));
  const slots = [...Object.keys(STABLE), 'wrap'];
  return {
    seed,
    kinds: kinds.length ? kinds : ['hash'],
    wrappers: int(rand, 0, 2),
    boxes: int(rand, 1, 4),
    stable,
    tags,
    generatedIdOn: new Set(slots.filter(() => rand() < 0.4)),
    generatedClassOn: new Set(slots.filter(() => rand() < 0.4)),
  };
}

const WORDS =
  'the city council voted on a new plan for river parks while residents asked about costs and schools'.split(' ');
const sentence = (rand: Rand) => `${Array.from({ length: int(rand, 8, 18) }, () => pick(rand, WORDS)).join(' ')}.`;

/** One page of the site: same layout, its own text and its own generated names. */
export function makePage(template: Template, pageSeed: number): string {
  const rand = prng(pageSeed * 7919 + template.seed);
  // `kind`: the slot whose generated-name choice applies (the sidebar boxes share the `box` one).
  const attrs = (slot: string, extra: string | null = template.stable[slot] ?? null, kind = slot): string => {
    const generated = () => generatedName(rand, pick(rand, template.kinds));
    const classes = [extra, template.generatedClassOn.has(kind) ? generated() : null];
    const id = template.generatedIdOn.has(kind) ? ` id="${generated()}"` : '';
    const cls = classes.filter(Boolean).join(' ');
    return `data-slot="${slot}"${id}${cls ? ` class="${cls}"` : ''}`;
  };
  const block = (slot: string, inner: string, extra?: string | null) => {
    const tag = template.tags[slot] ?? 'div';
    const body = tag === 'ul' ? inner.replace(/<(\/?)p>/g, '<$1li>') : inner;
    return `<${tag} ${attrs(slot, extra)}>${body}</${tag}>`;
  };
  const paragraphs = (n: number) =>
    Array.from({ length: n }, () => `<p>${sentence(rand)} ${sentence(rand)}</p>`).join('');
  const links = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p><a href="/s/${i}">${sentence(rand)}</a></p>`).join('');

  const header = block('header', `<p>Site name</p>${block('nav', links(5))}`);
  const article = block('article', `<h1>${sentence(rand)}</h1>${paragraphs(int(rand, 3, 9))}`);
  const boxes = Array.from(
    { length: template.boxes },
    (_, i) => `<div ${attrs(`box${i}`, template.stable.box ?? null, 'box')}>${paragraphs(1)}</div>`,
  ).join('');
  const sidebar = block('sidebar', boxes);
  const comments = block('comments', paragraphs(int(rand, 0, 6)));
  const main = block('main', `${article}${sidebar}${block('related', links(4))}${comments}`);
  let page = `${header}${main}${block('footer', '<p>© Site</p>')}`;
  for (let i = 0; i < template.wrappers; i++)
    page = `<div ${attrs(`wrap${i}`, i === 0 ? (template.stable.wrap ?? null) : null, 'wrap')}>${page}</div>`;
  return `<!doctype html><html><head><title>${sentence(rand)}</title></head><body>${page}</body></html>`;
}
