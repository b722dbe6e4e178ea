/**
 * Generated multi-page articles and their look-alikes, from a seed (issue 16). A site is a map of address →
 * HTML; a multi-page article says which addresses are its pages, in order, and which sentence opens each page,
 * so a test can check that every page arrived once, in order, and nothing else did.
 *
 * The parameter space: the address shape of the page token, the pager's labels (languages, numbers, rel=next),
 * where the pager sits, the number of pages (past the cap of 20 too), and the furniture around the article
 * (menus, a list of related headlines, a footer), which must never be taken for the pager.
 */
import { prng } from '../../helpers/random.js';

export const ORIGIN = 'https://news.example.test';

export type Shape = 'underscore' | 'dash' | 'index' | 'query-page' | 'query-p' | 'segment';
export type PagerStyle =
  | 'next-zh-hans'
  | 'next-zh-hant'
  | 'numbers'
  | 'numbers-next'
  | 'numbers-dipian'
  | 'rel-link'
  | 'rel-anchor'
  | 'next-en'
  | 'next-de'
  | 'next-fr'
  | 'next-es'
  | 'next-ja';
export const SHAPES: Shape[] = ['underscore', 'dash', 'index', 'query-page', 'query-p', 'segment'];
export const STYLES: PagerStyle[] = [
  'next-zh-hans',
  'next-zh-hant',
  'numbers',
  'numbers-next',
  'numbers-dipian',
  'rel-link',
  'rel-anchor',
  'next-en',
  'next-de',
  'next-fr',
  'next-es',
  'next-ja',
];

export interface GeneratedArticle {
  /** What it was made of, to name a failing case. */
  name: string;
  site: Map<string, string>;
  /** Every page's address, in order. */
  pages: string[];
  /** One sentence that opens each page's own text, in page order. */
  markers: string[];
  title: string;
}

const HAN = '经济发展城市居民记者报道政府部门今年工作计划科技创新企业市场投资增长教育医疗文化交通建设环境保护农村地区';
const LATIN =
  'the city council said new plan would bring river park school market station bridge water power budget year'.split(
    ' ',
  );

function sentence(random: () => number, zh: boolean, marker: string): string {
  if (zh) {
    let text = '';
    for (let i = 0; i < 60; i++) text += HAN[Math.floor(random() * HAN.length)];
    return `${marker}${text}。`;
  }
  const words = Array.from({ length: 28 }, () => LATIN[Math.floor(random() * LATIN.length)]);
  return `${marker} ${words.join(' ')}.`;
}

/** The address of page `n` (1-based) of an article whose first page is `first`, in `shape`. */
export function pageUrl(shape: Shape, id: string, n: number): string {
  switch (shape) {
    case 'underscore':
      return `${ORIGIN}/news/2024/0512/${id}${n === 1 ? '' : `_${n}`}.html`;
    case 'dash':
      return `${ORIGIN}/story/${id}-city-plan${n === 1 ? '' : `-${n}`}.html`;
    case 'index':
      return `${ORIGIN}/zt/${id}/index${n === 1 ? '' : `_${n - 1}`}.html`;
    case 'query-page':
      return `${ORIGIN}/article.php?id=${id}${n === 1 ? '' : `&page=${n}`}`;
    case 'query-p':
      return `${ORIGIN}/read/${id}.html${n === 1 ? '' : `?p=${n}`}`;
    case 'segment':
      return `${ORIGIN}/2024/05/${id}-city-plan/${n === 1 ? '' : `${n}/`}`;
  }
}

const NEXT_LABEL: Partial<Record<PagerStyle, string>> = {
  'next-zh-hans': '下一页',
  'next-zh-hant': '下一頁',
  'numbers-next': '下一页 &gt;',
  'next-en': 'Next page ›',
  'next-de': 'Weiter »',
  'next-fr': 'Suivant',
  'next-es': 'Página siguiente',
  'next-ja': '次へ',
};

/** The pager of page `n` of `count`, as a site of that style writes it. */
function pager(style: PagerStyle, link: (k: number) => string, n: number, count: number): string {
  const next = n < count ? link(n + 1) : null;
  const prev = n > 1 ? link(n - 1) : null;
  const numbers = (label: (k: number) => string) =>
    Array.from({ length: count }, (_, i) => i + 1)
      .map((k) => (k === n ? `<span class="current">${label(k)}</span>` : `<a href="${link(k)}">${label(k)}</a>`))
      .join(' ');
  switch (style) {
    case 'numbers':
      return `<div class="pages">${numbers(String)}</div>`;
    case 'numbers-dipian':
      return `<div class="page-nav">${numbers((k) => `第${k}页`)}</div>`;
    case 'numbers-next':
      return `<div class="pagination">${prev ? `<a href="${prev}">&lt; 上一页</a> ` : ''}${numbers(String)}${next ? ` <a href="${next}">${NEXT_LABEL[style]}</a>` : ''}</div>`;
    case 'rel-link':
      return '';
    case 'rel-anchor':
      return `<nav class="post-pages">${next ? `<a rel="next" href="${next}">→</a>` : ''}</nav>`;
    default:
      return `<p class="pager">${prev ? `<a href="${prev}">«</a> ` : ''}${next ? `<a href="${next}">${NEXT_LABEL[style]}</a>` : ''}</p>`;
  }
}

/** Furniture every page of the site has: a menu, related headlines (other articles), a footer. */
function furniture(random: () => number, zh: boolean): { top: string; side: string; foot: string } {
  const heads = Array.from(
    { length: 6 },
    (_, i) =>
      `<li><a href="${ORIGIN}/news/2024/0511/${700 + i}.html">${sentence(random, zh, '').slice(0, 18)}</a></li>`,
  ).join('');
  return {
    top: `<header><nav><a href="${ORIGIN}/">首页</a> <a href="${ORIGIN}/world/">国际</a> <a href="${ORIGIN}/tech/">科技</a></nav></header>`,
    side: `<aside class="related"><h3>${zh ? '相关新闻' : 'Related'}</h3><ul>${heads}</ul></aside>`,
    foot: `<footer><p>© 2024 News Example</p></footer>`,
  };
}

export interface ArticleParams {
  seed: number;
  shape: Shape;
  style: PagerStyle;
  count: number;
  /** Pager above the text too, not only below it. */
  topPager: boolean;
  /**
   * The pager and the page's header lines (its headline with the page number, the source line) inside the text
   * block itself, as many Chinese portals write them: Readability keeps them, and the join must take them out.
   */
  inside: boolean;
  zh: boolean;
}

export function multiPageArticle(p: ArticleParams): GeneratedArticle {
  const random = prng(p.seed);
  const id = String(100000 + Math.floor(random() * 800000));
  const link = (k: number) => pageUrl(p.shape, id, k);
  const title = p.zh ? `城市发展新计划公布${id}` : `City unveils new plan ${id}`;
  const site = new Map<string, string>();
  const markers: string[] = [];
  const pages: string[] = [];
  const { top, side, foot } = furniture(random, p.zh);
  for (let n = 1; n <= p.count; n++) {
    const marker = p.zh ? `【第${n}页开头${id}】` : `[Page ${n} opens ${id}]`;
    markers.push(marker);
    const paragraphs = [sentence(random, p.zh, marker), ...Array.from({ length: 4 }, () => sentence(random, p.zh, ''))]
      .map((text) => `<p>${text}</p>`)
      .join('\n');
    const bar = pager(p.style, link, n, p.count);
    const headTitle = n === 1 ? title : p.zh ? `${title}(${n})` : `${title} (page ${n})`;
    const relNext = p.style === 'rel-link' && n < p.count ? `<link rel="next" href="${link(n + 1)}">` : '';
    const byline = `<p class="byline">${p.zh ? '来源：新华社 记者 王明' : 'By Jane Doe, Staff writer'}</p>`;
    const header = `<h1>${headTitle}</h1>${byline}`;
    const body = p.inside
      ? `<div class="content">${header}${p.topPager ? bar : ''}${paragraphs}${bar}</div>`
      : `${header}${p.topPager ? bar : ''}<div class="content">${paragraphs}</div>${bar}`;
    const html = `<!doctype html><html lang="${p.zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${headTitle}</title>${relNext}</head>
<body>${top}<main><article>${body}</article>${side}</main>${foot}</body></html>`;
    site.set(link(n), html);
    pages.push(link(n));
  }
  const where = `${p.topPager ? '/top' : ''}${p.inside ? '/inside' : ''}`;
  return {
    name: `${p.shape}/${p.style}/${p.count}p${where}${p.zh ? '/zh' : '/en'}#${p.seed}`,
    site,
    pages,
    markers,
    title,
  };
}

/** Parameters drawn from the seed, covering every shape × style at least once when n ≥ 72. */
export function drawParams(seed: number, index: number): ArticleParams {
  const random = prng(seed * 7919 + index);
  const shape = SHAPES[index % SHAPES.length]!;
  const style = STYLES[Math.floor(index / SHAPES.length) % STYLES.length]!;
  const roll = random();
  const count = roll < 0.1 ? 22 + Math.floor(random() * 4) : 2 + Math.floor(random() * 6);
  return {
    seed: seed + index,
    shape,
    style,
    count,
    topPager: random() < 0.3,
    inside: index % 2 === 1,
    zh: style.includes('zh') || random() < 0.5,
  };
}
