/**
 * Related-article lists and "read more" links that sit inside the article container: a heading such as
 * "You may also like", "More Great WIRED Stories", "DON'T MISS", "Trending", "More from UK" followed by a
 * list of headlines (Wired, Express, Sky, AP), and one-line teasers — "Related: …", "READ MORE: …",
 * "Also on rt.com …", "[Related: …]" (Space.com, Live Science, City A.M., CRN), the previous and next posts ("上一篇：…",
 * "Next post: …"), "En Xataka | …" (a site pointing
 * at its own story), ">>> …" (a linked headline behind an arrow). A reader wants neither. The
 * headings come in the languages of European news sites too: "À lire aussi :", "Lesen Sie auch", "Leer más",
 * "Czytaj także", "Διαβάστε επίσης". A box that holds only such a heading is what is left of an insert whose
 * list went before (Readability drops link-dense lists): it goes too. So does a heading written as the first line
 * of a paragraph with its list as the next lines ("<strong>Artículos relacionados</strong><br>• …: <a>…</a>"). A list
 * whose links cite other sites ("Further reading" over papers and books, citations.ts) is the author's and stays.
 */
import { collapsedText, linkTextLength } from '../../dom.js';
import { citesOtherSites } from './citations.js';
import { splitAlternation, topLevelBranches, vocabulary } from './split-alternation.js';
import {
  alive,
  boxOfOnly,
  brLines,
  isHeading,
  isProseBlock,
  leafBlocks,
  linkDensity,
  remove,
  textOf,
  tooBig,
  wordCount,
  type BrLine,
  type PruneContext,
} from './util.js';

/** A one-line teaser: a label and a headline (usually a link). */
const TEASER = vocabulary(
  /^\[?\s*(?:related(?:\s+\w+){0,4}|read\s+more|read\s+also|also\s+read|see\s+more|see\s+also|also\s+on\s+\S+|also|more|watch|listen|recommended|leggi\s+anche(?:\s+su)?|lesen\s+sie\s+auch|lire\s+aussi|lire\s+(?:l['’]\S+|nos\s+\S+|notre\s+\S+|le\s+\S+|la\s+\S+|les\s+\S+)|voir\s+aussi|à\s+lire|à\s+voir|leia\s+também|veja\s+também|leia\s+mais|veja\s+mais|lee\s+también|lea\s+también|lee\s+además|mira\s+también|ver\s+también|te\s+puede\s+interesar|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|上一篇|下一篇|上一条|下一条|上一條|下一條|前の記事|次の記事|اقرأ\s+(?:أيضا|أيضاً|ايضا|المزيد)|شاهد\s+(?:أيضا|أيضاً|ايضا)|طالع\s+(?:أيضا|أيضاً|ايضا)|previous\s+(?:post|article|story)|next\s+(?:post|article|story))\s*[:：]/i,
);
/**
 * A site pointing at its own story: "En Xataka | …", "In Wired | …". Asked only of lines with a bar: a Unicode
 * case-insensitive regex costs Firefox a compile on every page that uses it.
 */
const SITE_POINTER = /^(?:en|in|auf|sur|su|em|op|na|w|på)\s+\p{Lu}[\p{L}\p{N}.-]*\s+\|\s/iu;
/**
 * Le Monde's inserts carry no colon: "Lire aussi Le FMI appelle…", "Article réservé à nos abonnés Lire aussi …".
 * Only as a linked line (the teaser test asks for the link).
 */
const FRENCH_INSERT = /^(?:article\s+réservé\s+à\s+nos\s+abonnés\s+)?(?:lire|voir)\s+aussi\s+\S/i;
const isTeaserLabel = (text: string): boolean =>
  TEASER.test(text) ||
  FRENCH_INSERT.test(text) ||
  (text.includes(' | ') && SITE_POINTER.test(text)) ||
  (/[:：]/.test(text) && LABELLED_LIST.test(text));
/**
 * A headline pointed at with an arrow, between the paragraphs: ">>> Oscars 2016 : …", "» Mehr dazu", "► Video".
 * Only when the line is the link itself.
 */
const ARROW_TEASER = vocabulary(/^(?:>{2,3}|»|►|▶|→|⇒|➜|➤)\s*\S/);

/**
 * A heading that introduces a list of other articles, in English, Chinese, Japanese, Korean and the languages of the
 * open web's blogs and news sites (Dutch, German, French, Spanish, Italian, Portuguese, Polish, Czech, the Nordic
 * languages): "Gerelateerde nieuwsberichten", "Meistgelesen", "Les plus lus", "Lo más leído", "Najczęściej czytane",
 * "猜你喜欢", "为你推荐", "関連記事", "あわせて読みたい", "관련기사". Each is asked only with its list after it, or alone in a
 * box of its own.
 */
const LIST_HEADINGS = [
  String.raw`you\s+may\s+also\s+like|you\s+might\s+also\s+like|more\s+great\s+\S+\s+stories|don'?t\s+miss|trending(?:\s+now)?|recent\s+(?:articles|posts|stories)|popular(?:\s+this\s+week)?|most\s+(?:popular|read|viewed)|latest(?:\s+news)?|more\s+from\s+.{1,30}|mehr\s+von\s+.{1,30}|(?:alle|weitere)\s+(?:artikel|beiträge|texte)\s+von\s+.{1,30}|all\s+(?:articles|posts|stories)\s+(?:by|from)\s+.{1,30}|tous\s+les\s+articles\s+de\s+.{1,30}|todos\s+los\s+artículos\s+de\s+.{1,30}|tutti\s+gli\s+articoli\s+di\s+.{1,30}|empfehlungen\s+der\s+redaktion|top-?themen|aus\s+dem\s+ressort|mehr\s+lesen\s+über(?:\s+.{1,30})?|more\s+(?:\S+\s+)?(?:news|stories|articles)|related(?:\s+(?:articles|stories|posts|news|content|coverage|links|reading))?|read\s+next|up\s+next|recommended(?:\s+for\s+you)?|top\s+stories|what\s+to\s+read\s+next|further\s+reading|leggi\s+anche|mais\s+lidas|相关(?:新闻|阅读|文章|报道)|相關(?:新聞|閱讀|文章|報導)|热门(?:新闻|文章|推荐)|熱門(?:新聞|文章|推薦)|read\s+more|next\s+in\s+.{1,30}|popular\s+videos?|à\s+lire\s+(?:aussi|également)|voir\s+aussi|lire\s+aussi|sur\s+le\s+même\s+sujet|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|passend\s+(?:dazu|zum\s+thema)|lees\s+ook|lees\s+meer|czytaj\s+(?:też|także|również|więcej)|przeczytaj\s+(?:też|także|również)|zobacz\s+(?:też|także|również)|läs\s+(?:också|mer)|les\s+også|læs\s+også|lue\s+myös|čtěte\s+(?:také|též|rovněž)|přečtěte\s+si\s+(?:také|též)|citește\s+(?:și|mai\s+mult)|vedi\s+anche|διαβ[αά]στε\s+(?:επ[ιί]σης|ακ[οό]μ[ηα])|δε[ιί]τε\s+επ[ιί]σης|(?:mehr\s+|ergänzendes\s+)?zum\s+thema|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|weitere\s+(?:artikel|nachrichten|beiträge)|leer\s+más|lee\s+también|te\s+puede\s+interesar|(?:noticias|artículos)\s+relacionad[oa]s|temas\s+relacionados|notas?\s+relacionadas?|noticias\s+recomendadas|más\s+en\s+.{1,30}|leia\s+(?:também|mais)|veja\s+(?:também|mais(?:\s+notícias)?)|ti\s+potrebbe\s+interessare|articoli\s+correlati|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|اقرأ\s+(?:أيضا|أيضاً|ايضا|المزيد)|شاهد\s+(?:أيضا|أيضاً|ايضا)|(?:مواضيع|أخبار|مقالات)\s+(?:ذات\s+صلة|متعلقة|مشابهة)|الأكثر\s+(?:قراءة|مشاهدة)|المزيد\s+من\s+.{1,30}`,
  String.raw`similar\s+(?:posts|articles|stories)|you\s+might\s+also\s+enjoy|more\s+like\s+this|editor['’]s\s+picks`,
  String.raw`gerelateerde\s+(?:nieuws)?(?:berichten|artikelen|items)|meer\s+(?:nieuws|berichten|artikelen)(?:\s+.{1,40})?|recent\s+nieuws(?:\s+.{1,40})?|laatste\s+nieuws|meest\s+gelezen|ook\s+interessant|artikelen\s+in\s+de\s+categorie\s+.{1,40}`,
  String.raw`meistgelesen(?:e\s+artikel)?|(?:neueste|aktuelle|ähnliche|verwandte|beliebte|empfohlene)\s+(?:artikel|beiträge|nachrichten|meldungen|themen)|mehr\s+aus\s+.{1,30}|mehr\s+(?:artikel|nachrichten|beiträge)(?:\s+.{1,30})?|weitere\s+(?:themen|meldungen|nachrichten|artikel|beiträge|news)(?:\s+(?:aus|zu|zum|zur|über)\s+.{1,30})?`,
  String.raw`les\s+plus\s+lus|articles\s+(?:similaires|récents|liés)|(?:nos\s+)?derniers\s+articles|dans\s+la\s+même\s+rubrique|(?:plus\s+d['’]|d['’]autres\s+)articles|vous\s+aimerez\s+aussi|(?:plus\s+d['’]|d['’]autres\s+)actualités|ces\s+articles\s+peuvent\s+vous\s+intéresser`,
  String.raw`lo\s+más\s+(?:leído|visto)|más\s+(?:noticias|leídas|vistas)|más\s+noticias\s+de\s+.{1,30}|últimas\s+noticias|(?:artículos|entradas)\s+(?:recientes|relacionad[oa]s|similares)|también\s+te\s+puede\s+interesar|te\s+recomendamos`,
  String.raw`(?:i\s+)?più\s+lett[ie]|ultime\s+notizie|articoli\s+(?:recenti|simili)|notizie\s+correlate|potrebbe\s+interessarti|ti\s+potrebbero\s+interessare|altri\s+articoli|altre\s+notizie`,
  String.raw`últimas\s+notícias|notícias\s+relacionadas|(?:posts|artigos|matérias)\s+relacionad[oa]s|você\s+também\s+pode\s+gostar|mais\s+notícias`,
  String.raw`najczęściej\s+czytane|najnowsze(?:\s+artykuły)?|podobne\s+artykuły|polecane(?:\s+artykuły)?|więcej\s+(?:artykułów|wiadomości)|nejčtenější|související\s+články|další\s+články`,
  String.raw`猜你喜[欢歡]|你(?:可能|或许|或許)(?:也|还|還)?(?:会|會)?(?:喜[欢歡]|感[兴興]趣)(?:的)?(?:文章|内容|內容|新[闻聞])?|相[关關](?:推荐|推薦|链接|連結|专题|專題)|[为為]你推[荐薦]|(?:精彩|[热熱]点|[热熱]點|[编編][辑輯])推[荐薦]|最新(?:文章|新[闻聞]|[资資]讯|[资資]訊|消息|[动動]态|[动動]態)|大家都在看|更多(?:精彩|新[闻聞]|文章|[阅閱][读讀]|[资資]讯|[资資]訊)(?:推[荐薦])?|看了(?:本文|[这這]篇(?:文章)?)的人[还還](?:看了|在看)`,
  String.raw`関連(?:する)?(?:記事|ニュース)|(?:おすすめ|オススメ|人気|注目|新着|最新)の?記事|(?:あわせて|合わせて)読みたい(?:記事)?|こちらの?(?:記事)?もおすすめ|관련\s*(?:기사|뉴스)|많이\s*본\s*(?:뉴스|기사)|(?:추천|인기|최신)\s*기사|함께\s*(?:보면\s*좋은|읽으면\s*좋은)\s*기사`,
  String.raw`mest\s+(?:lästa|læste|leste)|senaste\s+nytt|relatera(?:de)?\s+artiklar|relaterede\s+artikler|relaterte\s+artikler|luetuimmat|uusimmat`,
  // Russian, Turkish (its dotted and dotless i both ways: "İLGİNİZİ ÇEKEBİLİR" has no lower case in a pattern
  // without 'u') and Greek
  String.raw`читайте\s+также|самое\s+(?:читаемое|популярное)|похожие\s+(?:новости|статьи|материалы)|другие\s+новости|по\s+теме|[iİı]lg[iİı]n[iİı]z[iİı]\s+çekeb[iİı]l[iİı]r|[iİı]lg[iİı]l[iİı]\s+haberler|benzer\s+haberler|en\s+çok\s+okunanlar|d[iİı]ğer\s+haberler|δημοφιλή|σχετικά\s+άρθρα|περισσότερα\s+άρθρα|τελευταία\s+νέα`,
].join('|');
/** Split once for the two patterns below. */
const LIST_HEADING_BRANCHES = topLevelBranches(LIST_HEADINGS);
const LIST_HEADING = splitAlternation(
  LIST_HEADING_BRANCHES,
  'i',
  (headings) => String.raw`^(?:${headings})[\s.:：…]*$`,
);
/**
 * A list heading written as a teaser's label: "Potrebbe interessarti anche: <a>…</a>", "Das könnte Sie auch
 * interessieren: <a>…</a>". Any heading that introduces other articles introduces one as well as a list.
 */
const LABELLED_LIST = splitAlternation(
  LIST_HEADING_BRANCHES,
  'i',
  (headings) => String.raw`^\[?\s*(?:${headings})(?:\s+anche|\s+auch|\s+also|\s+aussi)?\s*[:：]\s*\S`,
);

const linkish = (el: Element) => linkDensity(el) >= 0.5;

/** The siblings after a list heading that are lists of links (or link-led teaser blocks). */
function followingLinkBlocks(heading: Element): Element[] {
  const out: Element[] = [];
  let next = heading.nextElementSibling;
  while (next && (linkish(next) || (next.matches('ul, ol') && next.querySelectorAll('a').length > 0))) {
    if (isHeading(next) && !LIST_HEADING.test(textOf(next))) break;
    out.push(next);
    next = next.nextElementSibling;
  }
  return out;
}

/** A list of links this dense is other pages' headlines, whatever its length. */
const LINKS_ONLY = 0.8;
/** …when the article keeps at least this many words without it. */
const MIN_WORDS_LEFT = 40;

/**
 * Whether the blocks under a list heading are nothing but links and the article is more than them: then they go even
 * when they are longer than the short story above them (a resource blog's two sentences and nine links over an
 * eight-headline "猜你喜欢"; an aggregator's one-paragraph item over forty "Recent nieuws" headlines). The share
 * guard (`tooBig`) is for blocks that may be the story; a named list of links is not.
 */
function onlyLinks(ctx: PruneContext, list: Element[]): boolean {
  const words = list.reduce((sum, b) => sum + wordCount(textOf(b)), 0);
  return list.every((b) => linkDensity(b) >= LINKS_ONLY) && ctx.totalWords - words >= MIN_WORDS_LEFT;
}

/** Whether a paragraph of prose follows `el` in the article. */
function proseAfter(ctx: PruneContext, el: Element): boolean {
  return leafBlocks(ctx.root).some(
    (b) => alive(ctx, b) && (el.compareDocumentPosition(b) & 4) !== 0 && isProseBlock(b), // 4: DOCUMENT_POSITION_FOLLOWING
  );
}

/** The share of a `<br>` line's text that is link text. */
function lineLinkShare(line: BrLine): number {
  let linked = 0;
  for (const node of line.nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    linked += el.tagName === 'A' ? collapsedText(el).length : linkTextLength(el);
  }
  return line.text.length ? linked / line.text.length : 0;
}

/**
 * A list heading as the first `<br>` line of a paragraph and, under it, lines that each point at another article
 * (at least a fifth of each line a link: "• Primera convocatoria … (junio de 2022): <a>45 proyectos …</a>").
 */
function headedLinkLines(el: Element): boolean {
  const lines = brLines(el);
  if (lines.length < 2 || lines.length > 12) return false;
  const [head, ...rest] = lines;
  return wordCount(head!.text) <= 8 && LIST_HEADING.test(head!.text) && rest.every((l) => lineLinkShare(l) >= 0.2);
}

export function pruneRelated(ctx: PruneContext): void {
  for (const el of leafBlocks(ctx.root)) {
    if (!alive(ctx, el)) continue;
    const text = textOf(el);
    const words = wordCount(text);
    // One teaser, or a label over several linked headlines in one paragraph ("READ MORE:<br><a>…</a><br><a>…</a>").
    const teaser = () =>
      (words <= 30 && (linkDensity(el) >= 0.3 || /^\[.*\]$/.test(text))) || (words <= 100 && linkDensity(el) >= 0.7);
    if (
      (isTeaserLabel(text) || (ARROW_TEASER.test(text) && linkDensity(el) >= 0.8)) &&
      teaser() &&
      !tooBig(ctx, el) &&
      !citesOtherSites(el)
    ) {
      remove(ctx, el, 'related');
      continue;
    }
    if (words <= 160 && headedLinkLines(el) && !tooBig(ctx, el) && !citesOtherSites(el)) {
      remove(ctx, el, 'related');
      continue;
    }
    if (words <= 8 && LIST_HEADING.test(text)) {
      // The heading may be wrapped (<div><h3>More</h3></div>): walk up while the wrapper holds only it.
      const anchor = boxOfOnly(ctx, el);
      const list = followingLinkBlocks(anchor);
      // A box of its own that holds nothing but the heading lost its list already (Readability drops link-dense
      // lists): the heading is all that is left of a "read also" insert between two paragraphs.
      if (list.length === 0 && anchor !== el) remove(ctx, anchor, 'related');
      // A line of text that only names such a list, with no prose after it, is what is left of one at the story's
      // end ("<p>Mehr zum Thema</p>" over links Readability dropped); a heading may still open a section.
      else if (list.length === 0 && !isHeading(el) && !proseAfter(ctx, el)) remove(ctx, el, 'related');
      if (list.length === 0) continue;
      if (list.some((b) => tooBig(ctx, b)) && !onlyLinks(ctx, list)) continue;
      // "Further reading" over links to other sites is the author's reading list, not the site's headlines.
      if (citesOtherSites(...list)) continue;
      remove(ctx, anchor, 'related');
      for (const block of list) remove(ctx, block, 'related');
    }
  }
}

/** Whether `text` is a heading that introduces a list of other articles ("Related", "Meistgelesen", "相关阅读"). */
export const isListHeading = (text: string): boolean => LIST_HEADING.test(text);
