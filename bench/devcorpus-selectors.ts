/**
 * Expected texts this project annotated itself, for development-corpus pages whose source project publishes
 * the page but no article text (GeneralNewsExtractor's Chinese pages, the European pages of `europe.zip`): per page, a CSS selector for the
 * article body (every match, in document order) and one for the parts inside it that are not the article
 * (editor lines, share bars, source notes), like Postlight's per-site extractors. The text is read with blocks on
 * their own lines: a line per block element or `<br>`, white space (the full-width indent too) collapsed, empty
 * lines dropped. Each result was read by a person to check it is the article and only the article.
 *
 *   node --import tsx bench/devcorpus-selectors.ts check              the packs' texts are what the selectors give
 *   node --import tsx bench/devcorpus-selectors.ts build <pack> <dir> (re)writes bench/data/devcorpus/<pack>.zip
 *                                                                     from <dir>/<id>.html, with those texts
 *
 * A pack can mix such pages with pages whose source project ships the expected text: a page without selectors
 * is taken with the `<dir>/<id>.txt` beside it, as it is.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { unzipSync, zipSync } from 'fflate';
import { decodeHtml, devCorpusInfos } from './lib/devcorpus.js';

interface Annotation {
  /** The article body: every element matching, in document order. */
  content: string;
  /** Inside it, what is not the article. */
  drop?: string;
  /**
   * For credit lines and promotions that are bare text between `<br>`s, where no element can be dropped: the
   * article ends before the first line starting with `endAt`, and lines starting with any of `dropLines` go.
   */
  endAt?: string;
  dropLines?: string[];
}

export const SELECTORS: Record<string, Annotation> = {
  'gne-xinhuanet-1': { content: '#p-detail > p' },
  // The red "enter 文艺星青年" promotion opening the body, the page links, the editor line.
  // The closing credit line (供稿, 摄影, 编辑: contributed by, photos, editor).
  'gne-zyyfy-1': { content: '#div_article_content', drop: 'p:nth-last-child(2)' },
  // The body cell between the CMS's 文章正文 (article text) comments; date and editor lines are outside it.
  'gne-zsnews-1': { content: 'td[style*="line-height:166%"]' },
  // Photo captions (大会开幕式, ...) are the article's own and are kept.
  'gne-gsc-1': { content: '.detailCon' },
  // The State Council Gazette on gov.cn: the centred title block (the resolution's title and its adoption line)
  // is the headline; the body is the resolution's one paragraph.
  'gne-other-1': { content: '#UCAP-CONTENT', drop: 'p:first-child' },
  'gne-people-1': { content: '#rwb_zw', drop: 'a[href$="/405419/index.html"], .zdfy, center, .edit' },
  // Baidu's self-publishing platform: the body's subheads are kept; the author and time above it are not.
  'gne-baijiahao-1': { content: '.article-content' },
  // CSDN's news channel: the 摘要 (summary) box above the body repeats its first paragraph; the closing copyright line.
  'gne-csdn-1': { content: '.news_content', drop: '.copyright' },
  // NetEase Hao (网易号), a self-media account's post: the pointer to the account's earlier post (点击这里: click
  // here, and that post's title), a "click for the larger picture" note, the closing 来源 (source) line; the
  // platform's disclaimer, the 跟贴 (comments) and the account's article list are outside the body.
  'gne-163-9': {
    content: '#content',
    drop: 'p:last-child',
    dropLines: ['快点击这里了解一下！', '5月10日起，江阴大桥将半幅封闭施工22天！', '（点击看清晰大图）'],
  },
  // Phoenix (ifeng) reprinting The Paper: the reporters' byline opening the body and the closing intern credit.
  'gne-ifeng-1': { content: '.text-3zQ3cZD4', drop: 'p:first-child, p:last-child' },
  // Toutiao: the article's subheads and the 资料图 (file photo) caption are kept; tags, comments and feed are outside.
  'gne-toutiao-4': { content: '.article-content' },
  // Tencent (QQ) finance: the 划重点 (key points) box is the article's own; the author line and the trailing
  // "back to the QQ home page" link are not.
  'gne-qq-2': { content: '#Cnt-Main-Article-QQ', drop: '#backqqcom', dropLines: ['《棱镜》作者'] },
  // Securities Times: a one-paragraph company-announcements brief; its date, source and author line is outside it.
  'gne-stcn-1': { content: '#ctrlfscont' },
  // Sina: the 原标题 (original title) line opening a reprint and the closing 责任编辑 (editor) line.
  'gne-sina-sina': { content: '#article', drop: 'p:first-child, .show_author' },
  // A city government's WeChat post on The Paper's government channel, lines between <br>s: the reprint's
  // 本文原标题 (original title) note, a photographer credit, the lines of U+FFFD its lost emoji left, and from
  // the 编辑 (editor) line on, credits and the account's promotion. Captions (▲..., 资料图: file photo) are kept.
  'gne-thepaper-2': {
    content: '.news_txt',
    endAt: '编辑|',
    dropLines: ['本文原标题：', '▲广州日报全媒体图片记者', '\uFFFD'],
  },
  // European pages (europe.zip). heise online's mobile news page: the time, author and comment-count line and the
  // headline above the body, the ad slot and its "Anzeige" label between paragraphs, the "(heb)" author initials
  // closing it, the "295 Kommentare" link, share bar and "Themen:" tags; the related lists are outside the article.
  'crux-heise-de': {
    content: 'article',
    drop: 'time, .author, a.comments, h1, .ad_container, .ISI_IGNORE, p.comment, .shariff, .article_meta',
  },
  // Golem.de's mobile page: the standfirst under the headline is kept; in the body the screenshot gallery (image
  // titles with [n/10] counters, a slideshow, not captions) and the empty ad tiles go. Date, author and topic
  // links, share bar, comment link and cookie notice are outside it.
  'crux-golem-de': { content: 'article > header > p, .formatted', drop: '.golemGallery2, div[style]' },
  // Computerpartner (Austrian IT trade news): the standfirst is kept; the date, headline, author line, the photo's
  // copyright credit (© quelle hpc) and the Druckversion (print) link go. Breadcrumb, newsletter box and the
  // sidebar's news and event lists are outside it.
  'snacktory-computerpartner-at': {
    content: '#textbody',
    drop: '.dateofarticle, h1, p.author, .rightfloat, .alright',
  },
  // A Finnish company magazine (Lindorff Profit, WordPress): the ingress (standfirst) and the body; the closing
  // date and credits line (Teksti: text, Kuvat: photos, Graafi: chart). Tags, share buttons, the newsletter
  // widget and the sidebar's survey story are outside it.
  'goose-lindorff-fi': { content: '.ingress, .entry-content', drop: 'h6' },
  // Dutch IT Channel (Dutch IT trade news): the body's bold opening paragraph is kept; the closing "Lees meer hier."
  // (read more: a link to the source) and "Door:" (by) lines go. Date, author, headline, share bar, tags, banners,
  // the "Gerelateerde Berichten" (related) list and the poll are outside it.
  'snacktory-dutchitchannel-nl': { content: '#newsContent', drop: 'p:nth-last-child(-n+2)' },
  // A press release on presseportal.de (news aktuell's wire): the "Köln (ots)" dateline opens it and is kept, as is
  // the closing pointer to the full interview; the date, issuer and headline above it, the share bar, the photo's
  // "Bild-Infos"/"Download" buttons, the Pressekontakt (press contact) block and the "Original-Content von" (issuer
  // credit) line go. The newsroom box, "Themen in dieser Story" tags and the related and random story lists are outside.
  'graby-presseportal-de': {
    content: 'article.story > .card',
    drop: '.date, .customer, h1, .story-sharing, .story-media, .contact-headline, .contact-text, .originator',
  },
  // RT en Español (a Spanish-language state broadcaster's news page): the summary under the headline and the cover
  // photo's caption are kept (its credit, Handout / Gettyimages.ru, goes), as Postlight's extractor for the site
  // keeps its .ArticleView-text body; inside it the two "ReadMore" cards (other stories) and the closing bold link to
  // an older story go. Headline, date, share bars, tags, comments and the "Lo más popular" list are outside it.
  'jocmp-actualidad-rt-es': {
    content: '.ArticleView-summary, .ArticleView-coverWrap .Cover-caption, .ArticleView-text',
    drop: '.ReadMore-root',
    dropLines: ["El estrecho de Ormuz, la verdadera 'arma' de Irán"],
  },
  // Rosa.gr (a Greek progressive news site, WordPress): the subtitle (standfirst) and the body with its subhead; inside
  // it the "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" (read also) box, the radio widget and the ad slots go, as in Postlight's extractor for the
  // site. The photo's credit (ΑΠΕ-ΜΠΕ/EPA), author, date and reading time, share bar, the collapsed AI "Quick take"
  // summary, tags, follow links, popular, related and opinion lists and the notification prompt are outside it.
  'jocmp-rosa-gr': {
    content: '.title > .subtitle, .post-text',
    drop: '.short-read-also, .widget-article, .ad-placement',
  },
  // SPIEGEL ONLINE's 2011 article page (ISO-8859-1): the bold teaser (standfirst) and the body's paragraphs with
  // their bold subheads, all direct children of the article column; the author line goes. Date, headline, the
  // photo-gallery teaser ("Fotostrecke: 9 Bilder"), Facebook/Twitter bars, the print/send box, the forum box with
  // five reader comments, "News verfolgen", the copyright line and the teaser column are outside it.
  'snacktory-spiegel-de': { content: '#spArticleColumn > p:not(.spAuthor)' },
  // Framablog (the French free-software association Framasoft's WordPress blog): the association's italic introduction
  // and the republished report with its subheads and lists are kept; the PDF/print buttons, the original post's
  // "Griffonné le 30 novembre 2017" (scribbled on) date line, the licence badge and the diaspora* button go. Reading
  // time, share links, tags, post navigation, the author box, eight reader comments, the comment form and the
  // sidebar (archives drop-down, categories, tag cloud, licence notice) are outside it.
  'graby-framablog-fr': {
    content: '#wtr-content',
    drop: '.pdfprnt-buttons, p.licence, #diaspora-button-container',
    dropLines: ['Griffonné le 30'],
  },
  // taz.de's 2011 article page (the Berlin daily's TYPO3 site, XHTML): the standfirst under the headline and the photo's
  // caption are kept, the body with its two subheads; the kicker and headline, the "VON GEORG BLUME" byline closing the
  // standfirst, the photo credit (Foto: dapd), the empty ad slot and the "Mehr zum Thema" (related) box between
  // paragraphs go. Date, comment count, print/send icons, the "Dieser Artikel ... ist mir was wert!" (pay what you
  // want) and share bar, three reader-comment teasers, section lists, "meistgelesen", the sidebar's movement
  // platform tabs, galleries, poll and blog teasers and the sitemap footer are outside it.
  'snacktory-taz-de': {
    content: '.sect_article > .sectbody',
    drop: '.sectbody > h4, .sectbody > h1, .author, .credit, .artikelwerbung, .rack',
  },
  // Le Monde.fr's page for a 2011 AFP-based news item (captured 2018): the standfirst under the headline and the body, whose
  // bold opening paragraph is an h2 and whose two subheads are bold capitals; the photo's caption and credit are only
  // attributes (data-caption, data-copyright), not text. Headline, the "Le Monde.fr avec AFP" and date line, the fixed
  // header's share buttons, the cookie notice, the ad slots and the related, comment and sidebar boxes (empty, loaded
  // later), the subscription block and the footer's link lists are outside it.
  'graby-lemonde-fr': { content: '.description-article, #articleBody' },
  // Golem.de's 2011 desktop page (ISO-8859-1, table layout) for the story crux-golem-de has as a later mobile page: the
  // teaser (standfirst) and the body, bare text between <br>s; the screenshot gallery inside it (image titles, a 10/10
  // counter, "Zur Bildergalerie") and the closing "(ji)" editor initials go. Kicker, headline, the date line with
  // trackback/share/print links, the hidden share menu, ad slots, the two-comment forum box, trackback box, "Aktuelle
  // Artikel" teasers, the right column (video, job market and search, follow buttons, newsletter, related topics and
  // articles, top tabs, 30 "Letzte Meldungen") and the footer's link rows are outside it.
  'snacktory-golem-de': {
    content: '.teaser, .artikeltext',
    drop: '.golemGallery, a[href="/sonstiges/impressum.html"]',
  },
  // Libération's 2017 analysis (captured 2018): the cover photo's caption (its credit, Photo Markus Schreiber. AP, goes),
  // the standfirst and the body with its three numbered subheads; the authors line closing the body goes. The kicker
  // (Diplomatie), headline, bylines and date, the share rows, the "Après cet article" (next article) box, the
  // subscription blocks, the list of ten related stories, the comment drawer and the full-screen menu (section photo
  // mosaics, rubrics, subscription, events and shop links, footer links) are outside it.
  'graby-liberation-fr': {
    content: '.article-header-image .desc, .article-standfirst, .article-body',
    drop: '.authors',
  },
  // The Apache HTTP Server 2.2 manual's German page on configuration files, as Fossies (a source archive) shows it:
  // the preamble under the headline (its "Diese Übersetzung ist möglicherweise nicht mehr aktuell" out-of-date
  // note goes, as does the available-languages line) and the five sections with their subheads; the "Referenzierte
  // Module / Direktiven" tables heading each section are cross-reference boxes and go, as do the section table of
  // contents, the "top" links and the comments notice. Fossies' member header and notice, the manual's menu, path
  // and footer are outside it.
  'goose-fossies-apache-de': {
    content: '#preamble, #page-content > .section',
    drop: 'h1, .toplang, .outofdate, table.related',
  },
  // BR-KLASSIK's 2011 programme tip on br-online.de (the Bavarian public broadcaster, ISO-8859-15): the body's two
  // paragraphs and subhead and the "Besetzung" (cast) box are kept; the "Mehr zum Thema" (related) and
  // "Festspielzeit" teaser boxes inside it, the "Zur Übersicht" link, the print/RSS/send row and the bookmark bar go.
  // The headline block, the menus, the breadcrumb, the "Sendungsinfo" and related side boxes and the footer are outside it.
  'snacktory-br-online-de': {
    content: '#copy',
    drop: '.Modul.teaser, a.weiter, .abbinder, .lesezeichenBox',
  },
  // Folha de S.Paulo's mobile page for a 2017 interview (Brazilian Portuguese, windows-1252): the photo's caption (its
  // credit, Share Conference, goes), the introduction, the questions and answers and the closing "RAIO-X" (X-ray) fact
  // box on the interviewee; the "*" and "-" separator lines, the "Edição impressa" (print edition) stamp and the empty
  // comments section go. Section head, headline, byline and date, the menus, "Temas relacionados" (related topics),
  // the newsroom contact lines, ad slots and the copyright line are outside it.
  'crux-folha-pt': {
    content: 'li#view-view > article',
    drop: '.articleGraphicCredit, p.star, p.division, .article-stamp, #article-comments',
  },
  // Télé-Loisirs' programme-tv.net news page (2016, Prisma Média): the bold standfirst and the body; inside it the three
  // ">>>" lines pointing to other stories go. Breadcrumb, headline, share buttons, date and author, the video player,
  // the "Vidéos à ne pas manquer" carousel, "Les + populaires TV", the "Ça parle de" and "À lire aussi" side boxes,
  // the photo below the body (its "TV" and "À découvrir" overlay and "© Capture France 5" credit), tags, the
  // "Autour de" people list, the "Ceci peut vous interesser" wall and the footer are outside it.
  'newspaper3k-programmetv-fr': {
    content: 'p[itemprop="description"], .article-body',
    drop: 'p[class=""]',
  },
  // Xataka's 2024 explainer on Spain's best-selling cars (Webedia, updated 2025): the two-point summary under the
  // headline (an "entradilla" list of h2s) and the body with its subheads and twelve ranked lists; inside it the
  // empty ad slots, the "En Xataka" card (another story), the "Imagen | Dacia, Tesla y Mercedes" photo credit line and
  // the closing "En Xataka |" pointer to another story go. The topic bar, headline, cover photo, comment link and
  // share buttons, date and author box, tags, the closed-comments notice, the "Temas de interés" and "HOY SE HABLA
  // DE" link rows, the footer and the network, section and latest-articles menus are outside it.
  'graby-xataka-es': {
    content: '.post-entradilla, .article-content .blob',
    drop: '.ad, .desvio-container',
    dropLines: ['Imagen | ', 'En Xataka | '],
  },
  // NextWarez's 2016 review of the Mega file host (a French blog on file sharing, WordPress): the body with its subheads
  // and centred conclusion, and the review box closing it (the 6.4/10 "PAS ADAPTÉ" verdict, its summary and the five
  // rated criteria) are kept; the box's "Note utilisateur" (readers' rating) line and the tag cloud go. The trending
  // ticker, the mega menus of recent posts, breadcrumb, cover image, headline, comment count, author and date line,
  // share links, the author box, "Articles en relation", two reader comments, the comment form, the sidebar (follower
  // counts, recent-post tabs, recent comments, an ad, the tag cloud) and the footer widgets are outside it.
  'postlight-nextwarez-fr': { content: '.post-content', drop: '.user-ratings, .tagcloud' },
  // World pages (world.zip). The Apache HTTP Server 2.2 manual's Russian page on starting Apache (KOI8-R), as Fossies
  // shows it, like goose-fossies-apache-de: the preamble under the headline (its "Этот перевод может быть устаревшим"
  // out-of-date note goes, as does the available-languages line) and the four sections with their subheads and the
  // command example; the section table of contents and "См. также" (see also) box, the "top" links and the comments
  // notice go. Fossies' member header and notice, the manual's menu, path and footer are outside it.
  'goose-fossies-apache-ru': {
    content: '#preamble, #page-content > .section',
    drop: 'h1, .toplang, .outofdate',
  },
  // PanARMENIAN.Net's 2018 news item (Armenian, table layout): the body, whose first paragraph opens with the agency's
  // bold "PanARMENIAN.Net -" dateline (kept) and whose closing italic paragraph gives the law's background; the photo
  // has no caption, and the date line above the body goes. The share bars, headline, the "Հղումներ թեմայով" (links on
  // the topic) box, the "Ուշագրավ" (noteworthy) scroller, the articles and most-read boxes, the sidebar's section
  // links and latest news, the header's currency and weather informer, menus and the footer are outside it.
  'goose3-panarmenian-hy': { content: '#article_block', drop: '.article_date' },
  // Chinese pages (zh.zip). The Central News Agency (中央社, Taiwan): a story past its free period shows only its first
  // paragraph; the photo's caption is kept with the credit that shares its text (消防局提供: courtesy of the fire
  // department; the reporter's fax line), and the red "您所瀏覽的新聞已過查詢時效" (this story is past its query
  // period, join as a paying member) notice goes. Headline, update time, share buttons, ad slots and the mega menu of
  // section headlines are outside it.
  'twnews-cna-1': {
    content: '.centralContent .picinfo, .centralContent > .paragraph:not(.BtnShareGroup):not(.articleADbox)',
    drop: 'div[style]',
  },
  // Liberty Times Net (自由時報): the photo's caption (with its 圖翻攝自google map, image taken from Google Maps, in the
  // same text) and the body, whose 〔即時新聞／綜合報導〕 (breaking news, combined reports) dateline opens the first
  // paragraph; the time stamp and the empty small-picture list and ad slots inside it go. The hidden 限制級 (adults
  // only) age gate, the 相關新聞 (related) and 今日熱門 (popular) lists, the app promotion, the sidebar and the idle
  // pop-up are outside it.
  'twnews-ltn-1': { content: '.text[itemprop="articleBody"]', drop: '.viewtime, .pic300, #oneadIRTag, #ad-inread' },
  // China Times (中時電子報): the photo's caption and the one-paragraph brief; the site's suicide-prevention notice
  // closing it (★中時電子報關心您: China Times cares about you, and three hotlines) and the "(中時 )" source line go.
  // Date, reporter, share buttons, previous/next links, 推薦閱讀 (recommended reading), the comment rules and the
  // sidebar are outside it.
  'twnews-chinatimes-1': {
    content: '#bigpicbox .pictext, article.arttext > p',
    dropLines: ['★中時電子報關心您', '自殺諮詢專線', '生命線：', '張老師專線', '(中時'],
  },
  // A Tianya forum thread (天涯论坛) whose original poster (楼主) tells her story across floors: the article is the
  // thread's own text as the site's 只看楼主 (original poster only) view shows it, the opening post and the poster's 40
  // later floors. Other members' reply floors (encouragement, quotes of her floors), every floor's inline 评论 (comments,
  // hers included), the floor footers (来自 client line, 举报 report, 打赏 tip, 回复 reply), the 楼主发言 (poster's post
  // count) line, the page links, 热帖榜 (hot threads) and the reply form are outside it.
  'pulsar-tianya-1': { content: '.atl-item[_host="cdylng"] .bbs-content' },
  // Shanxi News Net (山西新闻网) reprinting China News Service: the body, whose 中新网北京3月31日电 (China News, Beijing)
  // dateline opens the first paragraph, with its four one-line subheads and the closing (完) (end) mark. The 责任编辑
  // (editor) and 源标题 (original title) lines, the app promotion, the previous/next links, 推荐阅读 (recommended) pictures,
  // the sidebar and the 网站声明 (site statement) are outside it.
  'pulsar-sxrb-1': { content: '.art_txt' },
  // SET News (三立新聞網): the body paragraphs with the photo caption (▲▼ marks a caption for the photos above and below it;
  // 圖／翻攝畫面, picture: screen capture). The 社會中心／綜合報導 (society desk, combined report) desk line opening the
  // body goes; the keyword tags, follow buttons, 延伸閱讀 (further reading), video and related lists are outside it.
  'twnews-setn-1': { content: '#Content1', dropLines: ['社會中心／綜合報導'] },
  // Apple Daily Taiwan (台灣蘋果日報): the lead photo's caption (王煌忠攝, photographed by the reporter) and the body's
  // br-separated paragraphs, the last ending in the （王煌忠／台中報導） (reporter / Taichung report) credit. The 《蘋果》關心你
  // (Apple cares about you) suicide-prevention notice with its hotlines ends it; the app promotion, the op-ed call
  // (有話要說 投稿「即時論壇」, have your say in the forum), the comments box and the more-news list are outside it.
  'twnews-appledaily-1': { content: '.ndAritcle_headPic figcaption, .ndArticle_margin > p', endAt: '《蘋果》關心你' },
  // China News Service (中新网) theory column: the body, the column's 编者按 (editor's note) and the essay's 内容摘要
  // (summary) paragraphs included, as they open it in the reader's view. The in-body ad table, the (作者：…) (author)
  // line and the 【编辑:…】 (editor) line go; the hidden BaiduSpider source/author/editor block, the channel link, the
  // selected-news list, the comment widget and the sidebars are outside it.
  'gerapy-chinanews-1': { content: '.left_zw', drop: '.adInContent, .adEditor', dropLines: ['(作者：'] },
  // ETtoday (ETtoday新聞雲): the photo caption (▲…, （圖／記者林悅翻攝）: picture by the reporter) and the body paragraphs.
  // The 記者林悅／南市報導 (reporter / Tainan report) byline goes, and the ●《ETNEWS新聞雲》提醒您 (ETNEWS reminds you)
  // suicide-prevention notice with its hotlines ends it; the ticker, keyword tags, share bar, copyright note and the
  // lists, comments and tag cloud are outside it.
  'twnews-ettoday-1': { content: '.story', dropLines: ['記者林悅／南市報導'], endAt: '●《ETNEWS新聞雲》提醒您' },
  // Spektrum der Wissenschaft's 2022 feature on parasitic plants (a translated Quanta Magazine article): the standfirst,
  // the cover photo's caption and the body with its two subheads, the "Mysteriöse Schmarotzer" key-points box (its
  // "Auf einen Blick" label goes) and three photo and graphic captions; the captions' credits (© Maizal /
  // stock.adobe.com, …), the "Dieser Artikel ist enthalten in" issue box, the two "Das könnte Sie auch interessieren"
  // promotion boxes and the empty ad slots inside it go. Breadcrumb and headline, the date, "Lesedauer ca. 10
  // Minuten" (reading time), print and share column, the author line, the Quanta copyright note, share bar, author
  // box, kiosk bar, "Schreiben Sie uns!" box, "Quellen" (sources), related articles, topic channels and the footer are
  // outside it.
  'postlight-spektrum-de': {
    content:
      '.content__intro, .image__article__top .image-text, .row.align-center:not(.hide-for-print) > div.medium-8:not(.copyright)',
    drop: 'aside:not(.content__glance), .image-copyright, .content__glance__header, #content__additions',
  },
  // FAZ.NET's 2011 interview with Stewart Brand (a topic-page layout for the nuclear debate): the standfirst, the
  // questions (subheads) and answers, the bold opening question, three photo captions and the closing info box on the
  // interviewee; the "Das Gespräch führte" (interviewer) and "Text: F.A.Z. / Bildmaterial" credit lines go. The
  // kicker and headline, the date line, the article-services menu, the "Zum Thema" link box between the questions,
  // the reader-comment teasers, print/send/save links, share and bookmark rows, the copyright line, the publisher's
  // promotion, the right column (ticker, Dax box, pictures of the day, reader comments, weather, services) and the
  // footer are outside it.
  'snacktory-faz-de': {
    content: '.Article > h4, .Article > p:not(.Italic):not(.ArticleSrc), .Article > h3, .Article > .HLKasten',
  },
  // BILD.de's 2015 story (Axel Springer's tabloid): the cover photo's caption and the body with its bold lead-ins and
  // three photo captions; inside it the "Foto: Privat" credits, the "Vergrößern" (enlarge) labels, the embedded
  // Facebook post ("Posted by Jaxon Strong on …"), the "Auch dieses Baby kämpfte um sein Leben" teaser and the closing
  // "PS: Sind Sie bei Facebook? Werden Sie Fan von BILD.de-News!" line go. The menus, breadcrumb and capture time,
  // headline, share bars, date line, topic-follow box, sidebar teaser rows, footer and noscript notice are outside it.
  'smallrivers-bild-de': {
    content: '.ielhead figcaption, .txt',
    drop: '.credit, .loupe, .misc, .infoEl',
    dropLines: ['PS: Sind Sie bei Facebook?'],
  },
  // Le Monde's 2019 economy article (from its "La lettre éco" newsletter): the standfirst and the body with its three
  // subheads and a quoted paragraph; inside it the two "Lire aussi" (read also) inserts, the "Pour ne rien manquer de
  // l'actualité économique" newsletter promotion, the author box ("Cécile Ducourtieux (Bruxelles, bureau européen)")
  // and the comments link go. The navigation's teaser cards, breadcrumb, headline, author, date and reading-time
  // lines, share links, the sidebar (most read, today's edition, promo codes, car ads), the services area, the
  // footer and the cookie banner are outside it.
  'postlight-lemonde-fr': {
    content: '.article__desc, .article__content',
    drop: '.catcher, .author, .article__comments',
  },
  // AntyWeb's 2016 post on a planned Enigma museum in Poznań (a Polish technology blog, WordPress): the body, with the
  // two quoted press extracts (each closing with its "[źródło]" source link) kept as the article's own quotes; its
  // two YouTube embeds and two images carry no text. The login bar, menus, breadcrumb, headline, comment count,
  // category, author drop-down (bio and posts), date, share buttons, sidebar, tags, previous/next links, sixteen
  // reader comments, the author-avatar footer, the login popup and the previous-post box are outside it.
  'newspaper3k-antyweb-pl': { content: '.news-content' },
  // EY Norway's 2015 seminar invitation (a company's e-mail newsletter in its web view, Norwegian): the invitation with its
  // speakers, the details table (audience, price, time, place) and the closing note on continuing-education credit;
  // the "Klikk her for mer informasjon og påmelding" (registration) link, the "Vi minner også om seminaret" pointer to
  // another seminar and the "Ved spørsmål, vennligst kontakt" (contact) line go. The open-in-browser line, banner,
  // "Connect with us" box, "EY i Norge" and newsletter notes, social icons and subscription links are outside it.
  'goose-ey-no': {
    content: '#txt_02',
    dropLines: ['Klikk her for mer informasjon', 'Vi minner også om seminaret', 'Ved spørsmål, vennligst kontakt'],
  },
  // Le Monde's 2015 AFP-based story on the Radio France strike (a 2022 capture): the standfirst and the body with its
  // photo caption and two subheads; inside it the photo credit ("AP/FRANÇOIS MORI"), the three read-also inserts
  // ("Lire l'entretien :", "Lire nos explications :", "Voir aussi :"), the author box ("Le Monde.fr avec AFP") and the
  // comments paywall notice with its share links go. The navigation's teaser cards, breadcrumb, headline, author,
  // date and reading-time lines, the sidebar, the services area, the one-device notice, the subscription banner and
  // the footer are outside it.
  'graby-lemonde-radiofrance-fr': {
    content: '.article__desc, .article__content',
    drop: '.article__credit, .catcher, .author, .article__reactions',
  },
  // A software company's press release on the trendkraft.de portal (windream GmbH, 2015): the lead and the release,
  // one br-separated paragraph with its dateline ("Bochum, 11. März 2015. –"), subhead lines and the issuer's two
  // "Über …" (about the company, about the product) paragraphs; it ends before "Ihre Redaktionskontakte:" (the press
  // and agency contact blocks). The headline, the agency's author line and date, the QR-code, PDF and share boxes,
  // the disclaimer link, tags, statistics line, comments box, sidebar and footer are outside it.
  'smallrivers-trendkraft-de': { content: '[itemprop=articleBody]', endAt: 'Ihre Redaktionskontakte:' },
  // Notebookcheck.com's 2014 news story (German tech news on TYPO3): the abstract (standfirst), the five body
  // paragraphs and the closing photo's caption. The teaser image's caption, which only repeats the headline, the
  // previous/next story links, author and date line, tags, the "Quelle(n)" (sources) box, the "Verwandte Artikel"
  // (related) list, the comments form, share buttons, the breadcrumb and author line below, the sidebar and the footer
  // are outside it.
  'smallrivers-notebookcheck-de': { content: '.news-abstract, #c1503075, #c1503074' },
  // Mittelstand-Nachrichten's 2016 business news (a German WordPress site): the bold standfirst and the body with
  // its bold subheads and three bulleted lists; the closing "Quelle: Spiceworks" (source credit) line goes. The
  // headline, date and category line, share buttons, tags, the "Veröffentlicht von:" author box, the news ticker,
  // sidebar, footer, pop-ups and cookie notice are outside it.
  'smallrivers-mittelstand-de': { content: 'article .post_content', dropLines: ['Quelle: Spiceworks'] },
  // IT-BUSINESS's 2016 guest article (German IT trade news, Vogel Business Media): the top photo's caption, the
  // "vortext" (standfirst), the body with its subhead and the inline portrait's caption; the two picture credits
  // ("(Bild: gemeinfrei / CC0)", "(Bild: Rackspace)"), the ad slot, the folded "Ergänzendes zum Thema" box (the
  // author's bio and Rackspace's company boilerplate) and the "Der Beitrag erscheint zuerst auf …" (first published
  // on) note go. The kicker, headline, author/editor and date line, share and PDF/print options, the comments form,
  // the teaser walls, copyright notice and footer are outside it.
  'smallrivers-itbusiness-de': {
    content: '#topmessageimagetitle, .arkansas',
    drop: '.picsource, .banner, .row2blank',
    dropLines: ['Der Beitrag erscheint zuerst auf'],
  },
  // Drimble's 2016 news-aggregator page (Dutch): the one-paragraph summary of a Broadcast Magazine item (it breaks
  // off with "Naar verwachting..."). The headline, the "Bron:" (source) and date line, the "Lees verder bij bron"
  // (read on at the source) link, topic links, previous/next items, the related and recent lists, menus and footer
  // are outside it.
  'smallrivers-drimble-nl': { content: '.dlink h2' },
  // Government, company, forum and blog pages (orgs.zip).
  // Apple's 2015 press release (Apple Press Info): the release, bare text between <br>s, from its dateline through the
  // forward-looking statements and the about-Apple paragraph; it ends before "Press Contact:" (press and
  // investor-relations contacts). The headline, the trademark line and the Media Helpline box go; the global
  // navigation, the Press Info header links, the breadcrumb and the footer are outside it.
  'smallrivers-apple-pr-en': { content: '#content', drop: 'h1, .sosumi, .contact', endAt: 'Press Contact' },
  // Apple's 2015 product announcement in the same template's two-column layout: the release with its bold subhead
  // lines, the three footnotes ("*Accuracy depends …") and the about-Apple paragraph; it ends before "Press Contacts:".
  // The headline and the trademark line go; the "Download Apple Watch images" sidebar, the Media Helpline box, the
  // hidden Image Use Agreement overlay, the navigation, breadcrumb and footer are outside it.
  'smallrivers-apple-watch-en': { content: '.column.first', drop: 'h1, .sosumi', endAt: 'Press Contacts' },
  // I-4's home page (KPMG's information-security forum, 2013): the three "Upcoming events" boxes with their titles,
  // dates and notes. The menu, the member login form, the splash image, the privacy link, the last-updated line and
  // KPMG's copyright notice are outside it.
  'snacktory-i4online-en': { content: '#homeboxes' },
  // Dalton Caldwell's open letter on his Svbtle blog (2012): the letter from "Mark," to its signature. The post
  // title and the Kudos button go; the blog-name sidebar, the date and the back-to-blog link are outside it.
  'snacktory-daltoncaldwell-en': { content: 'article.post', drop: 'h2, aside' },
  // A guest post on The Vacation Gals travel blog (WordPress, 2010): the italic editors' note introducing it and the post
  // with its bold "Reason #…" lead-ins; the tweet button, the guest author's closing italic bio ("SanFranciscoGal Sarah
  // Gemmel is …") and the LinkWithin related-posts hook go. The banner, title, menu, previous/next links, headline and
  // author line, the categories line, three reader comments, the comment form, the sidebar and the footer are outside it.
  'snacktory-vacationgals-en': {
    content: '.entry-content',
    drop: '.twitter_button, .linkwithin_hook',
    dropLines: ['SanFranciscoGal Sarah Gemmel is'],
  },
  // An internet-marketing WordPress blog's post (2010): the post's paragraphs, the author's own plug for an SEO firm
  // included; the Facebook and TweetMeme buttons, the closing sponsored line ("Read important knowledge about bingo
  // clubs …"), the e-mail opt-in box, the BlogBabel/Technorati tag lines, the share button and the tags and
  // posted-on footer go. The header and menu, the date badge, the reader comment and comment form, previous/next
  // links, the sidebar (opt-in, affiliate links, categories) and the footer are outside it.
  'snacktory-ninjatraderblog-en': {
    content: '#post-8909 .postInnerPadding',
    drop:
      'h2, .fblike, .tweetmeme_button, iframe, .listbuilder-end-of-post-optin, .blogbabel-tags, .technorati-tags, ' +
      '.addtoany_share_save_container, .postFooter',
    dropLines: ['Read important knowledge about'],
  },
  // A Swiss garden-care firm's "Über uns" (about us) page (WordPress): the two paragraphs, the centred quotation with
  // its author ("Alfred Selacher") and the table of the two owners' names and qualifications; the page title goes.
  // The logo, menu and copyright footer are outside it.
  'inscriptis-naturgruen-ch': { content: '.entry', drop: 'h2' },
  // A question on Answerbag, a community Q&A site (2011), read as a forum thread: the question itself is the page's
  // headline (its h1), so the text is the three answers, each in full (the first with its two paragraphs); the
  // answerers' names, dates and avatars, the like/report tools and the "No comments. Post one | Permalink" lines go.
  // The question box (asker, tools, share links), the "Answers. 3 helpful answers below." heading and sort form, the
  // ad slots, the answer form, the "More Questions" list, the sidebar's related lists and the footer are outside it.
  'snacktory-answerbag-en': { content: '.answerText' },
  // A UX Movement post (a one-author design blog on WordPress, 2021) that teases a paid newsletter: the paragraphs and
  // the "Equal Color Contrast Ratios" subhead; the closing "Access Full Article" subhead, subscription pitch and
  // button, the Substack embed and the "Toolkits" and "Affiliates" widgets inside the body go. The menus, the category
  // badge, headline and meta line, the author box with recent posts, related posts, the comment form, the footer and
  // the share bar are outside it.
  'graby-uxmovement-en': { content: '.st-post-content', endAt: 'Access Full Article' },
  // Mattias Geniar's cron.weekly newsletter issue on his personal Hugo site (2020): the greeting and the three sections
  // ("News & general", "Tools & Projects", "Guides & Tutorials") with each linked item's heading and comment, the
  // quotation included; the two sponsored items (Datadog, Hund), headings and text, go. The menu, the header with its
  // title and subscription pitch, the author and date line, the table of contents, the share links, the newsletter
  // sign-up box and the about-me footer are outside it.
  'postlight-mattias-en': {
    content: '.cronweekly-content',
    drop:
      'h2[id^="simplify-complexity"], h2[id^="simplify-complexity"] + p, h2[id^="hund-versatile"], ' +
      'h2[id^="hund-versatile"] + p',
  },
  // More pages (more.zip).
  // A post on a personal science blog on Naver Blog (Korean, 2023): the two figures' English credit and legend
  // paragraphs, the five Korean paragraphs, the pointer to the author's earlier post ("이전 포스트: …") the text leans
  // on and the 참고 (references) block with its source link and citation; the closing hashtag line and the empty
  // paragraphs of U+200B go. The title block (category, title, author, date, tools), tag list, like and share
  // buttons, the author box and the hidden lists are outside it.
  'postlight-naver-ko': { content: '.se-main-container', dropLines: ['\u200B', '#우유'] },
  // A phpspot開発日誌 post (a one-author Japanese web-development link blog, 2019): a three-line note between <br>s, the
  // demo link's name, the post's one-line description and the line introducing the screenshot; the closing
  // "関連エントリ" (related entries) line and list go. The headline and date, the previous-post link, the sponsored boxes,
  // the posted-by line, the error-report link, the right bar, the latest-posts list and the footer are outside it.
  'postlight-phpspot-ja': { content: '.entrybody', drop: 'ul', dropLines: ['関連エントリ'] },
  // IIJ's engineers' blog (てくろぐ, 2019) publishing its customer meeting's slides: the two introductory paragraphs,
  // the "レポートblog・記事" (report posts) list with each post's title and blog, the "発表資料" (materials) links, the
  // four talk subheads and the next-meeting note; each SlideShare embed's title-and-credit line ("… from techlog
  // (Internet Initiative Japan Inc.)") goes. The headline, date and author line, share buttons, the categories line,
  // the comments-closed note, previous/next links, the sidebar and footer are outside it.
  'postlight-iij-techlog-ja': { content: '.entry-content', drop: 'div[style]' },
  // Mozilla Japan's Web Standardization Project tip on declaring the character encoding (EUC-JP): the overview, the
  // three sections with their subheads, the definition lists, the preformatted example and the inserted supplement;
  // the page title and the 関連リンク (related links) list go. The logo, menus and the footer with the author's dated
  // lines are outside it.
  'goose-mozilla-gr-jp-ja': { content: '.content > .section', drop: 'h2, #LinkList, #LinkList + ol' },
  // HTMLタグボード's tag-dictionary entry on the encoding meta tag (Shift_JIS): the tag, the two paragraphs, the list of
  // encodings, the four "…の場合" (for …) lines with the tag in each copy box's textarea, the 記述例 (example) and the
  // one-point advice; it ends before the 参考 (see also) list and the how-to-copy FAQ box. The section title, the
  // left menu of tag categories, the entry's title line, the copy boxes' "タグをコピーする" images and the back-to-list
  // and back-to-top links go; the logo, image menu, breadcrumb, right column and footer are outside it.
  'goose-dspt-ja': {
    content: '#main_left',
    drop: '#banner, .sub_mm, .sub_m2, .sub_m, #title, .tag_img, .bap, .bpt',
    endAt: '参考',
  },
  // The Apache HTTP Server 2.2 manual's Korean page of virtual-host examples (EUC-KR), as Fossies shows it, like
  // goose-fossies-apache-de: the preamble under the headline (its "이 문서는 최신판 번역이 아닙니다" out-of-date note
  // goes, as does the available-languages line) and the ten sections with their notes and configuration examples;
  // the section table of contents, the "top" links and the comments notice go. Fossies' member header and notice, the
  // manual's menu, path and footer are outside it.
  'goose-fossies-apache-ko': {
    content: '#preamble, #page-content > .section',
    drop: 'h1, .toplang, .outofdate',
  },
  // The German Wikipedia article on Henne Strand (2012): the three paragraphs and the "Bilder" (pictures) subhead with
  // the gallery's three captions. The infobox (a data table beside the text, with its photo caption), the hidden
  // maintenance links (display:none spans), the "[Bearbeiten]" (edit) links and the "Weblinks" (external links)
  // section go; the headline, tagline, print footer, categories, menus, sidebar and footer are outside it.
  'snacktory-wikipedia-henne-de': {
    content: '#mw-content-text',
    drop: 'span[style="display:none"], .infobox, .editsection, h2:has(#Weblinks), h2:has(#Weblinks) + ul',
  },
  // A Fact Tank post of the Pew Research Center (2014): the six paragraphs, the first of which follows the chart (no
  // caption). The "Topics:" line and the closing share bar go; the date, headline and byline, the top share bar, the
  // author's bio, the newsletter form, the comment form, the sidebar and the footer are outside it.
  'newspaper4k-pewresearch-en': { content: '#content .text', drop: '.terms, .addthis_toolbox' },
  // Non-news sites (sites.zip).
  // A Stack Overflow question (2010, captured 2016) read as a forum thread: the posts' text, the question's body (its
  // title is the page's headline) and the six answers in full, lists and quoted lines included. The 11 comments under
  // the posts go, as Tianya's inline comments do; the vote cells, tags, share/edit links, user cards, the
  // Documentation announcement, ad slots, the answer form, the sidebar (stats, linked, related and hot network
  // questions) and the footer are outside it.
  'sites-stackoverflow-wicket': { content: '.post-text' },
  // A Human Rights Campaign blog post (a US LGBT advocacy non-profit, 2015): the six paragraphs, the joint statement
  // with its 'Sincerely,' and the signatories, one a line, and the 'Post Release Additions'; the closing 'FULL UPDATED
  // LIST HERE' link to another page goes. The masthead (headline, author, date, share widget), the 'Filed under'
  // line, the comments button, the sidebar, the call-out boxes, the three newsletter forms, the mega menus, the
  // footer, the overlays and the donate bar are outside it.
  'sites-hrc-techleaders': { content: '.blog__content.wysiwyg', dropLines: ['FULL UPDATED LIST HERE'] },
  // A GE Digital company blog post (2015): the italic introduction, the paragraphs with the three talk titles (quoted
  // one-line paragraphs) and the eight-item list. The three pull quotes after the body (blockquotes repeating its
  // sentences) and the closing '> Read about Harel Kodesh's thoughts on the Summit' pointer to another post go; the
  // header (headline, author, share widget), the 'About the author' box, the menus, breadcrumb and footers are
  // outside it.
  'sites-ge-devops': { content: '.article-content', drop: 'blockquote', dropLines: ['> Read about'] },
  // An Internet Archive item page (a Gigaom podcast episode, 2016): the item's description, four paragraphs between
  // <br>s. The title, 'by Gigaom', 'Published' and 'Topics' lines and the 'Source' address (the record's metadata),
  // the player and its share/embed modal, the empty reviews section, the download, collection and uploader boxes,
  // the ten 'Similar items' tiles, the top-hat menus and the navigation bar are outside it.
  'sites-archive-org-item': { content: '#descript' },
  // A Fact Tank post of the Pew Research Center (2014), as newspaper4k-pewresearch-en: the thirteen paragraphs, the
  // first beside the chart (no caption), the last a bold 'Correction:' note. The 'Topics:' line and the share bar go;
  // the date, headline and byline, the authors' bios, the newsletter form, the comment form and 24 reader comments,
  // the sidebar and the footer are outside it.
  'sites-pewresearch-mexico': { content: '#content .text', drop: '.terms, .addthis_toolbox' },
  // European and world news pages (intl.zip).
  // SIC Notícias' 2020 video news item (Portuguese): the body's three paragraphs, the bold first one included; the
  // closing bold "ESPECIAL NOVO CORONAVÍRUS" link to the topic page goes. The standfirst under the video repeats the
  // second paragraph word for word and is left out with the headline, date and author line. The share bars, the
  // "Especial Coronavírus" teaser box, the "Relacionados" (related) list, the "Na Homepage" wall of teaser cards,
  // the side navigation and the footer are outside it.
  'intl-sicnoticias-pt': { content: '.full-article .article-content', drop: 'p:last-child' },
  // Deutsche Welle's 2026 match report (English): the standfirst, the cover photo's caption and the body with the
  // second photo's caption; the captions' "Image: …" credits, the "Edited by:" line and the closing "More to
  // follow..." note go. The kicker, headline, author and date lines, share icons, the author box and feedback form,
  // the two "More on Sports" teaser walls, related topics, menus and footer are outside it.
  'intl-dw-en': {
    content: '.content-area header .teaser-text, .content-area > figure figcaption, .content-area .rich-text',
    drop: 'small.copyright',
    dropLines: ['Edited by:', 'More to follow...'],
  },
  // 20 Minutes' 2017 football news (French): the standfirst ("Le club breton recherche…"; its "FOOTBALL" label
  // goes), the cover photo's caption (its "R. van Lonkhuijsen / AFP" credit goes), the two-point summary box and
  // the body with its subhead; the embedded tweet and the ">> A lire aussi" (read also) line go. The breadcrumb,
  // headline, author and date lines, share bars, tags, the "À lire aussi" sidebar, ad slots, comments and footer
  // are outside it.
  'intl-20minutes-fr': {
    content:
      '.nodeheader .hat-summary, .lt-endor-body > figure figcaption, .lt-endor-body > .summary, ' +
      '.lt-endor-body > p, .lt-endor-body > h2',
    drop: 'em.credit',
    dropLines: ['>> A lire aussi'],
  },
  // VnExpress Giải Trí's 2014 photo story (Vietnamese): the standfirst and the seven photos' captions, which carry the
  // story; the closing right-aligned credit line ("Tâm Giao", "Ảnh: Cao Trung Hiếu": text and photos by) goes. The
  // date line, share icons, headline, the related-story link under the standfirst, the most-read column, comment
  // form, tags, the "Tin khác" (other news) box, the right column's section boxes and the footer are outside it.
  'intl-vnexpress-vi': { content: '.short_intro, .fck_detail', drop: 'p[style*="text-align:right"]' },
  // La Presse's 2017 hockey blog post (French, Mathias Brunet's blog): the five paragraphs under the photo. The date
  // line with its comment count, the headline, the share buttons, the "Vous désirez commenter" and category lines,
  // the 85 readers' comments that follow, the blog's header with its "10 derniers" (latest) posts and comments, the
  // right column (blogroll, categories, other blogs, calendar, archives) and the "Blogues à découvrir" slider are
  // outside it.
  'intl-lapresse-fr': { content: '#entryBlogue' },
  // BBC News' 2015 health story (English): the bold opening paragraph, the body and its two crossheads,
  // including the boxed explainer on how the pills are made; the photos' "Image copyright SPL" labels, the explainer's
  // "Source: British Homeopathic Association" credit, the "What do you think…? Join our Facebook Q&A" call-out and the
  // closing "Follow James on Twitter." line go, as does the empty ad slot. The headline, byline, date and section
  // line, the comments button, share bar, "More on this story", "Related Internet links", the "Top Stories" and
  // "Features" columns, the section menus and the footer are outside it.
  'intl-bbc-en': {
    content: '.story-body__inner',
    drop: '.image-and-copyright-container, .bbccom_slot',
    dropLines: [
      'Source: British Homeopathic Association',
      'What do you think about homeopathic',
      'Follow James on Twitter',
    ],
  },
  // German-language pages from Germany, Austria and Switzerland (dach.zip).
  // heise online's 2019 newsticker hands-on (the Fairphone 3): the standfirst and the body with its subhead and the
  // picture gallery's caption; the inline ads, the gallery's heading link and hidden counter, the "[Update]" marker
  // line, the author's initials ("(jow)") and the comment button and home link closing the body go. The breadcrumbs,
  // headline, read time, action links, the lead picture's credit, the date and author lines, the sidebar, "Mehr zum
  // Thema", share links, the subscription box, the "Top-News" teaser wall, menus and footer are outside it.
  'dach-heise-news-de': {
    content: '.a-article-header .a-article-header__lead, .article-layout__content.article-content',
    drop: 'a-ad, a-paternoster, a-bilderstrecke h2, a-bilderstrecke .image-num, .ISI_IGNORE, footer',
    dropLines: ['[Update]'],
  },
  // heise Developer's 2019 know-how article (page 1 of 4): the standfirst and the body with its subheads, the prose
  // between the listings ("Statisch (XML):") and the listings; the table of contents of the four pages, the ad slot
  // and the series box linking part 1 inside the body go. The headline, byline and date line with its comment
  // count, the pagination, the Outbrain slot, forum and topic links, the advertised microsite list, share links,
  // menus and footer are outside it.
  'dach-heise-developer-de': {
    content: '.article-header .article-content__lead, .article-content.pre-akwa-article__content',
    drop: 'nav.pre-akwa-toc, a-ad, .rte__textbox',
  },
  // A c't magazine article (2019) in heise's magazine reader: the standfirst, the body with its subheads and the
  // three figure captions, and the boxed commentary ("Teufelszeug") the body points to, with its heading; the
  // video box, the "Zum Kasten" (to the box) link, the author's e-mail credit closing the body and the box's own
  // author line go. The issue and section line, headline, subtitle and author line, the comment link, letter and
  // PDF links, the top bar, footer and toolbar are outside it.
  'dach-heise-ct-de': {
    content:
      '.article__header-text .article__description, article.article > p, article.article > h3, ' +
      'article.article > figure figcaption, article.article > aside.kasten',
    drop: '.kasten__link, span.a, .kommentara',
  },
  // Hardwareluxx's 2013 keyboard review, page 1 of 9: the bold standfirst and the four paragraphs; the page's own
  // "Seite 1: …" heading (the headline again), the "» Fotostrecke" (photo gallery) link and the previous/next page
  // bar go. The date and author line, the hidden page menu, the page overview, rating, tags, sources box, the five
  // readers' comments, the related widget, the sidebar and menus are outside it.
  'dach-hardwareluxx-de': { content: '#news > header + div', drop: 'h2, #content_photo, .pagenavbar' },
  // AVANTEC's team page (a Swiss IT-security firm): the welcome paragraph, the two subheads and the table of names
  // and roles under the portraits; the h1 is the headline. Breadcrumbs, the mega menu, the side navigation of the
  // company pages and the footer's link lists, address and locations are outside it.
  'dach-avantec-ch': { content: '.content_container', drop: 'h1' },
  // The Bonner Ruder-Verein's home page (a rowing club): the welcome text, its heading ("Rudern in unserem Verein
  // bedeutet…") running on into the first paragraph. The club name in the header, the menu, the slider, the
  // "Aktuelles" (news) teaser and the coming-events list beside it, the quotation, the gallery and the footer's
  // map, contact, bank and water-level widgets are outside it.
  'dach-bonnerruderverein-de': { content: '#text-2' },
  // Southern and eastern European pages (south.zip).
  // Zdroják's 2013 article on automatic security (Czech web-development magazine), as breadability's test shortened
  // it: the opening paragraph, the list of three levels, the "XSS" subhead, the paragraph, the PHP listing and the
  // closing line; the Facebook, Twitter, Google+ and Kindle share widgets closing the body go. The headline, the
  // reader-comment rows, the comment buttons, the previous/next links, the print-only source line, the sidebar's
  // section, latest, related-article and latest-comment lists and the follow footer are outside it.
  'south-zdrojak-cs': { content: 'article .entry-content', drop: '.social-buttons' },
  // Southern and eastern European pages, second set (mediterranean.zip).
  // Polski Samorząd (Super Express's local-government portal): the Wrocław airport's record January; the bold
  // standfirst, the two subheads, the paragraphs, the airport head's quoted statement and its attribution line. The
  // Facebook embed in the body holds no text. The headline, category button, author and date line, the lead photo's
  // caption, author and rights lines, the 'Źródło' (source) line, authors box, counts, tags, share and vote buttons
  // and the sidebar and card walls are outside it.
  'med-polskisamorzad-pl': { content: '.article-single .text-lead, #article-content' },
  // Il Fatto Quotidiano (FQ Sport): Bayern Munich's title with 109 goals in 30 games and the treble in view; the
  // standfirst (the excerpt under the headline) and the five paragraphs. The headline, category, date and update
  // line, byline, lead photo, comments link, share and tag bars, the 'Segui FQ su' (follow) banner, the blog and
  // sport card carousels, the sidebar (Millennium card, Adnkronos news feed, subscription and weather banners), the
  // comment policy and the footer, cookie wall and paywall overlays are outside it.
  'med-ilfattoquotidiano-it': { content: '.ifq-post__excerpt, .ifq-post__content' },
  // Discussion threads (forum.zip).
  // A Hacker News 'Ask HN' thread (2023): the question's own text and the posts, each post's text with its
  // paragraphs and the links it quotes. The title line (the headline) with its points, author and age, each post's
  // user, age and parent/prev/next links, the vote arrows, the collapse toggles, the reply links, the top bar and
  // the footer links are outside it.
  'forum-hackernews-en': { content: '.fatitem .toptext, .comment-tree .commtext' },
  // Reading-app test pages (omnivore.zip).
  // Neil Cybart's Above Avalon (Squarespace) weekly article 'Apple Watch Momentum Is Building', September 30, 2020.
  // The text keeps the intro, the bold paragraph subheadings, the quoted 2017 excerpt, the exhibit label, the numbered
  // list and the author's parenthetical notes pointing to member material, which read as part of the body. The image
  // 'View fullsize' lightbox buttons go, and the text ends before the closing italic promos (podcast episode link,
  // membership pitch, daily-update link). Outside the body are the title and date header, share button, prev/next
  // pagination and the sidebar (byline, Daily Updates and Reports lists, Twitter links).
  'omnivore-aboveavalon': {
    content: 'article .entry-content',
    drop: '.sqs-block-image-button',
    endAt: 'Listen to the corresponding Above Avalon podcast',
  },
  // A short post from February 2023 on the Chinese resource-sharing blog ahhhhfs (WordPress, RiPro theme) pointing to
  // CCTV live-stream sources packaged as an iOS shortcut. The text keeps the body's subheadings, its two short
  // paragraphs and the author's numbered list of other M3U live-source posts, which sits under its own subheading in
  // the body and is listed in the post's table of contents, so it is kept as part of the article. Inside .entry-
  // content the table of contents, the permalink line, the 猜你喜欢 related-posts list, the disclaimer box, tags and
  // share/reward buttons go. The title, author/date/view meta, breadcrumb, ad banners, prev/next links, related-post
  // cards, comment form, sidebar and footer are outside the body.
  'omnivore-ahhhhfs-com': {
    content: '.entry-content',
    drop: '.lwptoc, #related_posts, .post-note, .entry-tags, .entry-share',
    dropLines: ['本文链接：'],
  },
  // BBC News Arabic (بي بي سي عربي) news report of 3 March 2024 by Kayla Epstein and Angelica Casas about friends of
  // US airman Aaron Bushnell trying to understand his self-immolation in protest over Gaza. The text keeps the body
  // paragraphs, the subheading 'رحلة غير عادية' and the captions of the article's three own images, the lead-image
  // caption coming first. Inside main it drops the h1 headline and all section elements: the byline/role/date block,
  // the two 'إعلان' ad slots, the 'قصص مقترحة' recommendations box, the 'more on this story' link card and the 'يستحق
  // الانتباه' podcast promo; it also drops the image credit lines ('صدر الصورة، …') and the visually hidden 'التعليق
  // على الصورة،' caption labels. Outside main are the cookie banner, header and navigation, related topics, related
  // content, top stories, features, most read and the footer, plus large inline CSS, base64 fonts and JSON data.
  'omnivore-bbc-arabic': { content: 'main', drop: 'h1, section, figure [role=text]' },
  // Bert Hubert's personal blog (berthub.eu, Hugo/minimo theme), the 31 December 2020 post 'Reverse Engineering Source
  // Code of the Biontech Pfizer Vaccine: Part 2', a codon-optimization challenge. The text keeps the body from the WHO
  // data-source sentence on: the 'living page' block quote, the leader board table, subheads, the codon and CSV pre
  // blocks, the strategy list, the Go code block and the closing paragraphs. The 'Translation: Français / 日本語' line of
  // links goes, as in the corpus's part 1 page. Headline, date and reading time, previous/next post links, social menu
  // and copyright footer are outside the body.
  'omnivore-berthub-2': { content: '.entry-content', drop: ':scope > p:nth-of-type(2)' },
  // Bert Hubert's personal blog (berthub.eu, Hugo), the 25 December 2020 post reverse-engineering the BioNTech/Pfizer
  // vaccine mRNA. The text keeps the body from 'Welcome!' on: the author's update and thanks block quotes, figure
  // captions, the video's source line, the codon tables in pre blocks, the subheads, the summary list and the author's
  // closing 'Further reading/viewing' section, which is his own prose. The 'Translations:' line of links opening the
  // body goes (the plain ':scope' form is used because jsdom's scoped query misses '.entry-content > p:first-of-
  // type'). Headline, date and reading time, the previous/next post links, social menu and copyright footer are
  // outside it; an HTML comment with draft text in the body yields no text.
  'omnivore-berthub': { content: '.entry-content', drop: ':scope > p:first-of-type' },
  // BioSpace news article (Madgex-run site) by Rosemary Scott, published 11 May 2022, on an Australian study
  // pinpointing a cause of SIDS. The text keeps the eleven body paragraphs of the article's text block, quotes
  // included; the lead photo has only an alt/credit ('BabyFeet/Getty') and no caption, so it yields no text. Inside
  // the block, the engagement-widget script and the 'Most Read Today' list of links (a div) go. Outside it are the
  // headline, the 'Published/By' meta line, share buttons, 'Back to news', the 'Filter News' sidebar, ad slots, the
  // HubSpot cookie notice, navigation and footer.
  'omnivore-biospace': { content: 'article .block.fix-text', drop: ':scope > div' },
  // John Arundel's 'Rust vs Go' tutorial on the Bitfield Consulting site (Squarespace, 'Go tutorials' blog), November
  // 6, 2020. The text keeps the intro, all h2/h3 sections, the many block quotes with their attributions, the Go and
  // Rust code samples, the author's own 'Getting started' resource lists and the closing acknowledgements. The
  // uncaptioned header image adds no text. Outside the body are the date callout and title, the author/tags footer,
  // share and like buttons, prev/next links, 'Related Posts' cards and the site footer with the Mailchimp book-
  // notification form and the author blurb.
  'omnivore-bitfieldconsulting': { content: 'article .blog-item-content' },
  // JetBrains .NET Tools Blog post 'The Future of .NET with WASM' by Khalid Abuhakmeh, December 15, 2022. The text
  // keeps the intro, all h2 sections, the figure captions and the code samples. Each code sample appears three times
  // in the saved page (Enlighter's rendered one-div-per-line view, its 'raw' one-line copy and the original pre); only
  // the rendered view is kept, since the reader would flatten the pre to one line; the toolbars go too. Inside the
  // body, the category tags, headline, author/date line and table of contents go, as do the closing tag list, share
  // links and previous-post link. Outside it are the sidebar (tags, comment count, newsletter form), comments iframe,
  // 'Discover more' cards, navigation and footer.
  'omnivore-blog-jetbrains-com': {
    content: 'section.article-section > div.content',
    drop: 'a.tag, h1, div.post-info, #ez-toc-container, pre.EnlighterJSRAW, div.enlighter-raw, div.enlighter-toolbar, div.content__row, div.content__pagination',
  },
  // A Brookings Institution post on its Brown Center Chalkboard group blog (WordPress), 'Teachers’ unions: Scapegoats
  // or bad-faith actors in COVID-19 school reopening decisions?' by Bradley D. Marianno, 25 March 2021; typed blog
  // because it sits in Brookings' multi-author blog section rather than its reports. The text keeps the body's
  // paragraphs and its two subheadings, with inline link text as written. Inside the body the floated author card
  // (photo, name, title, Twitter handle) and the 'Related Content' box with two teaser articles go. Outside it are the
  // headline, blog label, byline and date, the hero photo (alt text only, no caption), the share bars, the Brown
  // Center Chalkboard description blurb, Related Topics tags, the 'More on Education' cards, the newsletter pitch, the
  // huge inline SVG sprite, navigation and footer.
  'omnivore-brookings-edu': { content: '.post-body', drop: '.inline-widget, .linear-related' },
  // A Caixin (财新网) news article from September 2023 on Tuhu Car Service's Hong Kong listing, saved behind the paywall,
  // so only the opening two paragraphs of the body are present. The text keeps the standfirst (#subhead), the caption
  // of the article's lead photo and the two body paragraphs in #Main_Content_Val. The headline, the byline/date line,
  // the related-reports box, the paywall prompt, the database promo line, the editor line and topic tags are left out.
  // Everything outside #the_content (navigation, sidebar lists, comments, footer, login popup) is outside the body.
  'omnivore-caixin': { content: '#subhead, #the_content .media dd, #Main_Content_Val' },
  // Cave Social (a marketing agency's WordPress/Avada company blog) how-to post by 'Cave Team', published April 2020,
  // on embedding and centring an Instagram post. The text keeps the intro, the seven numbered step subheads, the step
  // paragraphs, the two-item list of centring options and the closing 'Watch our video ... email me' sign-off, which
  // is the author's own. Inside the body, the Jetpack share buttons and 'Related' posts go, and the text ends before
  // the boilerplate after the rule: the '#AskCave' tweet prompt and the newsletter subscription heading; the
  // screenshots have only alt text and the Instagram embed iframe yields no text. Headline, hero slideshow image, the
  // 'Share This Story' box, the 'About the Author' box and the footer are outside the body.
  'omnivore-cavesocial': {
    content: 'article .post-content',
    drop: '.sharedaddy, #jp-relatedposts',
    endAt: 'Be sure to tweet any questions',
  },
  // A ChinaTalk Substack post by Jordan Schneider from September 2020, giving a condensed transcript of a podcast
  // interview with Adam Tooze. The text keeps the subtitle (standfirst), the intro paragraph, the h1/h3 subheadings,
  // all the transcript paragraphs and the two embedded tweets by @You_Shu_China (author line and tweet text kept,
  // since they are quoted in the discussion; their date/likes footers go). The images have no captions, so they
  // contribute nothing. The closing appeals ('Please consider supporting ChinaTalk.' and the author's 'I'm also on the
  // job market...' note) are cut with endAt, treated as pitches rather than article. The headline, byline/date,
  // like/comment/share buttons, prev/next links, comment form, 'Top/New' archive cards, subscribe footer and the JSON
  // copy of the body inside window._preloads are outside the selection.
  'omnivore-china-substack': {
    content: '.post-header h3.subtitle, .body.markup',
    drop: '.tweet-footer',
    endAt: 'Please consider supporting ChinaTalk',
  },
  // City Journal (Manhattan Institute) 'Eye on the News' article by Samo Burja, March 17, 2022, on Western sanctions
  // and Russia's economic realignment toward Asia (Drupal page with heavy AddThis/Facebook inline CSS and scripts in
  // the head). The text keeps the hero subtitle as standfirst and the eight body paragraphs. Inside the body wrapper
  // the italic author bio line (p.byline), the photo-credit line, the Manhattan Institute donate pitch and the Disqus
  // comments block are dropped. The headline, type label, author and date, topic labels, navigation, sticky title bar,
  // email-alert and 'Related' sidebar widgets, 'More from'/'More on' article lists, the 'Up Next' teaser and the
  // footer are outside the selected elements.
  'omnivore-city-journal': {
    content: 'header.m_article-hero .subtitle, #wallit-pop > .content-wrapper',
    drop: '.byline, .photo-attribution, .l_ipage-container, .m_article-comments',
  },
  // Music Tribe Community (SocialEngine forum) discussion thread 'Controlling an XR12 via MIDI using an XTouch Mini',
  // opening post dated 2017-02-25 with replies from 2019-2020; the saved page shows page 1 of 4 of the 38 replies. The
  // text keeps the opening post (div.sesdiscussion_discussion) and the body paragraphs of each reply on the page
  // (div.comment-section), including the captions of the two screenshots posted in replies. Inside the replies the
  // Delete/Edit/Report pulldown, author names, the dot-and-date lines, the @mention lines addressing another user, and
  // the blockquotes quoting earlier replies (which repeat text already on the page, with an '@Jille wrote:'
  // attribution) are dropped; the attachment file-name links (XTouch Mini.jpg etc.) after the opening post also go.
  // Outside the body are the thread title, byline, date and category breadcrumb, the view counter and share button,
  // reply edit/reply forms, pagination, the site header and menus, the left 'Discover' menu, footer, newsletter box,
  // modals and cookie notice.
  'omnivore-community-musictribe-com': {
    content: '.sesdiscussion_discussion, .comment-section',
    drop: '.sesadvcmt_comments_options, .comments_author, .comments_date, blockquote, a[href*="ses-discussion-attachment"]',
    dropLines: ['@'],
  },
  // J. B. Crawford's newsletter-blog 'Computers Are Bad' (computer.rip), the 28 November 2020 issue 'the verboten
  // band' on the scanner ban for the AMPS cellular bands. The text keeps every paragraph of the article element,
  // including the quoted regulation passages, the numbered '1)'/'2)' points and the closing [1] footnote. The h1
  // inside the article (the '>>> 2020-11-28 the verboten band' date-and-title line) goes. The ASCII-art masthead with
  // home/subscribe/rss links is outside it, as is the template footer whose 'sincerely, j. b. crawford' block and
  // fax/mail/LLC boilerplate are the same on every issue, so it is not treated as the post's own sign-off.
  'omnivore-computer-rip': { content: 'article', drop: 'h1' },
  // Casey Muratori's Substack newsletter 'Computer, Enhance!', post 'No really, why can't we have raw UDP in
  // JavaScript?', July 5, 2022. The text keeps the subtitle as standfirst, the body paragraphs, h2 section headings,
  // numbered lists and the single footnote text (the inline footnote reference '1' stays where the page puts it). The
  // duplicated header-anchor link widgets and the footnote's back-link number are dropped; the cover image has no
  // caption. Outside are the title, byline/date and like/comment/share buttons, share dialogs, the 'Subscribe to
  // Computer, Enhance!' pitch, the likes facepile, the comments section and the 'Ready for more?' footer form, plus
  // the large _preloads script.
  'omnivore-computerenhance-com': {
    content: 'article .post-header .subtitle, article .available-content .body',
    drop: '.header-anchor-widget, .footnote-number',
  },
  // Dan Luu's personal blog (danluu.com) republishing John Carmack's essay 'Latency mitigation strategies'; no date
  // shown. The text keeps the italic archival note introducing the piece (an editor's note), all section headings,
  // paragraphs, the ASCII timing diagrams in pre blocks and the closing acknowledgements. The bold title at the top of
  // the body is left out. Outside the selection are the previous/next post links, the Archive/Twitter nav and the
  // Omnivore extension's 'Saving...' toast and backdrop injected at the end of the saved page.
  'omnivore-danluu': { content: 'body > p, body > h4, body > pre' },
  // Dan Wang's personal WordPress blog, the annual '2020 letter' (January 1, 2021). The text keeps the italic pointer
  // to the 2019 letter, the three numbered sections (Inspiration, Control, A clear line of advance), the
  // '***'-separated parts on books, food and personal matters, the four-item ordering list, the Titan image caption
  // and the 21 footnotes at the end (some with Chinese quotations). Inside the body, the bigfoot footnote pop-up
  // buttons, the footnotes' return arrows, the Jetpack 'Subscribe to new posts' widget and the sharing buttons go.
  // Outside are the date and title header, the 'Posted in' category line, the 17 comments and reply form, the sidebar
  // widgets (top posts, email subscription, recent posts, search) and the footer.
  'omnivore-danwang': {
    content: 'article .entry-content',
    drop: '.widgets_on_page, .sharedaddy, .footnote-return, .bigfoot-footnote__container',
  },
  // The home page ('Digital Garden Overview') of the documentation site for the Obsidian Digital Garden plugin, built
  // with the plugin itself (search index dated June 2023). The text keeps the two introductory paragraphs, the
  // 'Examples' and 'Sites other people have created' subheads, the one-sentence note and the names of the showcased
  // sites, which are the link captions under their screenshots. Inside the body the decorative house-emoji heading and
  // the 'Obsidian Digital Garden' headline, the two 👉 'Getting Started' / 'Features' pointer links, the hidden
  // 'GETTING STARTED' button and the 'Submit your site' button go. The file-tree sidebar, search box, graph, 'On this
  // page' table of contents and backlinks are outside it.
  'omnivore-digital-garden-docs': {
    content: 'main.content',
    drop: 'header, h1, :scope > p:nth-of-type(3), :scope > div[style*="display:none"], :scope > div:last-child',
  },
  // Dissent magazine (Summer 2022 issue) web article: Patrick Iber's Q&A interview with Matt Duss, Bernie Sanders'
  // foreign policy advisor. The text keeps the standfirst (excerpt-tag), the caption of the lead photo, the
  // introduction and every question-and-answer paragraph with its bold speaker label. Inside the article element the
  // h1/h2 headline, the byline/issue line, the two contributor notes after the <hr> (treated as author bios), the
  // AddToAny share buttons and the empty footer go. Outside it are the site navigation, sidebar, newsletter forms,
  // about sixty hidden popup-maker image-caption popups from other articles, and the page footer and scripts.
  'omnivore-dissentmagazine-org': {
    content: 'section#article article',
    drop: 'header h1, header h2, header .article-meta, hr, p.p4, .addtoany_share_save_container, footer',
  },
  // The Economist, 'The Economist explains' piece of 20 September 2023 on whether the 14th Amendment could bar Donald
  // Trump, saved as an anonymous visitor behind the registration wall. The text keeps the rubric (standfirst) under
  // the headline and the two body paragraphs rendered before the wall; the rest of the article exists only inside the
  // __NEXT_DATA__ JSON script, so it is not part of the page text. The 'image: Reuters' credit under the lead image
  // (no caption text) is left out, as are the regwall pitch ('Get the full story', 'Start trial', 'Register now'),
  // share/reuse links and the newsletter sign-up box inside the article column. Outside the body are the section
  // label, headline, date, masthead menus, 'More from The Economist explains' teasers and the footer.
  'omnivore-economist': {
    content: '#new-article-template h2.css-o55d57, section[data-body-id="cp2"] p[data-component="paragraph"]',
  },
  // Electrek (WordPress VIP, 9to5 network) news post by Michelle Lewis, 26 May 2022, on Q Cells' solar-panel factory
  // expansion in Dalton, Georgia. The text keeps the body from the opening paragraph on: both subheads and the two
  // block quotes; the closing 'Photo: Hanwha Q Cells' line is a credit and goes, as credits do across the corpus.
  // Inside the body, the 'Read more:' related-link line also goes, and the text ends before the UnderstandSolar '*ad'
  // paragraph, which is followed by the FTC affiliate disclaimer, the 'You're reading Electrek' promo and the
  // YouTube/podcast pitch; the in-body AdSense slot and the embedded tweet yield no text. Headline, byline/date meta,
  // share buttons, the Guides and category links, the author bio and gear box, trending carousel, Disqus comments and
  // the mustache templates are outside the selected body (the comments wrapper also has class post-body, hence the
  // article scope).
  'omnivore-electrek': {
    content: 'article.post-content .post-body',
    endAt: 'UnderstandSolar is',
    dropLines: ['Read more:', 'Photo:'],
  },
  // Eli Dourado's personal blog, the post 'Notes on technology in the 2020s' of 31 December 2020. The text is the
  // whole article element: the introduction, the h2 sections (Biotech and health, Energy, Transportation, Space,
  // Information technology, Miscellaneous) and the closing paragraphs after the rule, ending 'I want to go faster.';
  // the TFP chart has only alt/title text, no caption. Nothing inside the article needs dropping. The headline, date
  // and reading time above it, the 'Tagged:' list and previous/next links below it, the header menu, the Twitter
  // corner widget and the footer (Buy me a coffee, secret newsletter, Follow button) are outside it.
  'omnivore-elidourado': { content: 'article#content' },
  // A news feature from the Spanish trade magazine Energías Renovables (autoconsumo section, 23 June 2022) on the
  // literature about setting up energy communities. The text keeps the body paragraphs of #Articulo with their inline
  // subheadings ('La bibliografía', 'Friends of the Earth Europe') and the closing editorial note that the piece ran
  // in the June 2022 print issue. The closing 'Artículos relacionados' paragraph is cut with endAt; the inline images
  // have no captions. The bold entradilla (standfirst) under the headline is kept. Outside the body stay the section
  // label, headline, date, share icons, author line, the reader comment, the news carousel, navigation, footer and the
  // push-notification popup.
  'omnivore-energias-renovables-com': { content: '.entradilla, #Articulo > p', endAt: 'Artículos relacionados' },
  // Financial Times news article (3 May 2022) on Tiger Global's hedge fund losses, saved logged in with the full text.
  // The text keeps the standfirst under the headline, the caption of the lead image and the body paragraphs of the
  // inner article-content-body div. Inside the body the 'Recommended' teaser aside and the empty in-article ad slots
  // go. Outside it are the headline, topic tag and follow button, share bar, byline/date/comment count, the event
  // promo, alerts CTA, copyright line, 'stories you missed'/'Latest on' teasers, comments iframe, topic follow list,
  // header menus, footer and the Omnivore extension toast.
  'omnivore-ft-com': {
    content:
      '.o-topper__standfirst, .main-image figcaption, .article__content-body[data-attribute="article-content-body"]',
    drop: 'aside, .o-ads',
  },
  // Gary Marcus's Substack newsletter 'The Road to AI We Can Trust', the post 'Nonsense on Stilts' of 12 June 2022
  // arguing that Google's LaMDA is not sentient. The text keeps the subtitle (standfirst), the body paragraphs, the
  // block quote, the section marks, the embedded tweets (author line and tweet text kept, since they are quoted as
  // part of the argument), the author's '– Gary Marcus' sign-off, the 'Epilogue' and the footnote text. Inside the
  // body, the tweets' date/retweet/like footers, the in-body email subscribe form and the footnote numbers (reference
  // and backlink) go. The headline, byline/date, like/comment/share buttons, share dialogs, the end-of-post subscribe
  // box, the comments, the 'Top/New' archive cards, the footer and the JSON copy of the body in window._preloads are
  // outside the selection.
  'omnivore-garymarcus': {
    content: 'article.post .post-header h3.subtitle, article.post .available-content .body.markup',
    drop: '.tweet-footer, .subscribe-widget, .footnote-anchor, .footnote-number',
  },
  // GDC Vault (Informa) session page for the GDC 2015 talk 'Parallelizing the Naughty Dog Engine Using Fibers': an
  // embedded Kaltura video player above a metadata table, saved 2022. The page has no prose beyond the session's
  // Overview, so the text is that one abstract paragraph (the value cell of the table's last row). The table's other
  // rows (Session Name = the title, Speaker(s) and Company Name(s) = byline, Track / Format = category) and the
  // 'Overview:' label are left out, as are the tag paragraphs and AddThis share buttons under the table. Outside the
  // selection are the Informa ribbon, login/nav header, conference search form, the 'Recommended' members-only video
  // cards, footers and the subscribe modal.
  'omnivore-gdcvault': { content: '#player > table > tbody > tr:last-child > td:last-child' },
  // Emmanuel Bengio's personal site (folinoid.com): a single-page, high-level overview of the 2021 GFlowNet paper
  // ('Flow Network based Generative Models for Non-Iterative Diverse Candidate Generation'), written as loose text
  // with br breaks and KaTeX math. The text keeps everything from 'What follows is a high-level overview...' to the
  // closing 'For more figures... reach out to us!': the paragraphs, the h3/h4 subheads and the inline and display
  // formulas, taken from KaTeX's visual (katex-html) rendering, while the hidden MathML copy with its TeX annotations
  // goes. Inside the body the centred blocks go: the '[Home]' link, the author list, the arXiv/code/tutorial links
  // line, the two canvas flow-network diagrams (whose KaTeX node labels are not captions) and the figure images, which
  // have no captions; the page-title h3 goes too. There is no other page chrome.
  'omnivore-gflownet': { content: '.content', drop: ':scope > center, :scope > h3:first-of-type, .katex-mathml' },
  // The GitHub Blog post 'How we’re using projects to build projects' by Jed Verity, May 16, 2022 (url.txt has a stray
  // ':/' at the end, kept as given). The text keeps every paragraph, the h2/h3 subheadings and the bullet list of
  // questions, including the emoji-led tip paragraphs; the screenshots have no captions. Only the 'Tags: GitHub
  // Issues' line inside the body goes. The dek (standfirst) under the headline is kept. Outside it are the category
  // links, headline, cover image, author/date block, share buttons, the 'More on GitHub Issues' sidebar, 'Related
  // posts', navigation and footer.
  'omnivore-github-blog': { content: 'h1.h3-mktg + p.f4-mktg, main.post__content', drop: 'div.post-tags' },
  // The Guardian (theguardian.com) feature article from November 2022 by Wilfred Chan on Mastodon's growth after Elon
  // Musk's Twitter takeover, rendered by Guardian's dotcom-rendering stack. The text keeps the standfirst, the lead
  // image's caption with its photo credit, and the body paragraphs of #maincontent together with the two inline
  // screenshot captions. Inside the body the empty inline ad container and sign-in-gate placeholder are dropped. The
  // headline, section label, byline, author photo, dates, share buttons, Topics tag list, 'Reuse this content', right-
  // column ad, 'Most viewed' block, navigation, sub-navigation and footer lie outside the selected elements.
  'omnivore-guardian': {
    content: '[data-gu-name="standfirst"], [data-gu-name="media"] figure > figcaption, #maincontent',
    drop: '.ad-slot-container, #sign-in-gate',
  },
  // Habr post from January 2023 in the RUVDS.com company blog: JavaScript micro-benchmarks comparing Chrome 107 and
  // Firefox 107, published under the user programmerguru. The text keeps the whole post body (.article-formatted-
  // body): the grey caption of the lead image, the paragraphs, the h2/h3 subheadings, the highlighted code blocks, the
  // chart caption and the numbered conclusions list. Inside the body, the closing RUVDS promo (a blockquote linking to
  // their Telegram game) and the ruvds.com banner link go. Outside the body are the Habr header and menus, the company
  // card and branding banner, the title, the author/date/reading-time/views line, the hub list, tags and hubs, the
  // vote/bookmark/share panel, the digest subscription form, the author and company cards, the comments placeholder,
  // the 'Публикации' cards, the company sidebar widgets and the footer. The benchmark charts are empty divs in the
  // saved page, so they contribute no text.
  'omnivore-habr-com': {
    content: '.article-formatted-body',
    drop: 'blockquote:has(a[href^="https://t.me/ruvds_community"]), a[href*="utm_source=habr"]',
  },
  // A Korea Economic Daily (한경닷컴) news interview from June 2022 with former Samsung semiconductor research head Kim
  // Kwang-kyo. The text keeps the lead photo's caption, the body paragraphs and the two ◆ subheadings inside
  // #articletxt. Inside the body the injected 관련기사 related-articles box, the ad boxes and ad iframes, and the
  // reporter's sign-off line with e-mail go. The summary lines above the body (the standfirst) are kept. The headline,
  // byline/date, tags, subscription links, reporter box, sponsored Taboola widgets, sidebar, comments and footer are
  // all outside the body.
  'omnivore-hankyung-com': {
    content: '.summary.editoropinions, #articletxt',
    drop: '.box_related_list, .ad_box, #teads_slot, iframe',
    dropLines: ['정지은 기자 jeong@'],
  },
  // Jacob Brazeal's personal WordPress.com blog post 'On Learning Chess as an Adult – From 650 to 1750 in Two Years'
  // (November 16, 2020). The text keeps all body paragraphs and the three subheadings (How I Study, Progress: Not a
  // Straight Line, Goals); the two chart images have no captions. Inside the entry content the WordAds slots, the
  // Share/Like block and the closing line of links to the Hacker News and Reddit discussions and the follow-up post
  // are left out. Outside the selection are the title, byline/category/date/reading-time line, the author box, post
  // navigation, 25 reader comments and pingbacks, the comment form, footer, marketing bar and cookie notice.
  'omnivore-jacobbrazeal': {
    content: 'article.post .entry-content',
    drop: '#jp-post-flair, [id^=atatags]',
    dropLines: ['Comments on Hacker News'],
  },
  // Jonathan Borichevskiy's personal Hugo blog 'Up and to the Right' (jon.bo), post 'Digital Tools I Wish Existed',
  // published 2019-11-28. The text keeps all paragraphs, the section headings, the nested bullet lists, the three
  // figure captions, the 'Honorable Mentions' lines, the dated '2019-12-09: fixes grammar' revision note and the
  // author's short Appendix of further reading. The '#' permalink anchors after each heading and the lone 'HN
  // Discussion' link line are dropped. Outside the selection are the page title, publication date and tag line, the
  // header menu, the 'Read other posts' previous/next pagination and the footer.
  'omnivore-jon-bo': { content: '.post-content', drop: 'a.headline-hash', dropLines: ['HN Discussion'] },
  // Joseph Gentle's personal Ghost blog 'Seph' (josephg.com), essay 'I was wrong. CRDTs are the future', dated 26 Sep
  // 2020. The text keeps every paragraph, the four subheadings, the block-quoted sentence and both bullet lists.
  // Inside the post body only the closing 'Discussion on HN' link line after the rule is dropped. Outside the
  // selection are the blog logo, the date, the title, the author footer (name and homepage link) and the site footer
  // with RSS, copyright and Ghost credit.
  'omnivore-josephg': { content: 'section.post-content', dropLines: ['Discussion on HN'] },
  // James Somers's personal site jsomers.net, essay 'I should have loved biology' (a pandoc-generated page, updated
  // November 2020). The article's elements sit directly under body, so the selection takes body-level paragraphs,
  // block quotes (with their attribution lines), figures (keeping their captions), lists and the 'Reading list'
  // subheading with its book list, which is the author's own appendix. The 'By James Somers' byline, the centred '*'
  // section-break lines and the closing 'See jsomers.net for more of my writing' plug are dropped. Outside the
  // selection is only the h1 title; images without captions contribute no text.
  'omnivore-jsomers': {
    content: 'body > p, body > blockquote, body > figure, body > ul, body > h2',
    dropLines: ['By James Somers', 'See jsomers.net for more', '*'],
  },
  // KDnuggets (data-science news and tutorial magazine), Cornellius Yudha Wijaya's tutorial 'Text Summarization
  // Development: A Python Tutorial with GPT-3.5' of 7 April 2023. The text keeps the excerpt under the headline (the
  // standfirst) and the body: its paragraphs, the h1 section heads (Prerequisite, Understanding GPT-3.5 OpenAI API,
  // ..., Conclusion), the dash-led prerequisite lines, the parameter lists and the code blocks. Inside the post the
  // image credits ('Image by frimufilms on Freepik', 'Image by Author'), the empty mobile ad slot, the closing author
  // bio (bare text after <br>s, cut with endAt) and the 'More On This Topic' related list go. The headline, the
  // byline/date line, the leaderboard ad, the newsletter forms, previous-post link, 'Top Posts' lists, the sidebar and
  // footer are outside it.
  'omnivore-kdnuggets': {
    content: '#post-header p.excerpt, #post-',
    drop: '.crp_related, center font, .kdnug-ros-mobile-in-content',
    endAt: 'Cornellius Yudha Wijaya is a',
  },
  // A MathOverflow (Stack Exchange) Q&A page from November 2020, 'What makes dependent type theory more suitable than
  // set theory for proof assistants?', saved January 2021. The text keeps the question's body and the bodies of all
  // five answers in page order (Bauer, Chow, Buzzard, Hendrix, Ullah), with their subheadings, lists, block quotes and
  // inline TeX source as written; the last answer's own 'edit' paragraph replying to a comment is kept as part of that
  // answer. Nothing inside the post bodies needs dropping. Outside them go the headline, asked/active/viewed lines,
  // vote counts, tags, share/cite/follow links, user cards and edit dates, all comments, the 'Your Answer' form, the
  // linked and related questions sidebar, the hero sign-up banner, navigation and footer.
  'omnivore-mathoverflow': { content: '.js-post-body' },
  // A Medium post in the Walmart Global Tech Blog publication, 'Building Domain Driven Microservices' by Chandra
  // Ramalingam (July 2020), saved from Medium's lite reader with large inline Apollo/preloaded-state scripts. The text
  // keeps the lead image's caption ('Image credits: Pixabay'), every section heading, paragraph, numbered list, the
  // block quote, the Fig 1-9 captions, the author's 'Update:' note with its two links to the follow-up parts and his
  // 'Further Reading' list. Inside the post section the headline and the byline block (avatar, author name, Follow
  // button, date, read time, share and bookmark icons) go. Outside it are the member-only meter box and 'Top
  // highlight' label at the top of the article element, the nav bar, the clap/response sidebar, tags, the author and
  // publication follow cards, 'More From Medium' links and the Medium footer.
  'omnivore-medium': { content: 'article.meteredContent section.df', drop: 'h1.dl, div.el' },
  // Meritech Capital (venture firm) blog post '2022 SaaS Crash' by Alex Clayton, May 15, 2022: a long analysis with
  // many charts. The text keeps all body paragraphs, the bold chart titles and section headings, the 'Source: …'
  // captions under each chart, the bullet list, the shareholder disclosure footnote and the closing thanks line.
  // Inside the body, the opening bold-italic summary line (the standfirst) is kept; the 'To receive these posts by
  // email, click here' newsletter pitch goes. Outside the body are the Back link, headline, byline/date, hero image,
  // 'Read next' cards, navigation and the footer with its newsletter form.
  'omnivore-meritechcapital-com': { content: 'div.blog-content', dropLines: ['To receive these posts by email'] },
  // Moxie Marlinspike's personal site (moxie.org), the blog post 'My first impressions of web3' of 7 January 2022. The
  // text keeps the body's paragraphs, subheads, the two numbered lists, the three NFT screenshots' captions, the API
  // requests in code blocks and the author's closing 'gm!'. Inside the article element the Tweet button, the 'Stay in
  // touch, Follow @moxie' box and the Twitter widget script go. The headline and date above the article, the site
  // navigation and the copyright footer are outside it. The repository's url.txt carries a shell redirect ('>
  // web3-first-impressions.html') after the URL, which is left off here.
  'omnivore-moxie-org': { content: 'article', drop: '.social-buttons, .follow, script' },
  // UT News (The University of Texas at Austin) press story from December 31, 2020 about a desalination membrane
  // study. The text keeps the caption of the lead photo (a photo credit) and the whole article body, with its two in-
  // body figure captions. Category label, date, headline and the orange divider in the article header are left out.
  // Outside the body go the tags line, share buttons, the media contact box, the 'Explore Latest Articles' cards, the
  // COVID banner, navigation and footer.
  'omnivore-news-utexas': { content: 'header.article--header figcaption, div.article-body' },
  // A Neue Zürcher Zeitung (NZZ) news article of 23 June 2022 by Katrin Büchenbacher on the Brics summit ('Der Gipfel,
  // bei dem Putin willkommen ist'), saved in the truncated ('reduced') view behind the registration wall, so only the
  // opening of the body is present. The text keeps the standfirst (headline__lead), the caption of the lead photo and
  // the single body paragraph that precedes the paywall barrier. Inside the caption the photo credit ('Yin Gang /
  // Xinhua / Imago') goes, treated as a credit rather than caption text. Left out of the article section are the
  // headline, byline and date, the listen/bookmark/print/share action bar, and the 'Kostenlos registrieren und direkt
  // weiterlesen' regwall with its sign-up pitch. Outside it go the header and breadcrumbs, ad slots, the 'Mehr von
  // Katrin Büchenbacher', 'Mehr zum Thema Wladimir Putin' and 'Für Sie empfohlen' teaser blocks, the topic tags and
  // the footer.
  'omnivore-nzz-ch': {
    content:
      'p.headline__lead, section.container--article > figure.articlecomponent figcaption, section.container--article > p.articlecomponent.text',
    drop: '.image-description__author',
  },
  // A PEOPLE.com Health news story by Gabrielle Chung (December 14, 2020) about a couple who played Santa and Mrs.
  // Claus in Ludowici, Georgia testing positive for COVID-19. The text keeps the dek under the headline, the lead
  // image caption ('Santa Claus') and all body paragraphs through the New York Times case-count sentence. Inside the
  // body the image's pinterest/zoom controls, the '| Credit: getty images' line, the empty in-stream ad slots and the
  // two 'RELATED:' link paragraphs go, and the text ends before PEOPLE's boilerplate coronavirus disclaimer with its
  // GoFundMe fundraising pitch, which I judged site boilerplate rather than article. Outside the content are the
  // headline, byline and timestamp, breadcrumbs, share bar, 'Popular in Health' recirculation cards, Outbrain widget,
  // topic carousel, footer and the OneTrust cookie styles/scripts.
  'omnivore-people': {
    content: '.articleContainer__header p.dek, .articleContainer__content',
    drop: '.body-credit, .ad, svg, button',
    endAt: 'As information about the coronavirus pandemic rapidly changes',
    dropLines: ['RELATED:'],
  },
  // A personal WordPress.com blog post ('Time traveling Órlaith', SCA arts-and-sciences blog, 20 June 2023) musing on
  // an article about early medieval charms against dwarfs. The text keeps every paragraph of .entry-content, including
  // the quoted Old English charm passages, the line-broken verse translation, the small-print credit line under the
  // image (kept as its caption) and the author's closing joke. Inside the body the WordAds 'Advertisement' block, the
  // empty inline ad slot and the Jetpack share/like/related-posts block are dropped. Outside stay the category link,
  // headline, byline and date, the post navigation, the comment form, the follow action bar, the cookie notice and
  // footer.
  'omnivore-pontagedue': { content: '.entry-content', drop: '.wordads-ad-wrapper, #jp-post-flair, .inline-ad-slot' },
  // Jason Crawford's blog The Roots of Progress, the 6 November 2020 essay 'Progress, stagnation, and flying cars', a
  // review of J. Storrs Hall's 'Where Is My Flying Car?'. The text keeps the review's paragraphs, its h2/h3 subheads
  // and the quoted passages from the book in block quotes; the three charts have no captions or alt text. The subtitle
  // (standfirst) is kept. Inside the content column the headline, the date and reading-time line and the closing
  // 'Comment on Reddit or debate me on Letter' line go. The site navigation, previous/next links, Patreon button,
  // copyright footer and the email-subscribe popup are outside it.
  'omnivore-rootsofprogress': { content: '.content.main-column', drop: 'h1.title, p.date, p.discuss' },
  // ScienceDirect abstract page for a paywalled Journal of Human Evolution article (Ambrose, 'Late Pleistocene human
  // population bottlenecks, volcanic winter, and differentiation of modern humans', June 1998), saved in 2021. Only
  // the abstract is public, so the text is the 'Abstract' section heading and its three paragraphs (div#abstracts).
  // Outside it and left out: the journal/issue header, title, author link, share/cite/'Get Access' buttons, DOI line,
  // previous/next article navigation, the Keywords list (treated as tags), the title and author footnotes ('☆ P.
  // Mellars' editor note and the author's e-mail, treated as byline matter), the copyright line, the Recommended
  // articles/Citing articles/PlumX metrics sidebar and the site footer.
  'omnivore-sciencedirect': { content: '#abstracts' },
  // Matthew Yglesias's Substack newsletter Slow Boring, the post 'Elon Musk's business ties deserve more scrutiny' of
  // 17 October 2022. The text keeps the subtitle (standfirst), the body paragraphs, the four h4 subheads, the bullet
  // list and the embedded tweets (author line and tweet text, including the quoted tweet, kept since they are quoted
  // in the argument); the two images have no captions. Inside the body, the tweets' date/like/retweet footers, the
  // link-preview cards inside two tweets, and the empty anchor-link widgets repeated after each subhead go. The
  // headline, byline/date, like/comment/share buttons and share dialogs, the subscribe pop-up and end-of-post
  // subscribe box, the comments, the 'Top/New' archive cards, the footer and the JSON copy of the body in
  // window._preloads are outside the selection.
  'omnivore-slowboring': {
    content: 'article.post .post-header h3.subtitle, article.post .available-content .body.markup',
    drop: '.tweet-footer, .expanded-link, .header-anchor-widget, .subscribe-widget',
  },
  // Slava Akhmechet's Substack newsletter 'Zero Credibility' on a custom domain (spakhm.com), the post 'How to get
  // promoted' of 28 September 2020. The text is the post body: its paragraphs, the four h4 subheads (Opportunists,
  // Exploit, Rituals, Covert, TL;DR:) and the Jeff Bezos block quote with its attribution line. The subtitle
  // (standfirst) is kept. The headline, author, date, like/comment/share counts, the Subscribe button, previous/next
  // links, the comment form and two reader comments, the archive tabs, the 'Ready for more?' signup footer and the
  // cookie banner are outside it; the post's HTML repeated in the inline _preloads script yields no text.
  'omnivore-spakhm': { content: 'h3.subtitle, .body.markup' },
  // Stack Overflow Q&A page 'What does the "yield" keyword do in Python?' (asked 2008, saved November 2022), showing
  // the question and the first page of 30 answers. The text keeps the question body (including its footnote about the
  // code's author) and every answer body in page order, with their headings, lists, block quotes and code blocks.
  // Inside the question body the site's 'Want to improve this post?' notice (.js-post-notice) goes. Outside the bodies
  // go the title, votes, tags, share/edit/follow menus, user cards and edit/answer dates, all comments, ad zones, the
  // 'Highly active question' notice, the sidebar (Overflow Blog, linked/related/hot network questions), footer and
  // cookie banner.
  'omnivore-stackoverflow': { content: '.js-post-body', drop: '.js-post-notice' },
  // Stratechery (Ben Thompson's one-author analysis site) essay 'It's a Tesla' from April 2016. The text keeps the
  // body paragraphs, h4 subheadings, block quotes with their list, and the four footnotes at the end. Inside the body
  // the bigfoot footnote buttons, the print-only footnote reference numbers, the footnote return arrows, the embedded
  // video player (with its 'Media error' fallback) and Jetpack's 'Related' posts block are dropped; the table image
  // has no caption. Outside it the headline, date/byline meta, site header and sidebar widgets, post navigation, the
  // 'Subscriber's Daily Update' list and the footer are left out.
  'omnivore-stratechery': {
    content: 'article .entry-content',
    drop: '.bigfoot-footnote__container, sup.footnote-print-only, #jp-relatedposts, .wp-video, a.backlink',
  },
  // Substack newsletter post 'Seniority' (The Polymathic Engineer, issue 80, by Franco Fernando, July 2024) on seven
  // behaviours of senior software engineers, served from a custom domain with a large window._preloads JSON script.
  // The text keeps the subtitle as standfirst and the body: intro, the seven-item list, the h2 subheadings with their
  // paragraphs, 'Food for thoughts' and the author's 'Interesting Reading' list (the mentioned authors' names come out
  // on their own lines because the saved DOM puts each mention in a div after the paragraph). Inside the body the two
  // subscription widgets and the sponsored CodeRabbit block (its h2, pitch paragraph and link line, dropped via
  // dropLines; its banner image has no text) go. The headline, byline and date, like/comment/share buttons, the post-
  // footer subscribe and share tools, comments, navigation and site footer are outside the selected elements.
  'omnivore-substack-headings': {
    content: '.post-header h3.subtitle, .available-content .body',
    drop: '.subscription-widget-wrap',
    dropLines: [
      'How CodeRabbit can support your code reviews',
      'This issue is offered by CodeRabbit',
      'Try CodeRabbit and Cut Code Review Time',
    ],
  },
  // TechCrunch news article (16 November 2022) on Sam Bankman-Fried's messages to Vox about FTX's bankruptcy; the
  // saved page is a server-rendered shell whose bulk is a large inline tc_app_data JSON script. The text keeps the 13
  // body paragraphs of div.article-content. Inside the body the empty Piano promo slot and the closing bold-italic
  // 'Want to hear from the best and brightest in crypto? Attend TechCrunch Sessions: Crypto' event pitch (pasted Slack
  // markup) go, along with an empty &nbsp; paragraph. Outside it are the headline, byline with relative time and the
  // featured image (which has no visible caption), the shortlink footer and all scripts.
  'omnivore-techcrunch': {
    content: '.article-content',
    drop: '.piano-inline-promo, .c-message_kit__gutter, .c-message_actions__container',
  },
  // Matthieu Cneude's developer blog The Valuable Dev (Hugo), the essay 'Is Inheritance That Evil?' of 27 March 2021
  // (updated 5 July 2021). The text keeps the whole post body: the narrative paragraphs, h2/h3/h4 subheads, lists, the
  // PHP code blocks (as collapsed lines) and the block quotes with their attribution names, and the closing 'Related
  // Sources' list, which is the author's own reference list of external readings, kept like a bibliography. Inside it
  // the bare 'Source' link labels in the quotes' cite elements go. The date, tags and share link, headline, the table
  // of contents, menus, the 'Let's Connect' newsletter form, the comments widget, the read-next cards and the footer
  // are outside it.
  'omnivore-thevaluable-dev': { content: '.post-content', drop: 'blockquote cite' },
  // WeChat official-account post (维客笔记, by 赵传文, 2023-01-10) reviewing the read-later app Omnivore and its Obsidian
  // plugin. The text keeps the body of #js_content: the author's greeting, the numbered section headings (01 引言 … 07
  // 写在最后), paragraphs, bullet and numbered lists, block quotes, the figure captions (图一…图二十二) and the two links to the
  // author's earlier posts that the body introduces ('我之前也说过！👉'). Inside the body the opening '点击上方蓝字关注维客笔记' follow
  // prompt and the account slogan line go, as does the embedded video player's chrome (#page-content inside the body:
  // Follow/Replay/Share/Like, loading and error messages); the text ends before the closing '插件&软件获取方式：请关注…回复20230110'
  // follow-to-get pitch, the '感谢关注/点赞/分享' line and the account motto. Outside the body: title, Original tag,
  // author/account name, date and location, the 收录于合集 tag list, the album prev/next cards, 'People who liked this
  // content also liked', the QR-code 'Scan to Follow' box and dialogs.
  'omnivore-wechat': {
    content: '#js_content',
    drop: '#js_content #page-content',
    endAt: '插件&软件获取方式',
    dropLines: ['点击上方蓝字关注', '分享最实用的利器 | 探索解决问题的简单方案'],
  },
  // German-language and other European pages (wider.zip).
  // news.ORF.at, the Austrian public broadcaster's news site (2025): the parliamentary inquiry into the Pilnacek case
  // and whether it will be televised. The bold lead paragraph (standfirst) and the body with its subheads and the photo
  // caption are kept; the photos' credits (ORF/Lukas Krummholz) and the video box (its title and summary) inside the
  // body go. The keyword line and headline, date, share widget, the 'red, ORF.at/Agenturen' byline, the programme
  // note, the 'Links:' list, the network menus and the footer are outside it.
  'jocmpkt-orf-at': { content: '.story-lead-text, .story-story', drop: '.stripe, .credit' },
  // A recall notice on lebensmittelwarnung.de, the German federal and state food-safety authorities' warning portal
  // (2025): the product's details (name, best-before date, unit, batch, producer, each with its label), the
  // sections 'Was ist der Grund der Meldung?' (reason and possible effects), 'Wo war das Produkt auf dem Markt?' (the
  // sixteen federal states and the sales channel), 'Was kann ich tun…' (the company's advice) and the company's
  // information and contacts, each with its heading; the toggles' 'Oeffnen'/'Schließen' labels go. The product name
  // (headline), date, share button and product-type badge above it, the photo's © line, the list of sixteen state
  // authorities' contact links, the 'Information zur Meldung' box (issuing state, publication and update dates), the
  // 'Sie haben weitere Fragen?' box, the menus and the footer are outside it.
  'jocmpkt-lebensmittelwarnung-de': {
    content: '.lmw-module div.lmw-section .lmw-section__content, .lmw-module section:nth-of-type(-n+4)',
    drop: '.lmw-section__toggle-icon',
  },
  // Tarnkappe.info (a German group blog on IT security, piracy and crypto, WordPress, 2025): the closing of the
  // Garantex crypto exchange. The lead photo's caption, the teaser paragraph opening the body, the body's paragraphs,
  // subheads and screenshot captions are kept; the 'Inhalt' table of contents box in the body goes (the ad slots and
  // the VG Wort pixel there are empty). The photo's 'Bildquelle' credit, headline, date, author and reading time, the
  // 'Jetzt kommentieren'/'Mehr zu dem Thema' buttons, the author box, the breadcrumbs, the sidebar's newsletter
  // widget and the eleven related-post cards are outside it.
  'jocmpkt-tarnkappe-info': {
    content: '#post-311235 > .card-image figcaption, #post-311235 > .card-content > .entry-content',
    drop: 'section.card',
  },
  // n-tv.de's regional page for Hamburg and Schleswig-Holstein (2025): a dpa brief on the talks about the opera house
  // the Kühne foundation wants to give the city. The bold standfirst paragraph and the three body paragraphs are kept;
  // the lead photo has no caption, only its credit, and is outside. The kicker, headline, date, share and follow
  // buttons, the 'Quelle: dpa' source line, the menus with their teasers and the 'Regionales' list are outside it.
  'jocmpkt-n-tv-de': { content: '.article__text' },
  // Hamburger Abendblatt (FUNKE, 2020): prices of exotic fruit at the Hamburg wholesale market in the Corona crisis.
  // The lead photo's caption, the standfirst and the body with its subheads and the closing Corona-rules list are
  // kept; inside the body the ad slots, the empty map widget, the Immobilien-Newsletter box and the two video boxes
  // go, with the label line and the h3 each box carries above it, and so do the date line and the 'Mehr Artikel aus
  // dieser Rubrik' link. Kicker, headline, byline, reading time, the photo credit, menus, tips box and footer are
  // outside.
  'jocmpkt-abendblatt-de': {
    content: '.hero-img__text, .article__header__intro, div.article__body',
    drop:
      '.ad, aside, figure.video-inline, .newsletter-cleverreach, .author-info_wrapper, article.article__body, ' +
      'p:has(+ figure.video-inline), h3:has(+ figure.video-inline)',
  },
  // heise Developer (2025), page 1 of 2 of a 'Secure Coding' background article on password hashing in Java. The
  // lead (standfirst) and the body with its subheads and Java code listing are kept; the 'Inhaltsverzeichnis' box,
  // the series box (author bio and the list of earlier parts) and the hidden 'Anzeige' labels of the ad slots go. The
  // headline, the photo's credit, date, reading time, byline, share icons, pagination, menus and sidebar are outside.
  'jocmpkt-heise-de': {
    content: '.a-article-header__lead, .article-content',
    drop: '.a-toc, .js-dossier, .ad-label, .paywall-delimiter',
  },
  // DER SPIEGEL's Netzwelt section (2025): Nvidia's 'Project Digits' desktop AI computer shown at CES. The standfirst,
  // the lead photo's caption and the body with its subhead are kept; the photo's 'Foto: … / AFP' credit goes. The
  // kicker and headline, the date, the bookmark, listen and share bar, the 'pbe/dpa' initials, the footer links,
  // menus and the recommendation boxes are outside it.
  'jocmpkt-spiegel-de': {
    content: 'header[data-area="intro"] .RichText, section.relative figcaption, [data-area="body"]',
    drop: '.RichTextCredit',
  },
  // Numerama, the French tech and digital-society news site (August 2025): Sam Altman announces changes to GPT-5 two
  // days after its launch. The bold excerpt (standfirst) and the body with its subhead, quoted list and the
  // screenshot's caption (its "// Source : Capture d'écran" credit is part of the caption text) are kept; the video slot, the
  // newsletter form, the two Numerama+ promotions, the install-the-app card, the Google-profile line and the "Toutes
  // les infos sur ChatGPT" link list go. The headline, the italic "Quelques ajustements" deck, date, breadcrumbs,
  // byline, the AI-summary box, share bar, tags, related posts, menus and footer are outside it.
  'jocmpkt-numerama-com': {
    content: '.article-content',
    drop:
      '.ultimedia_cntr, .js-newsletter-block, .premium-promo-alert, .card-install-pwa, div[data-nosnippet], ' +
      '.embedded-tag-container',
  },
  // Futura (Futura-Sciences), the French popular-science site, Maison section (June 2025): five lesser-known European
  // cities to visit. The synopsis (standfirst) and the body with its city subheads, "À ne pas manquer" lines and photo
  // captions (with their © credits, which are part of the caption text) are kept; each definition tooltip's plain
  // duplicate of the linked word goes. The headline, the hero photo, tags, the video teaser, the empty table of
  // contents, the author sidebar, the editors' selection, newsletter box, keyword lists and menus are outside it.
  'jocmpkt-futura-sciences-com': {
    content: '.article-synopsis, #article-anchor-article-main-content',
    drop: '.cWHWfD',
  },
  // Super Express's sport site (sport.se.pl, February 2025): Śląsk Wrocław lose 1:3 at home to Piast Gliwice. The lead
  // and the body with its subheads, the pull quote, the match facts (scorers, cards, referee, line-ups) and the
  // embedded tweet are kept; the paragraphs that are only a read-more link, the "Przeczytaj także" box, the gallery
  // teaser, the quiz and poll, the recommended-article box and the video player go. The kicker, headline, hero photo
  // and its caption, byline, date, share bars, the "Najnowsze z działu" column, breadcrumbs, tags, menus and the
  // listings below are outside it.
  'jocmpkt-sport-se-pl': {
    content: 'article .lead, article .block_list__container',
    drop:
      '.recommended-content, .galleries, .static-teaser, .recommendedArticle, .video_player, video, ' +
      'p:has(> a[rel=follow]:only-child)',
  },
  // Portal Obronny, Super Express's defence news site (portalobronny.se.pl, February 2025): a Russian Su-24MR spy jet
  // strays 6.5 km into Polish airspace. The lead and the body with its two subheads are kept; the 'Spis treści' list,
  // the two 'Polecany artykuł' boxes, the Google News teaser, the video player and the poll go. Breadcrumbs, headline,
  // byline, date, share bar, the hero photo and its caption, tags, the 'Najnowsze' column, the 'Polecamy' teasers and
  // the footer are outside it.
  'jocmpkt-portalobronny-se-pl': {
    content: 'article .lead, article .block_list__container',
    drop: '.recommendedArticle, .ctr_teaser_with_link, .video_player, video, .static-teaser, p.toc, p.toc + ol',
  },
  // Transfermarkt.de (March 2026): Morocco's federation courts Gladbach's 17-year-old German U18 player Wael Mohya. The
  // four body paragraphs are kept; the market-value widget, the consent-gated video and poll slots and the chart image
  // (no caption) between them are outside. The date, source and reading-time line, the quoted kicker, headline, photo
  // credit, share icons, the 'Zur Startseite'/'Fehler melden' buttons, the 'Weitere News' tabs and menus are outside.
  'jocmpkt-transfermarkt-de': { content: '.news-content > p' },
  // BLICK.de, the Freie Presse group's free regional weekly in Saxony (March 2026): a Marienberg cardiologist's
  // practice cannot find staff. The body paragraphs and subheads are kept; the ad slots and the closing 'Habt ihr eine
  // Meinung…' feedback link go. Headline, the one-line subtitle, byline, date, share bar, the three-photo hero gallery
  // with its captions and credits, the 'Marienberg' label, copyright line, topic chips, newsletter link, 'Meistgelesen'
  // list and menus are outside it.
  'jocmpkt-blick-de': {
    content: '.article__content',
    drop: '.nativendo-mid-article, .taboola-mid-article, .article__content > p',
  },
  // Super Express's Łódź site (lodz.se.pl, February 2025): a taxi driver stabbed eight times during a ride, the
  // attacker caught. The lead and the body with its opening subhead are kept; the photo-gallery teaser ('5 zdjęć'), the
  // 'Polecany artykuł' box and the Google News teaser go. The video player above, kicker, headline, byline, date, share
  // bars, the 'Najnowsze z działu' column, menus and the partners' listing are outside it.
  'jocmpkt-lodz-se-pl': {
    content: 'article .lead, article .block_list__container',
    drop: '.galleries, .recommendedArticle, .ctr_teaser_with_link',
  },
  // Chinese portal pages (cxextractor.zip).
  // NetEase Money (网易财经), the 亦观察 opinion column (2015): a guest commentary on fake orders at Uber China. The
  // photo, the bracketed 摘要 (summary) lead and the body with its subhead line are kept; the bold 原标题 (original
  // title) line and the two closing lines in 楷体 <font> (the column's licence/disclaimer note, the author's bio) go.
  // The column banner, headline, author and date, the past-issues sidebar with its credits box and the comment widget
  // are outside it.
  'cxext-163-money': { content: '.entext', drop: 'p:has(b), p:has(font)' },
  // 量子位 (QbitAI, a Chinese AI news site, 2025): 中科闻歌 launches its 智川 X-Agent platform and updates its 优雅
  // audio-video model platform. The 摘要 (summary) standfirst, the body with its h1 subheads, numbered feature
  // lines, the service-mode list, the △ photo captions and the two closing 'scan the QR code above' lines are kept;
  // the headline, author/date/source line, the '允中 发自 凹非寺 / 量子位 | 公众号 QbitAI' dateline box and the
  // closing 版权所有 (all rights reserved) line go. Tags, author box, share bar, 相关阅读 (related), the 热门文章
  // (popular) sidebar and the footer are outside.
  'jocmpkt-qbitai-com': {
    content: '.article',
    drop: 'h1:not(.pgc-h-arrow-right), .article_info, blockquote.pgc-blockquote-abstract, .line_font',
  },
  // CNET Japan (2019), 松村太郎's weekly 'Apple news in one go' column: Apple's privacy stance, on-device machine
  // learning and services beyond the iPhone. The standfirst ('the week's Apple news from CNET Japan, gathered'),
  // the body with its two h2 subheads and the links to the week's stories (with dates) that close each section are
  // kept: the column is a digest of those stories, and the 'その他' (other) section is those links alone. Breadcrumbs,
  // headline, writer and date, share and save buttons, the newsletter box, related lists, tags, PR and sidebar
  // blocks and the footer are outside.
  'jocmpkt-japan-cnet-com': { content: '.article_body' },
  // news.mynavi.jp TECH+ (2019): a short security brief on a WinRAR vulnerability. The four body paragraphs, the source
  // link list and the photo caption are kept; breadcrumb, headline, date/author, share bar, tag list, the in-body ad
  // slot, Members+ and related lists, sidebar rankings and footer are outside.
  'jocmpkt-mynavi-jp': { content: '#js-articleBody', drop: '.articleAd' },
  // weekly.ascii.jp (2019): a hands-on photo report on the Palm Phone. The lead, subhead, body paragraphs, all twelve
  // photo captions and the spec table are kept; the closing "■関連サイト" link box, headline, date, byline, share and
  // follow buttons, editor's picks, sidebar pickups/store ranking and footer are outside.
  'jocmpkt-ascii-jp': { content: '#contents_detail', drop: '.relatedarticle' },
  // itmedia.co.jp PC USER (2019): page 1 of 2 of a column testing NVMe SSDs in an Intel NUC. The standfirst (h2 in
  // #cmsAbstract), body paragraphs, subhead and photo captions are kept; the in-body series index ("これまでの歩み"),
  // the next-page teaser, pager, copyright line, ad slots, rankings, archive calendar and footer are outside.
  'jocmpkt-itmedia-co-jp': {
    content: '#cmsAbstract, #cmsBody > .inner',
    drop:
      '#masterSocialbuttonTop, #cmsMark, #cmsBody .inner > ul, #notice, .ctrl, #cmsCopyright, #BelowArtNative, ' +
      '#InRead, #masterSocialbuttonBtm',
  },
  // ossnews.jp (2019): a topic listing ten open-source projects of 2018. The lead line, the ten numbered subheads with
  // their paragraph and homepage link are kept; the closing source line ("以上、下記URLからの要約"), the CC licence
  // note, "続きを読む", share buttons, latest-topics and CLOSEUP lists, ranking and the huge OSS footer index go.
  'jocmpkt-ossnews-jp': { content: 'h1.hxnewstitle ~ div[style]', endAt: '以上、下記URL' },
  // oreilly.co.jp (2019 book page): the catalogue page of "Head First はじめてのプログラミング". The description, the
  // related-files, errata (正誤表, with its code blocks) and table-of-contents sections with their headings are kept;
  // title, authors, cover, the metadata/price list (dl.item-props), related books, nav and footer are outside.
  'jocmpkt-oreilly-co-jp': { content: '#detail, section.detail > h2, section.detail > section' },
  // tagesschau.de (2025): report on the London Ukraine summit, "Koalition der Willigen". The bold lead, the body
  // paragraphs and the four h2 subheads are kept; the header box (topline, headline, date, top video), the four
  // inline "Kasten" teaser boxes, the tag list, the programme note and the share buttons are outside.
  'jocmpkt-tagesschau-de': {
    content: 'article.container',
    drop: '.seitenkopf, .copytext-element-wrapper, .meldungsfooter',
  },
  // ici.radio-canada.ca (2025): analysis of the federal budget, React/Tailwind markup. The standfirst, the hero photo
  // caption, the body paragraphs, the two h2 subheads, the pull quotes with their attribution, the in-body photo
  // captions and the framed "nouveaux organismes" list are kept; breadcrumb, headline, share/bookmark buttons,
  // byline and dates, the text-to-speech bar, the dossier follow box, ad slots, photo credits, screen-reader-only
  // labels ("Ouvrir en mode plein écran", "Une citation de") and the closing author card are outside.
  'jocmpkt-radio-canada-ca': {
    content: 'article header .sc-jbo7hw-9, article header figcaption, article .kApnBn',
    drop: '.dtJQJO, .fTRnqr, figcaption p.text-small, .sr-only, button',
  },
  // 1pezeshk.com (2024): Persian (RTL) blog article on dogs in WWII. The h2/h3/h4 subheads, paragraphs, bullet and
  // numbered lists of .entry-content are kept; the in-body text-ad box (.tPEp9Lix), the bare "read also" label (a
  // loose text node, hence endAt) and the related-posts widget after it, the featured image, title, comments form,
  // sidebar, sitewide ad links and footer are outside.
  'jocmpkt-1pezeshk-com': {
    content: '.entry-content',
    drop: '.tPEp9Lix, .widget-posts-list-wrapper',
    endAt: 'این نوشته‌ها را هم بخوانید',
  },
  // polityka.se.pl (Super Express, 2025): short announcement of the "Express Biedrzyckiej" guests. The lead photo
  // caption, the lead paragraph and the one body paragraph are kept; kicker, headline, author and date, the share
  // buttons, the "Najnowsze z działu" teaser column beside the body, the YouTube embed, partner/"Najnowsze" lists,
  // breadcrumb, tags, sidebar and footer are outside.
  'jocmpkt-polityka-se-pl': {
    content: '#lead_object figcaption .title, article p.lead, article .block_list__container',
    drop: '.gl_plugin.socials',
  },
  // ClinicalTrials.gov's classic full-text view of study NCT03746262 (US government, 2018): a ctDNA study in lung
  // cancer. The record's tab body is kept: the section heads, brief summary, condition, detailed description, design
  // table, cohorts, outcome measures, eligibility, locations, sponsors, investigator and the publication list; the
  // "Go to" section menus, the National Library of Medicine boxes, the screen-reader table captions, the record-keeping
  // tables (IDs, posting dates, IPD, FDA), the keyword and MeSH term lists and "To Top" go. Headline, disclaimer
  // banner, status/dates box, sponsor block above the tabs and the tab links are outside.
  'jocmpkt-clinicaltrials-gov': {
    content: '#tab-body',
    drop: '.tr-dropdown, .nlm-info, caption, #to-top, .tr-moreInfo, .tr-meshTerms, .tr-tableLabel',
  },
  // Fortinet's blog (company, 2018): a FortiGuard Labs how-to on defeating an Android packer with FRIDA. The AEM text
  // and image blocks are kept: the bold standfirst line, body, bold-paragraph subheads, the quote, the command and
  // code lines, the figure captions, the IOC list and the team sign-off; the two closing promotions (threat-brief
  // sign-up, cyber threat assessment) go. Kicker, headline, byline/date, hidden tags, related posts and footer are
  // outside.
  'jocmpkt-fortinet-com': { content: '.cmp-text, .cmp-image', drop: 'p:has(a[href*="utm_source"])' },
  // Factorio's blog (game company, 2024): Friday Facts #435, the Space Age soundtrack release and a bug-fixing
  // update. The post body is kept: greeting, both sections' subheads, paragraphs, lists and the closing line; the
  // per-section <author> names inside the subheads and the forum/Reddit/newsletter buttons go. Headline, "Posted by"
  // line, previous/next arrows and footer are outside.
  'jocmpkt-factorio-com': { content: '.blog-post > .panel-inset-lighter', drop: '.flex-column, author' },
  // Balloon Juice (political blog, 2026): an open thread by Anne Laurie made mostly of Bluesky embeds (iframes, no
  // text in the page). The entry content's own lines are kept: "Speaking of which…", the below-the-fold line,
  // "Yesterday:", the quoted /3–/11 thread and the closing Nixon paragraph. The rotating header tag lines, menus,
  // headline, byline, category line, share bars, previous/next links and the comment filter are outside; the file
  // stops where the comments begin.
  'jocmpkt-balloon-juice-com': { content: '.entry-content' },
  // Les Versants (Quebec local weekly, 2024): a brief on Opération Nez-Rouge's volunteer centre in Sainte-Julie. The
  // .prose body is kept: paragraphs, the quote line and the two subheads set as <h3>; the in-text ad block goes. The
  // featured photo's caption (its credit sits in the same span) is left out with the photo; menus, headline, byline
  // box, share links, sidebar ads and footer are outside.
  'jocmpkt-versants-com': { content: '.entry-content .prose', drop: '.versa-target' },
  // The Federalist Papers blog post on public-school spending (2016, in a 2022 WordPress frame). The body paragraphs
  // and the AEI blockquote are kept; category, headline, byline, three share bars, the in-body ad notices, the
  // newsletter box, the "READ MORE:" source-link list, the author box, comments and trending list are outside.
  'jocmpkt-thefederalistpapers-org': {
    content: '.entry-content:not(.summary-entry-content)',
    drop: '.sponsor, .tgp-ic-subscribe-box, p[style*="padding-left: 60px"]',
  },
  // Blister's gear review of the Line Outline ski (2019/2021, Elementor layout). Kept: the spec list, the photo
  // captions, intro, flex/weight lists, the full review with its subheads, bottom line, the member-upsell paragraphs
  // written into the text, and the "Rocker Pics" gallery labels. Outside: headline, date/byline, the review-navigation
  // bar, share buttons, the "Share this post:" label, the side ad, category links and post navigation.
  'jocmpkt-blisterreview-com': {
    content: '.entry-content .elementor-section-wrap',
    drop:
      '.elementor-widget-share-buttons, .elementor-widget-html, .elementor-widget-wp-widget-ajdg_grpwidgets, ' +
      '.elementor-element-7d3f1777, .elementor-swiper-button',
  },
  // Chicago YIMBY's news post on the Fulton Bond towers (February 2026). The six body paragraphs and the captions of
  // the in-body renderings are kept; headline, lead-image caption, byline/time, the subscribe/follow block, category
  // tags, share buttons, post navigation, the eight comments and the sidebar are outside.
  'jocmpkt-chicagoyimby-com': {
    content: 'article .entry-content',
    drop: 'nav.breadcrumb, p:has(a[href*="eepurl.com"])',
  },
  // 9to5Linux's news post on the OpenVPN 2.7 release (February 2026). The standfirst subtitle and the seven body
  // paragraphs are kept; headline, byline/date, share bar, lead image, in-body ad slots, the "Image credits:" line,
  // the Ko-fi "Enjoyed the article?" box, related-posts heading, tags, comments, sidebar and download-list footer go.
  'jocmpkt-9to5linux-com': {
    content: '.bm-post-subtitle, article .entry-content',
    drop: '.sponsor-block-1, .jp-relatedposts, div[style*="inline-block"]',
    dropLines: ['Image credits:'],
  },
  // economictimes.indiatimes.com (2025): an ET Bureau report on India hosting Khamenei's adviser. The synopsis (lead),
  // the photo caption and the body text (br-separated, with the closing ministry quote) are kept; the 'Synopsis'
  // label, photo credit, the GrowFast course slider and ad boxes inside the body, the WhatsApp-channel line, topic
  // links, disclaimer and byline/share bar are outside.
  'jocmpkt-economictimes-com': {
    content: '.artSyn .summary, article.artData > .imgBox figcaption, article.artData > .artText',
    drop: '.growfast_widget, .adBox, .inSideInd, .country_specAD',
  },
  // channelnewsasia.com (2025): a CNA report on six more arrests over unauthorised ICA address changes. The standfirst,
  // the hero photo caption and the body text blocks (including the final two paragraphs after the inline infographic)
  // are kept; the 'Related:' card inside the body, three repeated menus, byline/date/share bar, text-to-speech
  // player, source line, newsletter/app/WhatsApp widgets and the topic links are outside.
  'jocmpkt-channelnewsasia-com': {
    content:
      '.content-detail__description, .detail-hero-media .figure__caption, .block-field-blocknodearticlefield-content',
    drop: '.referenced-card',
  },
  // hardwarezone.com.sg (2024): a tech guide on spotting scam messages (RCS, SMS, iMessage), via The Straits Times.
  // The contributor note, the h3 subheads and all body paragraphs are kept; the repeated page title (h2), the
  // trending strip, byline, share bars, pagination, Telegram line, tags, affiliate and feedback notes are outside.
  'jocmpkt-hardwarezone-com-sg': { content: '#content-section .page', drop: 'h2.page-title' },
  // sg.news.yahoo.com (2025): a Straits Times story on McDonald's Chilli Crab Sauce Burger, syndicated by Yahoo.
  // The cover-photo caption, the eleven body paragraphs and the in-body photo caption are kept; the provider logo,
  // byline/time/share popup, the in-body ad slots and the closing source/permission and subscription links go.
  'jocmpkt-sg-news-yahoo-com': {
    content: '.caas-inner-body > figure figcaption, .caas-body',
    drop: '.caas-da',
    dropLines: ['Source: The Straits Times', 'Discover how to enjoy other premium articles'],
  },
  // phoronix.com news brief (Dec 2024): Raspberry Pi HEVC decoder driver posted for kernel review. The five
  // <br>-separated paragraphs and the quoted mailing-list blockquote are kept; headline, "Written by" line,
  // category icon, ad slots, comment count, share bar, related/popular lists, author bio and sidebar are outside.
  'jocmpkt-phoronix-com': { content: 'article.full .content' },
  // terminaltrove.com catalogue page of the jolt TUI battery monitor (2026). The tagline (as standfirst) and the
  // four description paragraphs are kept; name heading, language/licence badges, share modals, install tabs,
  // the Augment Code sponsor card, the newsletter box and the footer are outside.
  'jocmpkt-terminaltrove-com': { content: '#tagline, main .mt-8 > p' },
  // tldr.tech newsletter issue 2025-01-31 (web archive page). Section headings, item titles (with reading time)
  // and item summaries are kept; the issue-subject h2 (the title), the emoji section icons and both sponsor
  // items (Sourcegraph section, Vanta item), the signup box and the footer are outside.
  'jocmpkt-tldr-tech': {
    content: 'div.content-center > section:not(:first-of-type)',
    drop: 'article:has(a[href*="utm_campaign=new-way-grc"]), header > div',
  },
  // forward.com Schmooze item (Dec 2016): why Slack offers a "Hummus" notification sound. Body paragraphs and the
  // four embedded tweets are kept; eyebrow, headline, share list, featured image credit, byline box, ad slots,
  // the closing italic author tagline, the ending byline, rail, tags, popular lists and footer are outside.
  'jocmpkt-forward-com': {
    content: '.content-container > article',
    drop: '.featured-image, .post-author, .sponsored-content, .ending-byline',
    dropLines: ['Laura E. Adkins is the Forward'],
  },
  // se.pl (Super Express, 2025): a piece on TVP2's documentary about Budka Suflera's Romuald Lipko. The lead paragraph,
  // the body paragraphs and two subheads are kept; the "Najnowsze z działu" box, the recommended-article link, the
  // Google News teaser, the Facebook video, the gallery with its "GALERIA:" heading and the video player go.
  'jocmpkt-se-pl': {
    content: 'p.lead, .block_list__container',
    drop: '.recommendedArticle, .ctr_teaser_with_link, .socials, .galleries, .video_player, video',
    dropLines: ['GALERIA: Ci muzycy Budki Suflera'],
  },
  // superbiz.se.pl (Super Biznes, 2025): the March 2025 pension indexation, with a table of ZUS payout dates. The lead,
  // three subheads, the body paragraphs and the table are kept; the lead gallery, kicker, authors, the "Najnowsze z
  // działu" box, the "Przeczytaj także" link, the PRL quiz teaser and the Google News teaser go.
  'jocmpkt-superbiz-se-pl': {
    content: 'p.lead, .block_list__container',
    drop: '.recommended-content, .static-teaser, .ctr_teaser_with_link',
  },
  // euronews.com (Culture, 2026): a listicle of cinema's best karaoke scenes. The standfirst (h2.c-article-summary),
  // the body paragraphs, the film subheads with their lyric lines and the captions of the four stills are kept; ad
  // slots, the Connatix slot, the "Related" box, the YouTube embeds and the photo credits go.
  'jocmpkt-euronews-com': {
    content: '.c-article-summary, .c-article-content',
    drop: '.c-ad, .connatix-container, .c-widget-related, .widget--type-youtube-embed, .widget__captionCredit',
  },
  // prospectmagazine.co.uk (2017 essay, page of 2022): Duncan Bell on the Anglosphere. The standfirst, the body
  // paragraphs, the pull quote and the inline Chamberlain caption are kept; the lead-image caption, in-copy ad slots,
  // the author photo and the trailing trade-report promo and newsletter lines (endAt), byline bio and sidebar go.
  'jocmpkt-prospectmagazine-co-uk': {
    content: '.blog-header__description, .blog__main',
    drop: '.advertisement',
    endAt: 'On the 17th of January 2017',
  },
  // superseriale.se.pl (Super Seriale, 2025): preview of "Barwy szczęścia" episode 3122 with a quoted dialogue. The
  // lead, the three subheads, the body and the dialogue lines are kept; the lead gallery, kicker, author, the
  // "Najnowsze z działu" box, YouTube embed, gallery, recommended-article link and the video player go.
  'jocmpkt-superseriale-se-pl': {
    content: 'p.lead, .block_list__container',
    drop: '.socials, .galleries, .recommendedArticle, .video_player, video',
  },
  // notebookcheck.net news brief (2025): 8BitDo 64 Controller pre-order. The lead-image caption, the standfirst
  // (.intro-text), the four body paragraphs and the two in-body image captions are kept; headline, author/date,
  // topic tags, the "Source(s)" line, related articles, comments box, author bio, share bar and footer are outside.
  'jocmpkt-notebookcheck-net': {
    content:
      '.news-teaser-image figcaption, .intro-text, #content > .csc-default > p.bodytext, ' +
      '#content .il_large figcaption',
  },
  // vortez.net news story (2025): DeepCool CH690 DIGITAL case. The whole body block is kept: bold lead paragraph,
  // the "Side Display Panel" caption, three paragraphs and the "Availability, Warranty, and Pricing" subhead with
  // its paragraph; headline, byline/comments/date icons, tags, share bar, related/recent stories and sidebar go.
  'jocmpkt-vortez-net': { content: '.do-border > .the-article-content' },
  // techpowerup.com review (2025), page 1 of 11: Valkyrie V240 LITE. The "Introduction" subhead, three paragraphs
  // and the specification table are kept; header (byline, share icons, next-page link), page selector footer and
  // the sidebar (drivers, forum posts, popular reviews, controversial news) are outside.
  'jocmpkt-techpowerup-com': { content: '.contnt > .text' },
  // digitalfoundry.net feature (2026): World of Warcraft: Forever. The description line (standfirst), the video
  // caption, ten body paragraphs and the gallery caption (once; the eight repeats on later slides go) are kept;
  // the YouTube subscribe line, the hidden poll results, in-body ads and the "Related Articles" box are dropped,
  // and the byline, share bars, author box, comments, related lists and sidebar are outside.
  'jocmpkt-digitalfoundry-net': {
    content: '.article-header .description, #article .article-text > section.text',
    drop: '.youtube-sub, .poll, .object-related, .insert, .insert-label, .swiper-slide + .swiper-slide figcaption',
  },
  // The Verge (2026): a short news story on Samsung winding down the Galaxy Z TriFold. The dek (given twice in the
  // lede, the copy in ._1o1f7ku8 is taken), the lead photo's caption and the five body paragraphs are kept; the photo
  // credit, breadcrumb topics, byline with its follow pop-overs, date, share buttons, the author line with bio, the
  // 'Follow topics and authors' box after the body, the 'Most Popular' rail and the menus are outside or dropped.
  'jocmpkt-theverge-com': {
    content: '._1o1f7ku8, .duet--media--caption figcaption, #zephr-anchor',
    drop: '.tly2fw0',
  },
  // The Drive (2026): a deals post on Milwaukee Packout boxes at The Home Depot. The one body paragraph and the four
  // product cards' headings (the deals themselves) are kept; the affiliate disclosure, the newsletter box at the top
  // of the body, the card images and 'See It' buttons, and the author box and tag list in the body's footer go. The
  // lead photo's line is only a credit ('Milwaukee, edited by the author') and stays out, as do byline and sidebar.
  'jocmpkt-thedrive-com': {
    content: '.content-wrapper',
    drop: '.recurrent-newsletter-block, .product-image, .product-button-link, .article-content-footer',
  },
  // Jalopnik (2026): Rivian tops Consumer Reports' owner-satisfaction ranking; three sections, the second and third
  // under h2 subheads. All ten body paragraphs and both subheads are kept; the breadcrumb, headline, byline and the
  // three photos (credit-only, no captions) go, and the newsletter line, comments, 'Recommended' and menus are outside.
  'jocmpkt-jalopnik-com': {
    content: 'article.news-post',
    drop: '.breadcrumbs, h1, .byline-container, .gallery-image-holder',
  },
  // VGC (2025): a Nintendo Direct news story on the Super Mario Bros Wonder Switch 2 Edition. The standfirst under
  // the headline and the six body paragraphs are kept, with the h3 'Gallery: …' heading over the screenshot gallery;
  // the ad slots, the YouTube embed, the uncaptioned gallery and the sign-off logo go. Category tag, date, byline,
  // share bars, related reviews, tags, the author box, shop listings, sidebars, comments and footer are outside.
  'jocmpkt-videogameschronicle-com': {
    content: '.post__header-main p, #content_body',
    drop: '.adcontainer, .vgc-embed, .signoff, .gallery',
  },
  // GoNintendo (2025): a blog post on an ex-Capcom composer defending Game-Key Cards. The dek under the headline,
  // the three paragraphs and the long blockquote of his comments (its <br> lines kept) are kept; the post image (no
  // caption) and the bracketed source list go. Date, 'by rawmeatcowboy', comment count, the menus, the comment
  // form templates and the six reader comments, and the footer are outside.
  'jocmpkt-gonintendo-com': {
    content: '.content .space-y-1 > p, .content > .narrow',
    drop: '.content-image, .source-list',
  },
  // The Verge (2026): Dominic Preston's Pixel 10A review. The dek, the body with its scorecard (score 7, the product
  // name and the Good/Bad lists), the list of hardware changes, the photo captions and the closing 'Update, March
  // 13th' note are kept; the scorecard's images, prices and buy buttons, the carousel's arrows and '1/15' counter, the
  // 'Photography by' credit line and the 'Follow topics and authors' box go. Byline, ethics note, date, share
  // buttons, the lead photo's credit, the author bio line, the 'Most Popular' rail and the menus are outside.
  'jocmpkt-theverge-com-2': {
    content: '._8enl99i, #zephr-anchor',
    drop:
      '.tly2fw0, a._18t3ez0g, a._18t3ez0j, ._18t3ez0q, ._18t3ez0r, ._18t3ez0w, ._16zyrvq3, ' +
      'button._1etxtj1h, ._1etxtj1d',
    dropLines: ['Photography by Dominic Preston'],
  },
  // The Penny Hoarder (2017): Steve Gillman's listicle of seven places to find hidden cash around the house. The intro
  // and the numbered h2 sections with their paragraphs are kept; nav menus, share bars, byline/date, the photo credit,
  // the closing author-bio paragraph, the newsletter box and the Favorites/Trending/You May Also Like lists are outside.
  'jocmpkt-thepennyhoarder-com': {
    content: '.single-post-content-inner',
    drop: '.newsletter-signup-wrapper-for-digioh',
    dropLines: ['Steve Gillman is the author of'],
  },
  // Deadline (2019): Lisa de Moraes' brief on Trump's Boeing 737 MAX rebrand tweet. The six paragraphs (two are
  // tweet lead-ins) and the three embedded tweets (text and attribution) are kept; breadcrumb, byline box, photo credit,
  // the inline ad, the Must Read Stories toaster, newsletter line, tags and the comments block are outside.
  'jocmpkt-deadline-com': { content: '.a-content', drop: '.admz' },
  // 247Sports (2016): Travis Haney's news brief on Houston hiring Major Applewhite. The six body paragraphs are kept;
  // the photo-credit caption, byline/date, admin tools, VIP promo, comments links and the footer are outside.
  'jocmpkt-247sports-com': { content: '.article-body', dropLines: ['(Photo:'] },
  // Page Six (2016): Oli Coleman's exclusive on the Vergara/Loeb embryo suit. The lead photo's caption and the eight
  // body paragraphs are kept; the exclusive flag, byline/date, photo credit, More On box, tags, share bars,
  // Read Next, popular/trending lists and the sidebar are outside.
  'jocmpkt-pagesix-com': {
    content: '#featured-image-wrapper .wp-caption-text > span:not(.credit), .entry-content',
  },
  // America Now (2016): Ray Brown's story on Kellyanne Conway being named counselor to Trump. The ten body paragraphs are
  // kept; topic label, byline/date, share buttons, in-content ad regions and the Sources/photo-credit line are outside.
  'jocmpkt-americanow-com': { content: '.field-name-body', drop: '.in-content-regions' },
  // Us Weekly (2016): Megan French's story on Lady Gaga sharing a photo of Taylor Kinney with her mother.
  // The lead photo's caption, the body paragraphs and the embedded Instagram caption are kept; the photo credit,
  // the Instagram "A post shared by" line, inline related-story links, the video slot, YouTube promo and the
  // More News lists are outside.
  'jocmpkt-usmagazine-com': {
    content: '.lead figcaption .caption, .center-rail .article-content',
    drop: '.link-related, .inset-video, .youtube-cta, .module-more-news-center, blockquote.instagram-media p:last-child',
  },
  // CNNMoney (2016): Julia Horowitz's story on the O'Hare airport workers' strike. The h2 standfirst and the body
  // paragraphs are kept; the video title, share bars, the two in-story promo links (Related / MoneyStream),
  // the contributor line and the source/first-published stamp are outside.
  'jocmpkt-money-cnn-com': {
    content: '#storytext',
    drop: '#js-ie-storytop, .share-tools, .storytimestamp, p:has(.inStoryHeading)',
    dropLines: ["-- CNN's Bill Kirkos contributed"],
  },
  // Ars Technica science story (Feb 2025): 22 states sue over the NIH indirect-cost cap. The dek under the headline
  // and the three post-content blocks (split by rail and mid-content ads) with their h2 subheads and the closing
  // update note are kept; the page anchors, interlude slot, author bio, comment count, Staff Picks and Most Read go.
  'jocmpkt-arstechnica-com': {
    content: 'article header p.text-lg, .post-content',
    drop: '.ars-interlude-container, .page-anchor-wrapper',
  },
  // Android Authority's list of new Android apps for December 2024 (Next.js, hashed classes). The standfirst, the
  // intro, the in-body contents list and each app's h2, tagline, price/developer list and review paragraphs are
  // kept; image credits (Andy Walker / Android Authority, Appxplore), galleries, button slots and "You might like" go.
  'jocmpkt-androidauthority-com': {
    content: '.d_bc.d_dc, .d_Dd > .d_e.d_C',
    drop: '.aa_custom_button_wrapp',
  },
  // TechCrunch short news item (Dec 2024) on Halide Mark III. The five paragraphs of the entry content are kept;
  // the hero image credit, the two ad slots inside the body, Topics, share bars, author card and lists go.
  'jocmpkt-techcrunch-com': { content: '.entry-content', drop: '.ad-unit' },
  // MobileSyrup short news item (Jan 2025) on free Kindle First Reads books. The subheader (standfirst) and the four
  // body paragraphs are kept; the huge mega menu, author/date row, lead image, player slot and affiliate note go.
  'jocmpkt-mobilesyrup-com': { content: 'h2.article-subheader, .article-content' },
  // 9to5Mac news story (June 2025): Apple Notes comes to watchOS 26. The paragraphs, the h2 and the two-item list
  // are kept; the featured image, the appended affiliate "Best Apple Watch deals" list, the Google News link, the
  // FTC disclaimer banner and the visitor promo go.
  'jocmpkt-9to5mac-com': {
    content: '.post-content',
    drop: '.google-news-link, .ad-disclaimer-container, #after_disclaimer_placement, figure.featured-image',
    endAt: 'Best Apple Watch deals and accessories',
  },
  // Wccftech exclusive interview (Jan 2025) with an analyst on the Switch 2 reveal. The intro, the Q&A paragraphs,
  // the events schedule table and the closing paragraph are kept; share buttons, ad slots, the "Related Story"
  // box, the poll widget, Products mentioned, Further Reading, comments and the sidebar go.
  'jocmpkt-wccftech-com': {
    content: '.content > .post',
    drop: '.story-share, .wccf_video_tag, .related-story, .dem-poll-shortcode, .content-ad',
  },
};

const BLOCK = new Set(
  (
    'address article aside blockquote br center dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** The text of `root`, a line per block, white space collapsed, empty lines dropped. */
function blockText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

export function annotatedText(html: string, url: string, a: Annotation): string {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const roots = Array.from(doc.querySelectorAll(a.content)).filter(
    // A match inside another match is read with it.
    (el, _i, all) => !all.some((other) => other !== el && other.contains(el)),
  );
  if (a.drop) for (const root of roots) for (const el of Array.from(root.querySelectorAll(a.drop))) el.remove();
  let lines = roots.map(blockText).filter(Boolean).join('\n').split('\n');
  const end = a.endAt === undefined ? -1 : lines.findIndex((l) => l.startsWith(a.endAt!));
  if (end >= 0) lines = lines.slice(0, end);
  if (a.dropLines) lines = lines.filter((l) => !a.dropLines!.some((d) => l.startsWith(d)));
  dom.window.close();
  return lines.join('\n');
}

const DATA = new URL('./data/devcorpus/', import.meta.url);

function main(): void {
  const [command, pack, dir] = process.argv.slice(2);
  const infos = devCorpusInfos().filter((p) => p.id in SELECTORS);
  if (command === 'build' && pack && dir) {
    const files: Record<string, Uint8Array> = {};
    const all = devCorpusInfos();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const id = file.replace(/\.html$/, '');
      const info = all.find((p) => p.id === id);
      const annotation = SELECTORS[id];
      const given = join(dir, `${id}.txt`);
      if (!info || (!annotation && !existsSync(given))) {
        throw new Error(`${id}: not in pages.json, or neither selectors nor ${id}.txt`);
      }
      const bytes = readFileSync(join(dir, file));
      const text = annotation
        ? annotatedText(decodeHtml(bytes), info.url, annotation)
        : readFileSync(given, 'utf8').trimEnd();
      files[`${id}.html`] = bytes;
      files[`${id}.txt`] = new TextEncoder().encode(text + '\n');
      console.log(`${id}: ${text.length} characters\n${text}\n`);
    }
    writeFileSync(new URL(`${pack}.zip`, DATA), zipSync(files, { level: 9, mtime: new Date('2020-01-01') }));
    return;
  }
  if (command === 'check') {
    let bad = 0;
    const packs = new Map<string, Record<string, Uint8Array>>();
    for (const info of infos) {
      if (!packs.has(info.pack)) packs.set(info.pack, unzipSync(readFileSync(new URL(info.pack, DATA))));
      const files = packs.get(info.pack)!;
      const want = new TextDecoder().decode(files[`${info.id}.txt`]).trimEnd();
      const got = annotatedText(decodeHtml(files[`${info.id}.html`]!), info.url, SELECTORS[info.id]!);
      if (got !== want) {
        bad++;
        console.log(`${info.id}: differs from what its selectors give`);
      }
    }
    console.log(`${infos.length - bad} of ${infos.length} annotated pages match their selectors`);
    process.exit(bad ? 1 : 0);
  }
  console.error('usage: devcorpus-selectors.ts check | build <pack> <dir>');
  process.exit(2);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
