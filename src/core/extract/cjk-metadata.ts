/**
 * Chinese news pages rarely carry structured metadata; they print it in a line under the headline:
 *   2021/03/12  來源: 大眾報業·大眾日報客戶端  作者: 張春曉  責任編輯: 劉春暖
 * This reads 作者/记者 → byline, 来源 → siteName, the date → publishedTime, in Simplified and Traditional.
 * An editor (责任编辑, 编辑, 审核) is never a byline, a value never holds a label's own text, and the
 * newsroom prefixes before a name ("本报记者 张三", "新华社记者") are dropped.
 */
import { collapsedText, collapseSpace, elementsByTag } from '../dom.js';

export interface CjkMetadata {
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** Every label that may follow a value on the same line: a value stops where the next label starts. */
const LABELS =
  '作\\s*者|記\\s*者|记\\s*者|來\\s*源|来\\s*源|出\\s*處|出\\s*处|責任編輯|责任编辑|編\\s*輯|编\\s*辑|責編|责编|審核|审核|校對|校对|發布時間|发布时间|發佈時間|發表時間|发表时间|更新時間|更新时间|時間|时间|日期|字號|字号|點擊|点击|閱讀|阅读|瀏覽|浏览|分享|打印|關閉|关闭|通訊員|通讯员|攝影|摄影|圖|图';
const SEP = '\\s*[:：]\\s*';
/** Newsroom prefixes that introduce names but are not names. */
const PREFIX =
  '(?:(?:本報|本报|新華社|新华社|中新社|央視|央视|人民網|人民网|特約|特约|實習|实习|駐\\S{1,4}|驻\\S{1,4})?(?:記者|记者|通訊員|通讯员|實習生|实习生)\\s*)*';
/**
 * One or more names. Further names are joined by 、，, or, after a plain space, only when 2–3 Han
 * characters (a Chinese name) — so the "手機查看" link beside a byline is not read as a second author.
 */
const NAME = `(?:(?!${LABELS})[^\\s:：|｜/／()（）\\[\\]【】,，、])+`;
const NAMES = `(${NAME}(?:(?:\\s*[、，,]\\s*${NAME})|(?:\\s(?!${LABELS})[\\u4e00-\\u9fff]{2,3}(?![\\u4e00-\\u9fff])))*)`;
// (?<!…) keeps 责任编辑's 辑 and 新华社记者's 记者 from being read as a byline label.
const BYLINE = new RegExp(
  `(?<!責任|责任|新華社|新华社|本報|本报)(?:作\\s*者|記\\s*者|记\\s*者)${SEP}${PREFIX}${NAMES}`,
);
/** "本报记者 张三" or a lede's "（记者 王海燕）", with no colon. */
const REPORTER_INLINE = new RegExp(
  `(?:(?:本報|本报|新華社|新华社)(?:記者|记者)\\s*|[（(]\\s*(?:本報|本报)?(?:記者|记者)\\s+)${NAMES}`,
);
/**
 * Taiwanese papers: "記者林怡君／台北報導" — reporter, slash, place, 報導, with no colon; after the paper's name
 * ("聯合報／ 記者王小明／台北即時報導") or in the lede's brackets ("〔記者吳亮儀／台北報導〕").
 */
const REPORTER_DATELINE = new RegExp(
  `(?:^|[\\s／/〔［\\[（(【])(?:記者|记者)\\s*(${NAME})\\s*[／/]\\s*[^\\s／/]{1,8}(?:報導|报道|電|电)`,
);
/** A picture's source ("图片来源：视觉中国") is not the page's. */
const SOURCE = new RegExp(
  `(?<!图片|圖片|照片|图|圖|视频|視頻|影片)(?:來\\s*源|来\\s*源|出\\s*處|出\\s*处)${SEP}((?:(?!${LABELS})[^\\s:：|｜/()（）【】])+(?:[·•－-](?:(?!${LABELS})[^\\s:：|｜/()（）【】])+)*)`,
);
const DATE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:：时時](\d{2})(?:[:：分](\d{2}))?)?/;
const DATE_LABEL = /時間|时间|日期|發布|发布|發佈|發表|发表/;

/** Trims a captured name list: 张三 李四 → "张三 李四"; strips a trailing 报道/報導 and brackets. */
function tidyNames(raw: string | undefined): string | null {
  if (!raw) return null;
  const names = raw
    .split(/[\s、，,]+/)
    .map((n) => n.replace(/(?:報導|报道|攝|摄|文|圖|图)$/, '').trim())
    .filter((n) => n.length > 0 && !new RegExp(`^(?:${LABELS})$`).test(n));
  return names.length ? names.join(' ') : null;
}

const LINE_TAGS = new Set(['DIV', 'P', 'SPAN', 'SECTION', 'HEADER', 'LI', 'TD', 'EM', 'ADDRESS']);
const MAX_LINE = 300;

/**
 * Elements with short text are where the metadata line lives; long ones are paragraphs. Read from the deepest
 * elements up: an element holding a long one is long itself, and its text is never read.
 */
function metadataLines(doc: Document): string[] {
  const all = doc.body ? elementsByTag(doc.body, '*') : [];
  const long = new Set<Element>();
  const lines: Array<[number, string]> = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    let isLong = long.has(el);
    if (!isLong && LINE_TAGS.has(el.tagName.toUpperCase())) {
      const text = collapsedText(el);
      if (text.length > MAX_LINE) isLong = true;
      else if (text.length > 0) lines.push([i, text]);
    }
    if (isLong && el.parentElement) long.add(el.parentElement);
  }
  // Shortest first, document order among equals: the span holding "来源：X" wins over its parent line, where
  // X runs into the next widget's text ("人民日报小字号").
  return lines.sort((a, b) => a[1].length - b[1].length || a[0] - b[0]).map(([, text]) => text);
}

/** Every label a metadata line can be found by: a page without any of them has no such line to read. */
const ANY_LABEL = /作\s*者|[記记]\s*者|[來来]\s*源|出\s*[處处]|時間|时间|日期|發布|发布|發佈|發表|发表/;

const pad = (n: string | undefined) => (n ?? '0').padStart(2, '0');

/** A line that holds a date and no words beside it. */
const isDateOnly = (line: string): boolean =>
  !/[\p{L}]/u.test(line.replace(DATE, ' ').replace(/[年月日时時分秒]/g, ' '));

function dateOf(line: string): string | null {
  const d = DATE.exec(line);
  if (!d) return null;
  const month = Number(d[2]);
  const day = Number(d[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = d[4] ? `T${pad(d[4])}:${pad(d[5])}:${pad(d[6])}` : '';
  return `${d[1]}-${pad(d[2])}-${pad(d[3])}${time}`;
}

export function cjkMetadata(doc: Document): CjkMetadata {
  const found: CjkMetadata = { byline: null, siteName: null, publishedTime: null };
  if (!ANY_LABEL.test(doc.body?.textContent ?? '')) return found;
  const lines = metadataLines(doc);
  for (const line of lines) {
    if (!/[:：]/.test(line)) continue;
    const byline = tidyNames(BYLINE.exec(line)?.[1]);
    const source = SOURCE.exec(line)?.[1] ?? null;
    found.byline ??= byline;
    found.siteName ??= source;
    // The date on the line that names the author or the source, or under a date label — or a line that is a date
    // and nothing else, once the page's label line was found. Not any line with a time in it: a reply's stamp
    // ("2023-05-12 10:05 顶(8)") under the story is shorter than the story's own line.
    const labelled = byline || source || DATE_LABEL.test(line);
    if (!found.publishedTime && (labelled || ((found.byline || found.siteName) && isDateOnly(line)))) {
      found.publishedTime = dateOf(line);
    }
    if (found.byline && found.siteName && found.publishedTime) return found;
  }
  // No 作者: label anywhere — the reporter may be named in the text ("本报记者 张三").
  for (const line of lines) {
    if (found.byline) break;
    // "新华社记者 王鹏 摄" under a picture is the photographer's credit, not the story's author.
    const inline = REPORTER_INLINE.exec(line);
    const photographer =
      inline && (/(?:摄|攝)$/.test(inline[1]!) || /^\s*(?:摄|攝)/.test(line.slice(inline.index + inline[0].length)));
    found.byline = tidyNames((photographer ? undefined : inline?.[1]) ?? REPORTER_DATELINE.exec(line)?.[1]);
  }
  return found;
}

/** Label text that must never be a byline: an editor's or a source's line, or a bare label. */
const NOT_A_BYLINE =
  /責任編輯|责任编辑|編\s*輯\s*[:：]|编\s*辑\s*[:：]|責編|责编|審核|审核|來\s*源\s*[:：]|来\s*源\s*[:：]|^(?:作者|記者|记者)[:：]?$/;

/**
 * A post's date under its posting word and nothing else — Discuz!'s "发表于 2023-5-14 10:20:00", a blog's "Posted on
 * May 14, 2024", Plone's "Publicado em 14/11/2023 14h15" — which Readability takes for a byline from its `authi` or `author` box: it names no one.
 */
const DATE_PARTS = /\d+|[年月日時时分秒:：/.,\-–T+]/g;
const POSTING_WORDS =
  /^(?:发表于|發表於|发布于|發佈於|發布於|发布时间|發佈時間|发表时间|發表時間|时间|時間|于|於|posted(?: on)?|published(?: on)?|updated(?: on)?|publicado(?: em| el)?|atualizado(?: em)?|actualizado(?: el)?|publié(?: le)?|veröffentlicht(?: am)?|pubblicato(?: il)?|on|am|le|el|il)?$/i;
/** A time written with an "h" ("14h15", Brazil's and France's): a date part too. */
const H_TIME = /\b\d{1,2}h\d{2}\b/g;
const namesNoOne = (text: string): boolean =>
  /\d/.test(text) && POSTING_WORDS.test(collapseSpace(text.replace(H_TIME, ' ').replace(DATE_PARTS, ' ')));

/** A byline Readability found, cleaned: "作者：张三" → "张三"; an editor or source line, or a date alone → null. */
export function cleanByline(byline: string | null | undefined): string | null {
  const text = collapseSpace(byline ?? '');
  if (!text) return null;
  const labelled = BYLINE.exec(text);
  if (labelled) return tidyNames(labelled[1]);
  if (NOT_A_BYLINE.test(text) || namesNoOne(text)) return null;
  // "聯合報／ 記者王小明／台北即時報導": the reporter, without the paper and the desk.
  const reporter = REPORTER_DATELINE.exec(text);
  if (reporter) return tidyNames(reporter[1]);
  return text;
}
