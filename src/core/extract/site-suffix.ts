/**
 * Site suffixes on CJK titles: `標題 - 某某日報`, `标题_山东频道_大众网`, `標題｜中時新聞網`. Readability trims
 * " | Site" and " - Site" from English titles; Chinese sites join the name without spaces, often two deep
 * (channel, then site), so the title kept the suffix. A trailing segment goes when the page names it as its
 * site (og:site_name, application-name, JSON-LD publisher), when it spells the host name, when other titles on
 * the page end with it too, or when it is a short name ending in a word that names a site (网, 報, 日报, 频道,
 * 電視台, 贴吧, 博客…). The first segment always stays.
 *
 * Titles in spaced scripts lose a trailing site name too, on stricter evidence (trimNamedSiteSuffix): "Headline |
 * NZZ", "Headline - Golem.de", which many sites repeat in og:title, where Readability takes the title whole.
 */
import { foldLetters, hasHan, joinSegments, type Segment } from './segments.js';
import { jsonLdObjects } from './json-ld.js';
import { elementsByTag } from '../dom.js';

/** What the page says about its own name. */
export interface SiteContext {
  /** og:site_name, application-name, JSON-LD publisher / WebSite names. */
  siteNames: readonly string[];
  /** Labels of the page's host name worth matching ("dzwww", "chinatimes"). */
  hostLabels: readonly string[];
  /** Other titles on the page (link and image titles): a suffix they share is the site's. */
  titleLikes: readonly string[];
  /** The page's short link texts, lower-cased: its sections' names, where a title names one after the headline. */
  sections?: ReadonlySet<string>;
}

/** Separators a site suffix is joined by: never a comma, colon or bracket (those belong to headlines). */
const SUFFIX_SEPARATOR =
  /\s*(?:[_|｜丨‖–—－]|--+|::)\s*|\s+-\s+|(?<=\p{Script=Han})-(?=\S)|(?<=\S)-(?=\p{Script=Han})/gu;

/** Words that end the name of a site or channel. */
const SITE_WORD =
  /(?:[网網]|[报報]|日[报報]|[晚早]?[报報]|[时時][报報]|新[闻聞](?:[网網]|中心)?|[资資][讯訊]|[电電]视台|[电電]視台|[广廣]播[电電]台|[频頻]道|在[线線]|[门門]户|[门門]戶|客[户戶]端|官[网網]|[网網]站|[论論][坛壇]|[贴貼]吧|博客|部落格|[周週]刊|[杂雜]志|[杂雜]誌|通[讯訊]社|新[华華]社|首[页頁]|[电電]子[报報])$/u;
/** Channel names that sit between a headline and its site's name (only trimmed once the site's name is). */
const CHANNEL =
  /^(?:[国國]内|[国國][际際]|社[会會]|[财財][经經]|[体體]育|[娱娛]{1}[乐樂]|科技|教育|[军軍]事|汽[车車]|房[产產]|[时時]政|要[闻聞]|地方|健康|文化|旅游|旅遊|[时時]尚|游[戏戲]|遊戲|[读讀][书書]|[图圖]片|[视視][频頻]|[评評][论論]|[观觀]点|[观觀]點|本地|生活|[资資][讯訊]|新[闻聞]|[两兩]岸|港澳|大[陆陸]|政治|[国國]|[财財][经經]新[闻聞]|[滚滾]{1}[动動]|[综綜]合)$/u;

/** Words ending in 网 that name no site: going online, the internet, a net cast, a power grid. */
const NOT_A_SITE = /(?:上|[联聯]|互[联聯]|落|撒|[触觸]|[织織]|[电電]|[渔漁]|蛛|法|天[罗羅]地)[网網]$/u;

/** Host labels that name nothing (www, com, cn…). */
const GENERIC_LABELS = /^(?:www\d*|m|wap|news|cn|com|net|org|gov|edu|co|tw|hk|mo|info|html?|blog|web|mobile|amp)$/;

const MAX_SITE_NAME = 16;
/** The longest site name in a spaced script worth trimming, in letters: "Los Angeles Times", "BÜNDNIS 90/DIE GRÜNEN". */
const MAX_LATIN_SITE_NAME = 30;
/** Section names are short link texts ("Local", "Vegetarian Recipes"), read from the page's first links. */
const MAX_SECTION_NAME = 30;
const MAX_SECTION_LINKS = 600;

export function splitSuffixes(title: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  let before = '';
  for (const m of title.matchAll(SUFFIX_SEPARATOR)) {
    const part = title.slice(last, m.index).trim();
    if (part) {
      out.push({ text: part, before: out.length ? before : '' });
      before = m[0];
    } else {
      before += m[0];
    }
    last = m.index + m[0].length;
  }
  const rest = title.slice(last).trim();
  if (rest) out.push({ text: rest, before: out.length ? before : '' });
  return out;
}

/** Whether a title segment is the name of the site (or its channel) rather than part of the headline. */
export function isSiteSegment(segment: string, ctx: SiteContext): boolean {
  const folded = foldLetters(segment);
  if (!folded) return true;
  for (const name of ctx.siteNames) {
    const n = foldLetters(name);
    if (
      n.length >= 2 &&
      (folded === n ||
        (folded.includes(n) && folded.length <= n.length + 6) ||
        (n.includes(folded) && folded.length >= 2))
    )
      return true;
  }
  if (folded.length <= 40 && ctx.hostLabels.some((label) => folded.includes(label))) return true;
  if (
    segment.length <= MAX_SITE_NAME &&
    ctx.titleLikes.filter((t) => t.endsWith(segment) && t.length > segment.length + 1).length >= 2
  )
    return true;
  const compact = segment.normalize('NFKC').replace(/\s+/g, '');
  // Three characters at least: 大众网 is a site, 上网 ("going online") is not.
  return (
    hasHan(compact) &&
    compact.length >= 3 &&
    compact.length <= MAX_SITE_NAME &&
    !/[，。！？、：]/.test(compact) &&
    SITE_WORD.test(compact) &&
    !NOT_A_SITE.test(compact)
  );
}

/** A CJK title without its trailing site and channel segments; other titles are returned as they are. */
export function trimCjkSiteSuffix(title: string, ctx: SiteContext): string {
  if (!hasHan(title)) return title;
  const segments = splitSuffixes(title);
  let end = segments.length;
  while (end > 1 && isSiteSegment(segments[end - 1]!.text, ctx)) end--;
  if (end === segments.length) return title;
  // Between headline and site sits the channel: 标题_科技_腾讯网, 標題｜財經｜某某新聞網.
  while (end > 1 && CHANNEL.test(segments[end - 1]!.text.normalize('NFKC'))) end--;
  const kept = joinSegments(segments.slice(0, end));
  return foldLetters(kept).length >= 2 ? kept : title;
}

/**
 * A separator with space on both sides, as titles in spaced scripts set the site's name apart: "Headline | NZZ",
 * "Headline - Golem.de", "Headline — The Vacation Gals", "Headline · V8".
 */
const SITE_SEPARATOR_MARK = String.raw`(?:[|｜\-–—－·»‖]|--|::)`;
const SPACED_SITE_SEPARATOR = new RegExp(String.raw`\s+${SITE_SEPARATOR_MARK}\s+`, 'u');
const SPACED_SITE_SEPARATORS = new RegExp(SPACED_SITE_SEPARATOR.source, 'gu');

/** Whether a title may end in a site's name after a spaced separator (trimNamedSiteSuffix has work to do). */
export const hasSpacedSeparator = (title: string): boolean => SPACED_SITE_SEPARATOR.test(title);

/** Whether a title has room for a section between headline and site: two spaced separators at least. */
export const mayNameSection = (title: string): boolean => (title.match(SPACED_SITE_SEPARATORS)?.length ?? 0) >= 2;

/** The same separator at the end of a text: a link title "Other story | Chefkoch" ends in the site's name after it. */
const ENDS_IN_SPACED_SEPARATOR = new RegExp(String.raw`\s${SITE_SEPARATOR_MARK}\s*$`, 'u');

/**
 * Whether a segment of a title in a spaced script is the site's own name. The evidence is stricter than for a CJK
 * segment, where site names end in a word that says so: a headline can name the site it is on ("comwrap auf der
 * DMEXCO 2018" on comwrap's own pages), so the name must be most of the segment. The page's stated name, alone or
 * with its domain ("Golem" → "Golem.de"); a label of its host name making up at least half of it ("Chefkoch" on
 * chefkoch.de, "Tesco Real Food" on realfood.tesco.com); or the suffix two of the page's link titles end in too.
 */
export function namesSite(segment: string, ctx: SiteContext): boolean {
  const folded = foldLetters(segment);
  if (folded.length < 2 || folded.length > MAX_LATIN_SITE_NAME) return false;
  for (const name of ctx.siteNames) {
    const n = foldLetters(name);
    if (n.length >= 2 && folded.startsWith(n) && folded.length <= n.length + 4) return true;
  }
  for (const label of ctx.hostLabels) {
    const l = foldLetters(label);
    if (l.length >= 3 && folded.includes(l) && 2 * l.length >= folded.length) return true;
  }
  return (
    ctx.titleLikes.filter((t) => t.endsWith(segment) && ENDS_IN_SPACED_SEPARATOR.test(t.slice(0, -segment.length)))
      .length >= 2
  );
}

/**
 * A title in a spaced script without the site's name after its last spaced separator: "Brics-Gipfel: Putin findet
 * neue Wirtschaftspartner | NZZ". Readability trims such a suffix only from `<title>` and only by the separators'
 * layout, and not at all from og:title, where many sites repeat it. Only a segment the page names as its site goes;
 * what is left must still have letters.
 */
export function trimNamedSiteSuffix(title: string, ctx: SiteContext): string {
  let kept = title;
  let site = false;
  for (;;) {
    const last = [...kept.matchAll(SPACED_SITE_SEPARATORS)].pop();
    if (!last) return kept;
    const rest = kept.slice(0, last.index).trim();
    const segment = kept.slice(last.index + last[0].length).trim();
    if (foldLetters(rest).length < 2) return kept;
    if (namesSite(segment, ctx)) site = true;
    // Once the site's name is gone, the sections between it and the headline go too, as the page's own links name
    // them: "Anticorrupción decidirá … » Local » Noticias » Ultima Hora Mallorca".
    else if (!site || !ctx.sections?.has(segment.toLowerCase())) return kept;
    kept = rest;
  }
}

function hostLabels(url: string): string[] {
  try {
    const { hostname } = new URL(url);
    // A label with a number after the name ("publickey1") is matched by the name alone, as the title writes it.
    return hostname
      .toLowerCase()
      .split('.')
      .map((l) => l.replace(/(?<=\D)\d{1,2}$/, ''))
      .filter((l) => l.length >= 3 && !GENERIC_LABELS.test(l) && !/^\d+$/.test(l));
  } catch {
    return [];
  }
}

/** JSON-LD names of the publisher and the website, where a page states them. */
function jsonLdSiteNames(jsonLd: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const obj of jsonLdObjects(jsonLd)) {
    // `@type` is a name or a list of names ("NewsMediaOrganization", ["Organization", "Brand"]).
    const type = [obj['@type']]
      .flat()
      .filter((t) => typeof t === 'string')
      .join(' ');
    if (/WebSite|Organization|NewsMediaOrganization/.test(type) && typeof obj.name === 'string') out.push(obj.name);
    const publisher = obj.publisher as { name?: unknown } | undefined;
    if (publisher && typeof publisher.name === 'string') out.push(publisher.name);
  }
  return out;
}

const SITE_META = /^(?:og:site_name|application-name|apple-mobile-web-app-title|site_name|sitename|twitter:site)$/i;

/**
 * Reads the page's statements of its own name, before Readability takes the page apart; its sections' names only
 * when asked (`withSections`, for a title with a section between headline and site): reading every link's text is
 * the dearest part.
 */
export function siteContext(doc: Document, jsonLd: readonly unknown[] = [], withSections = false): SiteContext {
  const siteNames: string[] = [];
  for (const meta of elementsByTag(doc, 'meta')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
    const content = meta.getAttribute('content')?.trim();
    if (content && SITE_META.test(key) && !content.startsWith('@')) siteNames.push(content);
  }
  siteNames.push(...jsonLdSiteNames(jsonLd));
  const titleLikes: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('a[title], img[title], img[alt]')).slice(0, 400)) {
    const t = (el.getAttribute('title') ?? el.getAttribute('alt') ?? '').trim();
    if (t.length > 4) titleLikes.push(t);
  }
  const sections = new Set<string>();
  const links = withSections ? doc.getElementsByTagName('a') : [];
  for (let i = 0, n = Math.min(links.length, MAX_SECTION_LINKS); i < n; i++) {
    const text = links[i]!.textContent ?? '';
    if (text.length <= MAX_SECTION_NAME) sections.add(text.trim().toLowerCase());
  }
  return {
    siteNames: siteNames.filter((n) => n.length <= 40),
    hostLabels: hostLabels(doc.URL),
    titleLikes,
    sections,
  };
}
