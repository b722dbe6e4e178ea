/**
 * The article's furniture printed inside its container: date and "Updated" lines, "By …" lines, the
 * headline repeated, the page's own address, kicker words. Hearst pages (SFGate, Chron, CT Post) put
 * "Updated 1:39 am EST, Wednesday, November 20, 2019" and the URL in the text; Express prints
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …"; CBS "November 20, 2019 / 1:07 AM / CBS News".
 * The metadata already carries date and byline, so the body need not repeat them.
 */
import {
  alive,
  isBlock,
  isHeading,
  isProseBlock,
  leafBlocks,
  normLine,
  remove,
  textOf,
  tooBig,
  wordCount,
  type PruneContext,
} from './util.js';
import { vocabulary } from './split-alternation.js';
import { isViewCount } from './calls-to-action.js';

const isBlockWithBlocks = (el: Element): boolean => Array.from(el.querySelectorAll('*')).some(isBlock);

/** Minutes, abbreviated or not, in those languages. */
const MINUTES = String.raw`(?:min(?:s|ute[ns]?|utos?|uti|uty|uta|ut|uten|utter|uuttia|uutti)?|m)\.?`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/**
 * Arabic months (Egyptian and Levantine names), weekdays, "آخر تحديث" ("last updated") and the hour's morning or
 * evening ("02:15 م"), so CNN Arabic's "الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)" and Youm7's "الثلاثاء، 14
 * نوفمبر 2023 02:15 م" read as the date lines they are.
 */
const ARABIC_WORDS = String.raw`(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون\s+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين\s+الأول|تشرين\s+الثاني|كانون\s+الأول|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|آخر\s+تحديث|صباحاً|صباحا|مساءً|مساءا|مساء|ص|م)`;
/**
 * Dutch, Polish (the genitive a date takes: "14 maja 2024", and the plain names), Czech, Swedish, Danish, Norwegian
 * and Finnish months and weekdays, so "dinsdag 14 mei 2024", "wtorek, 14 maja 2024", "14. května 2024" and "tisdag 14
 * maj 2024 kl. 09.12" read as the date lines they are.
 */
const NORTH_AND_EAST_WORDS = String.raw`januari|februari|maart|mei|augustus|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|pondělí|úterý|středa|čtvrtek|pátek|neděle|marts|augusti|desember|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai`;
/**
 * Portuguese, Spanish, French, Italian and German months, weekdays and the small words between them, so
 * "segunda-feira, 22 de janeiro de 2018 às 0:13" (a Brazilian blog's post header) reads as a date line.
 */
const FOREIGN_WORDS = String.raw`(?:janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|märz|juni|juli|oktober|dezember|(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|${NORTH_AND_EAST_WORDS}|${ARABIC_WORDS})`;
/** The month with the day before it ("14 de noviembre", "14. November", "14 novembre"): the day is a date part too. */
const FOREIGN_DATE = String.raw`(?:\b\d{1,2}\.?\s+(?:de\s+)?)?(?<![\p{L}])${FOREIGN_WORDS}(?![\p{L}])`;
/** Joining words that only ever sit between date parts in those languages ("22 de janeiro de 2018 às"). */
export const DATE_GLUE = /(?<![\p{L}])(?:de|às|as|a\s+las|le|à|alle|um|am|del|at|on|om|kl|klo|godz|r)(?![\p{L}])/giu;
const ENGLISH_DATE_PARTS = [
  String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b,?(?:\s+\d{4})?`,
  String.raw`\b\d{1,2}(?:st|nd|rd|th|\.)?\s+${MONTH}\b,?(?:\s+\d{4})?`,
  String.raw`\b\d{4}-\d{2}-\d{2}(?:t[\d:.+-]+z?)?`,
  String.raw`\b\d{4}[/.]\d{1,2}[/.]\d{1,2}\b`,
  String.raw`\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
  // The time, with its half of the day as Spanish-speaking sites write it too ("10:15 a. m.").
  String.raw`\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:[A-Z]{2,4}|h))?`,
  String.raw`\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\b,?`,
  String.raw`\b\d{4}年\d{1,2}月\d{1,2}日`,
  // The Chinese weekday right after the day ("2023年7月28日星期五", "7月28日（週五）": alone, "下周一，" opens a sentence),
  // and the desk's mark a Hong Kong or Taiwanese paper sets beside the date ("【明報專訊】", "【本報訊】", "【新華社電】").
  String.raw`(?<=日\s?)[(（]?(?:星期|禮拜|礼拜|週|周)[一二三四五六日天][)）]?|【[^【】\s]{1,8}(?:專訊|专讯|訊|讯|電|电)】`,
  String.raw`\b(?:today|yesterday|\d+\s+(?:minutes?|hours?|days?)\s+ago)\b`,
  String.raw`\b(?:19|20)\d{2}\b`,
  // The other languages' short months, only between a day and a year ("02 Ago 2017", "3 Okt. 2019", "12 févr. 2020"):
  // alone, "set", "out" or "mag" are words.
  String.raw`\b\d{1,2}\.?\s+(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic|ene|abr|may|jun|jul|sep|sept|oct|fev|fév|févr|out|dez|janv|jan|avr|juil|déc|mär|mrz|okt|mai|aug|dec)\.?,?\s+\d{4}\b`,
];
const DATE_PARTS = new RegExp(ENGLISH_DATE_PARTS.join('|'), 'gi');
const WITH_FOREIGN_DATE_PARTS = new RegExp([...ENGLISH_DATE_PARTS, FOREIGN_DATE].join('|'), 'giu');
const MAY_BE_FOREIGN_DATE = new RegExp(FOREIGN_WORDS, 'i');

/**
 * The date-parts regex for `text`. The one with the other languages' words is a Unicode case-insensitive
 * regex whose compile costs Firefox a few milliseconds on every page, so it is used only where one of those
 * words appears at all (MAY_BE_FOREIGN_DATE, its necessary condition). Without them both match the same.
 */
export const datePartsFor = (text: string): RegExp =>
  MAY_BE_FOREIGN_DATE.test(text) ? WITH_FOREIGN_DATE_PARTS : DATE_PARTS;

/**
 * The label ends where a letter does not follow: `\b` cannot see the end of 发布时间 before "：". European news
 * sites' labels too: "Stand: 12.03.2023, 14:00 Uhr", "Aktualisiert am …", "Mis à jour le …", "Gepubliceerd op …"
 * ("Stand" only with its colon: "Stand 2023 waren es …" is a sentence).
 */
const DATE_LABEL =
  /^(?:\|\s*)?(?:updated|published|posted|first\s+published|last\s+updated|original|modified|publicado(?:\s+(?:el|em))?|pubblicato(?:\s+il)?|veröffentlicht(?:\s+am)?|publié(?:\s+le)?|(?:zuletzt\s+)?aktualisiert(?:\s+am)?|erstellt(?:\s+am)?|(?:presse)?meldung\s+vom|pressemitteilung\s+vom|beitrag\s+vom|nachricht\s+vom|stand(?=\s*:)|mis\s+à\s+jour(?:\s+le)?|modifié(?:\s+le)?|actualizado(?:\s+(?:el|a\s+las))?|aggiornato(?:\s+(?:il|alle))?|atualizado(?:\s+em)?|bijgewerkt(?:\s+op)?|gepubliceerd(?:\s+op)?|opublikowano|zaktualizowano|aktualizacja|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|julkaistu|päivitetty|発行|发表于|發表於|发布于|發佈於|發布於|发表时间|發表時間|更新于|更新於|写于|寫於|(?:最終)?更新日(?:時)?|投稿日(?:時)?|公開日(?:時)?|掲載日(?:時)?|配信日(?:時)?|作成日|发布时间|發布時間|發佈時間|发布日期|發布日期|发稿时间|發稿時間|(?:最新|最後|最后)?更新(?:时间|時間|日期)?|نُ?شِ?ر\s+(?:في|فى|بتاريخ)|تاريخ\s+النشر|آخر\s+تحديث|g[üu]ncelleme(?:\s+tarihi)?|yayınlanma(?:\s+tarihi)?|son\s+g[üu]ncelleme|обновлено|опубликовано|ενημερώθηκε|δημοσιεύθηκε)(?![\p{L}\p{N}_])[\s:：]*/iu;
/** DATE_LABEL as a test that compiles its Unicode pattern only for a line holding one of its words. */
const DATE_LABEL_WORDS = vocabulary(DATE_LABEL);
/**
 * A reading-time line: "5 min read", "Lesezeit: 3 Min.", "Temps de lecture : 4 min", "Leestijd 4 minuten",
 * "Czas czytania: 3 min". What the page estimates, not the story.
 */
const READING_TIME = vocabulary(
  new RegExp(
    String.raw`^(?:(?:reading\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|lecture|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd|czas\s+czytania|lästid|lesetid|læsetid|lukuaika)\s*[:：]?\s*(?:ca\.?\s*|circa\s+|~\s*)?\d+\s*(?:-\s*\d+\s*)?${MINUTES}|(?:ca\.?\s*)?\d+\s*(?:-\s*\d+\s*)?${MINUTES}\s+(?:read|reading(?:\s+time)?|lesezeit|lesedauer|de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura|leestijd|czytania|lästid|lesetid|læsetid|lukuaika))$`,
    'i',
  ),
);
/**
 * Chinese staff lines inside the container: "责任编辑：周涛", "（编辑：王芳　校对：李明）", "編輯：陳志明　校對：黃淑芬".
 * They credit the desk, not the story (the byline is the reporter's, read from the label lines).
 */
const STAFF_LINE = vocabulary(
  /^[（(【[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|监制|監製|实习编辑|實習編輯|美编|美編|值班编辑|值班編輯)\s*[:：]/,
);
/**
 * "By Paul Takahashi", "Por Ana", "Von Anna Schmidt", "Door Jan de Vries", "Autorin: Eva Roth", "Author: Jane Roe", the
 * Arabic "كتب أحمد محمود" ("written by", a name of three words at most: "كتب الرئيس رسالة إلى الوزير" is a sentence) and
 * "بقلم: سارة أحمد", and
 * the BBC template's "Author, …" (its screen-reader label before the names, in every language service): a name
 * follows, so "By changesets" (a table heading on LWN) is not a byline.
 */
const BYLINE_LINE = vocabulary(
  /^(?:(?:[Bb]y|BY|[Pp]or|[Dd]i|[Vv]on|VON|[Pp]ar|[Ww]ritten\s+by|[Dd]oor|[Aa]v|[Aa]f|كتبت?(?=\s+\S+(?:\s+\S+){0,2}$)|بقلم\s*[:：]?)\s+|(?:[Aa]uthors?|AUTHORS?|[Aa]utor(?:in|a|e)?|[Aa]uteur(?:e)?|[Tt]exte?|AUTOR|AUTEUR)\s*[:：]\s*|(?:[Aa]uthors?|AUTHORS?)\s*,\s*)[\p{Lu}\p{Lo}@]/u,
);
/**
 * Taiwanese and Hong Kong reporter and desk lines: "記者林悅／南市報導", "社會中心／綜合報導", "（記者王小明／台北報導）".
 * The first paragraph's own "中央社記者…台北19日電" opens the story and is not such a line.
 */
const HAN_REPORT_LINE =
  /^[（(【]?\s*(?:(?:實習|实习)?(?:記者|记者)[\p{Script=Han}A-Za-z·・、\s]{1,24}|[\p{Script=Han}]{1,8}(?:中心|組|组|部))\s*[／/]\s*[\p{Script=Han}]{0,8}(?:報導|報道|报道)\s*[）)】]?$/u;
/** Who asked the questions, closing an interview: "Das Gespräch führte Jordan Mejias.", "Propos recueillis par …". */
const INTERVIEWER =
  /^(?:das\s+(?:gespräch|interview)\s+führten?|interview\s*[:：]|propos\s+recueillis\s+par|entrevista\s+(?:de|por)|intervista\s+(?:di|a\s+cura\s+di))\s+\S/i;
const REPORTED = /[／/][^／/]*(?:報導|報道|报道)/;
/**
 * The desk's credit under a story: "Edited by: Jenipher Camino Gonzalez" (Deutsche Welle), "Reporting by Jane Roe;
 * Editing by John Doe" (agency copy), "Redaktion: …", "Mitarbeit: …", "Édité par …", "Edición: …", "Contributing: …"
 * (USA Today). A name follows. Set in brackets ("(Reporting by …; editing by ….)", Reuters), it is a credit even with
 * its closing stop; otherwise a stop at the end says sentence ("Reporting by The Guardian revealed … for months.").
 */
const CREDIT_IN_BRACKETS = /^[([].*[)\]]$/;
/** A contributors' list ends in a stop and is still no sentence: "Contributing: Liz Szabo, Michael Winter, Associated Press." */
const CONTRIBUTORS = /^contribut/i;
/**
 * The desk's credit line ("Redaktion: …", "Edited by …", "Edição: …"), and a Polish public record's ("Wytworzył: …",
 * "Osoba odpowiedzialna: …").
 */
const EDITOR_LINE = vocabulary(
  /^[([]?(?:(?:[Ee]dited|[Ee]diting|(?:[Aa]dditional\s+)?[Rr]eporting|[Rr]edigiert|[Bb]earbeitet|[ÉéEe]dit[ée]e?|[Rr]édigé)\s+(?:by|von|par)|[Rr]edaktion|[Mm]itarbeit|[Éé]dition|[Ee]dición|[Rr]edacción|[Rr]edazione|[Rr]edactie|[Cc]ontributing|[Cc]ontributors?|[Ee]dição|[Tt]exto|[Tt]esto|[Ww]ytworzył(?:\(a\)|a)?|[Uu]dostępnił(?:\(a\)|a)?|[Ww]prowadził(?:\(a\)|a)?|[Zz]modyfikował(?:\(a\)|a)?|[Oo]publikował(?:\(a\)|a)?|[Oo]soba\s+(?:odpowiedzialna|udostępniająca|wprowadzająca|sporządzająca)|[Pp]odmiot\s+udostępniający|[Oo]dpowiedzialn[ya]\s+za\s+treść|[Ii]nformację\s+(?:wytworzył|wprowadził|udostępnił)(?:\(a\)|a)?)\s*[:：]?\s+[\p{Lu}]/u,
);
/**
 * A page's review date, as government and health sites print it: "Page last reviewed: 12 March 2024", "Next review
 * due: …", "Diese Seite wurde zuletzt am … aktualisiert.", "Vérifié le … - Direction de l'information légale …",
 * "Laatst gewijzigd: …", a public record's "Data publikacji: …" (Poland's BIP), "Letzte Änderung: …". Apart from
 * DATE_LABEL, a Unicode pattern (dearer to compile, in Firefox most): this one is plain.
 */
const REVIEW_LABEL = vocabulary(
  /^(?:(?:page\s+)?last\s+reviewed(?:\s+on)?|next\s+review\s+due|this\s+page\s+was\s+last\s+(?:updated|modified|reviewed)(?:\s+on)?|diese\s+seite\s+wurde\s+zuletzt\s+am|zuletzt\s+geändert(?:\s+am)?|vérifié\s+le|cette\s+page\s+a\s+été\s+mise\s+à\s+jour\s+le|laatst\s+gewijzigd(?:\s+op)?|ultima\s+modifica|última\s+modificación|(?:page\s+)?last\s+modified(?:\s+on)?|letzte\s+änderung(?:\s+am)?|dernière\s+(?:mise\s+à\s+jour|modification)(?:\s+le)?|última\s+(?:actualización|atualização|alteração)|ultimo\s+aggiornamento|data\s+(?:publikacji|wytworzenia|udostępnienia|modyfikacji|aktualizacji|wprowadzenia)|ostatnia\s+(?:modyfikacja|aktualizacja|zmiana)|fecha\s+de\s+(?:publicación|actualización)|date\s+de\s+(?:publication|mise\s+à\s+jour)|data\s+di\s+pubblicazione|data\s+de\s+publicação|datum\s+der\s+veröffentlichung|publicatiedatum)(?![a-zà-ÿąćęłńóśźż])/i,
);

/** The wire services whose copy European papers run under their own name, as they credit them. */
const AGENCIES = String.raw`dpa|afp|ap|reuters|efe|ansa|anp|pap|lusa|apa|kna|epd|sda|keystone-sda|belga|tt|ntb|ritzau|stt|čtk|ctk|mti|tasr|hina|europa\s+press|agi|adnkronos|dts|dapd|ddp|kyodo|andina|télam|telam|notimex|xinhua|sputnik|anadolu|yonhap|bernama|antara`;
/**
 * The wire's credit on a line of its own under a story: "(dpa/lno)", "kbau/dpa", "mit dpa", "Mit Material von dpa und
 * AFP", "(avec AFP)", "(EFE)", "(ANSA)". Bracketed, after "with", or with a desk's or writer's code: an agency's name
 * alone on a line may be a list's item.
 */
const AGENCY_LINE = new RegExp(
  String.raw`^(?:[(（]\s*(?:(?:mit|avec|con|com|met|with|z)\s+)?(?:${AGENCIES})(?:\s*[/,;]\s*[\p{L}-]{2,12})*\s*[)）]|(?:[\p{L}\p{N}'’-]{2,20}\s+){0,3}(?:mit|avec|con|com|met|with)\s+(?:(?:material|informationen|agenturmaterial)\s+(?:von|der)\s+)?(?:${AGENCIES})(?:\s*(?:[/,;]|und|and|et|y|e|en)\s*(?:${AGENCIES}))*|[\p{L}]{2,8}\s*/\s*(?:${AGENCIES})(?:\s*/\s*[\p{L}]{2,8})*)\.?$`,
  'iu',
);
/**
 * A Chinese paper's outlet in brackets on a line of its own: "（中時新聞網）", "（中央社）", "（新华社）", "(中時 )". Two to six
 * characters: "（作者系某大学教授）" says who wrote it, and a reader keeps it; so is the story's own end mark, "（完）",
 * "（待續）" (closing-credits.property.test.ts keeps it).
 */
const HAN_MARK_LINE = /^[(（]\s*(?!(?:待续|待續|未完|全文完)\s*[)）])[\u3400-\u9fff]{2,6}\s*[)）]$/;
/**
 * The credit of the reports a story drew on, on a line of its own: "* Com informações da Agência Brasil", "Con
 * información de EFE", "Avec des informations de l'AFP".
 */
const INFORMATION_CREDIT =
  /^\*?\s*(?:com\s+informações|con\s+información|avec\s+des\s+informations|con\s+informazioni)\s+d(?:[aeo]s?|el|u|es|ell[ae]|i|l['’])?\s*\S.{0,50}$/i;
/** An Arabic paper's source line under the story: "المصدر : الجزيرة + وكالات" ("source: Al Jazeera + agencies"). */
const ARABIC_SOURCE_LINE = /^(?:المصدر|المصادر)\s*[:：]\s*\S/;
/** The plain necessary condition of AGENCY_LINE, a Unicode pattern a page without a wire's name never compiles. */
const MAY_BE_AGENCY = new RegExp(String.raw`(?:^|[^a-z])(?:${AGENCIES})(?:[^a-z]|$)`, 'i');
/** Wrappers that hold the date and byline inline, beside other blocks, where no leaf block isolates them. */
const META_CLASS =
  /(?:^|[\s_-])(?:timestamp|dateline|date|time|pubdate|published|updated|posted-?on|byline|entry-meta|post-meta|article-meta)(?:$|[\s_-])/i;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

/** An address as compared: host without `www.`/`m.`, path without its trailing slash; query and fragment aside. */
function addressKey(address: string, base: string): string | null {
  try {
    const url = new URL(/^www\./i.test(address) ? `https://${address}` : address, base);
    return `${url.hostname.replace(/^(?:www|m)\./, '')}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * A bare address line is the page's furniture only when it is the page's own (the print view's "address of this
 * page" under the story) or a file's (a picture's address left as text by the markup). Any other address is one
 * the story gives — a project's home page, a source, a link the writer pastes as it is.
 */
function isOwnAddress(text: string, page: string): boolean {
  const own = addressKey(page, page);
  return own !== null && addressKey(text, page) === own;
}

/** A picture's or a style's file: an address a page's markup leaves as text, never one a story gives to read. */
const ASSET = /\.(?:jpe?g|png|gif|webp|avif|svg|ico|css|js)(?:[?#]\S*)?$/i;

/**
 * A press release's number beside its date: "14.05.2024 | Pressemitteilung Nr. 123/24", "Press release no. 45/2024",
 * "Communiqué de presse n° 12", "Nota de prensa nº 45". The line is the release's label, not its text.
 */
const RELEASE_NUMBER =
  /\b(?:presse?mitteilung|pressemeldung|press\s+release|news\s+release|communiqué(?:\s+de\s+presse)?|nota\s+de\s+prensa|comunicado(?:\s+de\s+prensa)?|comunicato(?:\s+stampa)?|persbericht|komunikat(?:\s+prasowy)?)\s*(?:nr\.?|no\.?|n[°º]\.?|núm\.?|num\.?|#)?\s*\d+(?:\s*[/-]\s*\d+)?/gi;

/** The words left when every date and time expression (`parts`, from datePartsFor) and separator is taken out. */
function residue(text: string, parts: RegExp): number {
  const undated = text.replace(parts, ' ').replace(RELEASE_NUMBER, ' ');
  return wordCount(
    (DATE_LABEL_WORDS.test(undated) ? undated.replace(DATE_LABEL, ' ') : undated)
      .replace(DATE_GLUE, ' ')
      .replace(/[|/·•,:;–—-]/g, ' '),
  );
}

/**
 * A date line, not a sentence that mentions a date: labelled ("Updated …"), nothing but date words, or a
 * full date among separators with a short source name ("November 20, 2019 / 1:07 AM / CBS News").
 * "Sales fell in 2019" keeps its three words and stays.
 */
function isDateline(text: string, parts: RegExp): boolean {
  if (DATE_LABEL_WORDS.test(text) || REVIEW_LABEL.test(text)) return true;
  const left = residue(text, parts);
  if (left <= 1) return true;
  return left <= 3 && /[|/·•]/.test(text) && /\d/.test(text) && !/[.!?]$/.test(text);
}

/**
 * A cell's date is data: a release table ("April 2014", "1993" on LWN and Wikipedia pages) is the article.
 */
const holdsData = (el: Element): boolean => el.closest('td, th, table') !== null || inFactList(el);

/**
 * So is a definition list's: a fact box's "Baubeginn — 3. Juni 2024", a timeline's "1990 — Wiedervereinigung". Only
 * a value whose term labels it as the page's own date ("Veröffentlicht — 14.05.2024"), or which labels itself so
 * (Joomla's article info: a term "Details" over "Veröffentlicht: 14. Mai 2024", "Zugriffe: 1234"), is the page's
 * furniture.
 */
function inFactList(el: Element): boolean {
  const item = el.closest('dd, dt');
  if (!item || DATE_LABEL_WORDS.test(textOf(item))) return false;
  let term: Element | null = item;
  while (term && term.tagName !== 'DT') term = term.previousElementSibling;
  return term !== null && !DATE_LABEL_WORDS.test(textOf(term));
}

/**
 * A dated item: a date and one word beside it ("12.3.2019, 10:00 Uhr: Eröffnung", "1990 – Wiedervereinigung"). One is a
 * date line with its source or label; three or more are a list the article gives — an event's programme, a timeline —
 * and stay (`pruneDatelines`).
 */
function isDatedItem(text: string): boolean {
  if (wordCount(text) > 25 || DATE_LABEL_WORDS.test(text)) return false;
  const parts = datePartsFor(text);
  if (text.search(parts) < 0) return false;
  const left = residue(text, parts);
  return left > 0 && left <= 1;
}
const MIN_LISTED = 3;

/**
 * A subhead naming a work by its year, "Aftersun (2022)": a year is no date line's date, and a heading with one is
 * the story's section (a list of films, albums, seasons).
 */
const titledWithYear = (el: Element, text: string): boolean =>
  isHeading(el) && /^[^\d]*\b(?:1[5-9]|20)\d\d\b[^\d]*$/.test(text) && !DATE_LABEL_WORDS.test(text);

function dropIfFurniture(
  ctx: PruneContext,
  el: Element,
  title: string,
  byline: string | null,
  listed: ReadonlySet<Element>,
): void {
  const text = textOf(el);
  const words = wordCount(text);
  if (words > 25 || holdsData(el)) return;
  const parts = datePartsFor(text);
  if (!listed.has(el) && text.search(parts) >= 0 && isDateline(text, parts) && !titledWithYear(el, text))
    remove(ctx, el, 'dateline');
  else if (BYLINE_LINE.test(text) && words <= 12 && !/[.!?]$/.test(text)) remove(ctx, el, 'byline');
  else if (byline && normLine(text) === byline) remove(ctx, el, 'byline');
  else if (title && normLine(text) === title) remove(ctx, el, 'headline');
  else if (URL_ONLY.test(text) && (ASSET.test(text) || isOwnAddress(text, el.ownerDocument.URL)))
    remove(ctx, el, 'url');
  else if (READING_TIME.test(text)) remove(ctx, el, 'reading-time');
  else if (STAFF_LINE.test(text) && words <= 15) remove(ctx, el, 'staff');
  else if (INTERVIEWER.test(text) && words <= 12) remove(ctx, el, 'byline');
  else if (
    EDITOR_LINE.test(text) &&
    words <= 25 &&
    (!/[.!?]$/.test(text) || CREDIT_IN_BRACKETS.test(text) || CONTRIBUTORS.test(text))
  )
    remove(ctx, el, 'staff');
  else if (words <= 8 && MAY_BE_AGENCY.test(text) && AGENCY_LINE.test(text)) remove(ctx, el, 'agency');
  else if (words <= 4 && HAN_MARK_LINE.test(text)) remove(ctx, el, 'agency');
  else if (words <= 8 && ARABIC_SOURCE_LINE.test(text)) remove(ctx, el, 'agency');
  else if (words <= 10 && INFORMATION_CREDIT.test(text)) remove(ctx, el, 'agency');
  // (The Unicode pattern only for lines that could be one: Firefox compiles it on first use.)
  else if (REPORTED.test(text) && HAN_REPORT_LINE.test(text)) remove(ctx, el, 'byline');
}

/** The block a classed date element sits in, when it is not the whole of it: the line a reader sees it on. */
function lineAround(ctx: PruneContext, el: Element): Element | null {
  let line = el.parentElement;
  while (line && line !== ctx.root && !isBlock(line)) line = line.parentElement;
  if (!line || line === ctx.root || isBlockWithBlocks(line)) return null;
  return textOf(line) === textOf(el) ? null : line;
}

const MAX_SOURCE_WORDS = 3;
/**
 * What a date line leaves when its date element goes: a source or author name of a few words, no sentence
 * ("<span class="date">2024年05月14日 08:30</span><a class="source">城市晚报</a>", Sina's header line). The markup parts
 * them as "November 20, 2019 / CBS News" parts them with a slash; a sentence that mentions a date ("<span
 * class="date">2019</span> was the club's best year") stays.
 */
const isSourceBeside = (line: Element): boolean =>
  /^(?:P|DIV)$/.test(line.tagName) &&
  !holdsData(line) &&
  wordCount(textOf(line)) <= MAX_SOURCE_WORDS &&
  !/[.!?。！？]$/.test(textOf(line));

export function pruneDatelines(ctx: PruneContext): void {
  const title = normLine(ctx.title);
  const byline = ctx.byline ? normLine(ctx.byline) : null;
  const items = leafBlocks(ctx.root).filter((el) => !holdsData(el) && isDatedItem(textOf(el)));
  const listed = new Set<Element>(items.length >= MIN_LISTED ? items : []);
  // Hearst pages print "Published <time>4:00 am CST, Wednesday, …</time>" in a span beside the byline
  // paragraph, inside a div that is not a leaf block: look at classed date/byline wrappers first.
  const classed = Array.from(ctx.root.querySelectorAll('[class], time')).filter(
    (el) => !isBlockWithBlocks(el) && (el.tagName === 'TIME' || META_CLASS.test(el.getAttribute('class') ?? '')),
  );
  const lines = classed.map((el) => lineAround(ctx, el));
  // Three or more sibling lines that each set a classed date or time beside other words are a list the article gives (a
  // programme's "<span class="time">10:00 Uhr</span> Führung durch die Ausstellung"): they stay whole.
  const byParent = new Map<Element | null, Set<Element>>();
  for (const line of lines)
    if (line) byParent.set(line.parentElement, (byParent.get(line.parentElement) ?? new Set()).add(line));
  for (const programme of byParent.values())
    if (programme.size >= MIN_LISTED) for (const line of programme) listed.add(line);
  for (const [i, el] of classed.entries()) {
    const line = lines[i];
    if (!alive(ctx, el) || (line && listed.has(line))) continue;
    dropIfFurniture(ctx, el, title, byline, listed);
    if (line && !alive(ctx, el) && alive(ctx, line) && isSourceBeside(line)) remove(ctx, line, 'dateline');
  }
  const blocks = leafBlocks(ctx.root);
  const signed = signatureDate(blocks);
  if (signed) listed.add(signed);
  for (const el of blocks) {
    if (!alive(ctx, el)) continue;
    const box = el.parentElement;
    dropIfFurniture(ctx, el, title, byline, listed);
    if (!alive(ctx, el) && box) dropOrphanLabel(ctx, box);
  }
  pruneSplitReadingTimes(ctx);
  pruneRecordTables(ctx);
}

/** A record table holds a few rows: who made the record, who published it, when, how often it was read. */
const MAX_RECORD_ROWS = 12;

/** A row read as the line it prints, "Label: value", when it is a label cell and a short value cell; else null. */
function recordRow(row: HTMLTableRowElement): string | null {
  const cells = Array.from(row.cells);
  if (cells.length !== 2) return null;
  const [label, value] = cells.map(textOf) as [string, string];
  if (!/[:：]$/.test(label) && cells[0]!.tagName !== 'TH') return null;
  if (wordCount(label) > 5 || wordCount(value) > 12) return null;
  return `${label.replace(/\s*[:：]$/, '')}: ${value}`;
}

/**
 * A row's line that is the page's own date under its label, a staff credit or a counter, as the line rules read one.
 * The date's label is asked for: an infobox's "Born: | 3 June 1920" is a date line by its words alone.
 */
function isRecordLine(text: string): boolean {
  return (
    ((DATE_LABEL_WORDS.test(text) || REVIEW_LABEL.test(text)) && text.search(datePartsFor(text)) >= 0) ||
    EDITOR_LINE.test(text) ||
    STAFF_LINE.test(text) ||
    isViewCount(text)
  );
}

/**
 * A public record's metadata table under the text (Poland's BIP "Metryczka": "Wytworzył: | Jan Kowalski", "Data
 * publikacji: | 14.11.2023 10:15", "Liczba odwiedzin: | 1234"). A table's cells are data (holdsData), so its rows are
 * read here as the lines they print: a table whose every row is a label and its value, two thirds of them the page's
 * own date, staff or counter lines, is the page's record, not the article. A fact table ("Baubeginn: | 3. Juni 2024",
 * "Kosten: | 12 Mio. Euro") stays.
 */
function pruneRecordTables(ctx: PruneContext): void {
  for (const table of Array.from(ctx.root.querySelectorAll('table'))) {
    if (!alive(ctx, table) || tooBig(ctx, table)) continue;
    const rows = Array.from(table.rows);
    if (rows.length < 2 || rows.length > MAX_RECORD_ROWS) continue;
    const lines = rows.map(recordRow);
    if (lines.some((line) => line === null)) continue;
    const record = lines.filter((line) => isRecordLine(line!)).length;
    if (3 * record >= 2 * rows.length) remove(ctx, table, 'record');
  }
}

/** A label and nothing else: "Data:", "Published:", "Veröffentlicht am:". */
const isLabelOnly = (text: string) => /[:：]$/.test(text) && wordCount(text) <= 4;

/**
 * A row that set a label over its value in two boxes ("<small>Data:</small><p>14 novembre 2023</p>", the template of
 * Italy's public administrations): when the value went as a date, the row is left holding the label alone.
 */
function dropOrphanLabel(ctx: PruneContext, box: Element): void {
  if (box !== ctx.root && alive(ctx, box) && isLabelOnly(textOf(box))) remove(ctx, box, 'dateline');
}

/**
 * A reading time set the same way, "<small>Tempo di lettura:</small><p>2 min</p>": neither box is a reading time
 * alone; the row holding the two, read whole, is.
 */
function pruneSplitReadingTimes(ctx: PruneContext): void {
  for (const el of leafBlocks(ctx.root)) {
    const box = el.parentElement;
    if (!box || box === ctx.root || !alive(ctx, box) || holdsData(box)) continue;
    const text = textOf(box);
    if (text !== textOf(el) && wordCount(text) <= 8 && READING_TIME.test(text)) remove(ctx, box, 'reading-time');
  }
}

/** A date written out as a Chinese document dates itself: "2024年5月14日", "二〇二四年五月十四日". */
const DOCUMENT_DATE =
  /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$/;
/** The issuing body's name on the line above it: "某某市人民政府办公室", "市交通运输局". */
const ISSUER =
  /^[\p{Script=Han}（）()·、]{2,30}(?:政府|办公室|辦公室|办公厅|辦公廳|委员会|委員會|局|厅|廳|部|院|署|会|會|中心|公司|集团|集團|协会|協會|学校|學校|大学|大學|医院|醫院|办|辦)$/u;

/**
 * A notice's date under its issuer, closing it (a Chinese government notice's 落款 and 成文日期: "某某市人民政府办公室 /
 * 2024年5月14日"): part of the document, not the page's date line. Only as the article's last lines.
 */
function signatureDate(blocks: readonly Element[]): Element | null {
  for (let i = blocks.length - 1; i >= 1; i--) {
    const text = textOf(blocks[i]!);
    if (DOCUMENT_DATE.test(text)) return ISSUER.test(textOf(blocks[i - 1]!)) ? blocks[i]! : null;
    if (isProseBlock(blocks[i]!)) return null;
  }
  return null;
}
