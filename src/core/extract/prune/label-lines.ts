/**
 * Lines of labelled metadata printed inside the article, made of "label：value" pairs and nothing else:
 * a Chinese portal's "来源：新华网　作者：张三　浏览次数：1024", a hospital's closing credit "供稿：宣传科 摄影：李明
 * 编辑：王芳", a forum post's profile panel "积分 1234 帖子 56 注册时间 2010-3-1". What the page says about the
 * article (its source, author, counters) is metadata, read elsewhere (cjk-metadata.ts), not the story; so is the line that
 * gives the post's own address ("本文链接：https://…", "Permalink: …").
 * A line counts only when its labels explain all of it: a sentence that names a source keeps its words.
 * Event notices ("时间：三月一日 地点：北京") are content: time, date and place alone never make a line metadata.
 */
import { isProse } from '../segments.js';
import {
  alive,
  brLines,
  leafBlocks,
  remove,
  removeLine,
  textOf,
  tooBig,
  wordCount,
  type BrLine,
  type PruneContext,
} from './util.js';

/** Labels that say the line is about the page or the post, not the story. */
const META =
  '來\\s*源|来\\s*源|出\\s*處|出\\s*处|作\\s*者|記\\s*者|记\\s*者|責任編輯|责任编辑|編\\s*輯|编\\s*辑|責編|责编|審核|审核|審校|审校|校對|校对|初審|初审|二審|二审|三審|三审|終審|终审|供\\s*稿|供\\s*圖|供\\s*图|撰\\s*稿|攝\\s*影|摄\\s*影|通訊員|通讯员|字\\s*號|字\\s*号|點擊(?:數|数|量|次數|次数)?|点击(?:数|量|次数)?|閱讀(?:數|数|量|次數|次数)?|阅读(?:数|量|次数)?|瀏覽(?:數|数|量|次數|次数)?|浏览(?:数|量|次数)?|人氣|人气|積分|积分|帖子|主題|主题|精華|精华|金錢|金钱|威望|貢獻|贡献|閱讀權限|阅读权限|註冊時間|注册时间|在線時間|在线时间|最後登錄|最后登录|UID';
/** Labels that may stand beside those, but never make a line metadata alone. */
const OTHER =
  '發布時間|发布时间|發佈時間|發表時間|发表时间|發表於|发表于|更新時間|更新时间|時間|时间|日期|文|圖|图|编|審|审';
/** A value is a name, a source, a count or a date: never a clause. */
const MAX_VALUE = 16;
const MAX_WORDS = 40;
/** After a label: a colon, or the bar or slash some portals print instead ("编辑|禤志杰", "摄影/张艳"). */
const MARK = '\\s*[:：|｜/／]';
const LABEL = new RegExp(`(?:${META}|${OTHER})${MARK}`, 'g');
const META_LABEL = new RegExp(`(?:${META})(?=${MARK}|\\s*\\d)|(?:供\\s*稿|供\\s*[圖图])(?=\\s|$)`);
/** The characters a value may hold: no space, separator or sentence punctuation. */
const VALUE_CHAR = '[^\\s|｜/／:：。！？!?；;]';
/**
 * A pair: the label, its mark and its value, up to the next separator or label (a `<br>` between two pairs leaves
 * no space: "作者：张三时间：…"); a counter with no mark ("积分 1234"); or a contributor before its label ("宣传科供稿").
 */
const PAIR = new RegExp(
  [
    `(?:${META}|${OTHER})${MARK}\\s*(?:(?!(?:${META}|${OTHER})${MARK})${VALUE_CHAR}){0,${MAX_VALUE}}(?=$|[\\s|｜/／]|(?:${META}|${OTHER})${MARK})`,
    `(?:${META})\\s*\\d[\\d,.]*`,
    `${VALUE_CHAR}{1,${MAX_VALUE}}(?:供\\s*稿|供\\s*[圖图])(?=$|\\s)`,
  ].join('|'),
  'g',
);
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/g;

/**
 * A line that gives the post's own address, or the address it was reposted from: "本文链接：https://…", "原文地址：…",
 * "Permalink: https://…". Only the label and the address: a sentence that mentions a link keeps its words.
 */
const ADDRESS_LINE =
  /^(?:(?:本文|文章|原文|本帖|永久)(?:链接|鏈接|連結|地址|網址|网址)|permalink|short\s*link|article\s+url|artikel-url|lien\s+permanent)\s*[:：]\s*(?:https?:\/\/|www\.)\S+$/i;

function isLabelLine(text: string): boolean {
  if (ADDRESS_LINE.test(text)) return true;
  if (wordCount(text) > MAX_WORDS || !META_LABEL.test(text)) return false;
  const pairs = text.match(LABEL)?.length ?? 0;
  if (pairs === 0 && !/\d/.test(text)) return false;
  const rest = text
    .replace(PAIR, ' ')
    .replace(DATE, ' ')
    .replace(/[\d\s|｜/／·•\-–—_:：()（）【】[\]<>《》,，、;；.。]+/g, ' ')
    .trim();
  return wordCount(rest) <= 1;
}

/**
 * The desk's credits that close a story: editor, proofreader, reviewer, source. A photographer's credit may sit under
 * a picture in the story's middle; these sign the story off.
 */
const CLOSING_CREDIT = new RegExp(
  `(?:責任編輯|责任编辑|編\\s*輯|编\\s*辑|責編|责编|校對|校对|審核|审核|審校|审校|來\\s*源|来\\s*源)${MARK}`,
);
/** What follows the credits may hold this share of the article's words at most. */
const MAX_TAIL_SHARE = 0.2;

export function pruneLabelLines(ctx: PruneContext): void {
  for (const el of leafBlocks(ctx.root)) {
    if (!alive(ctx, el)) continue;
    if (isLabelLine(textOf(el))) {
      if (!tooBig(ctx, el)) remove(ctx, el, 'label-line');
      continue;
    }
    // The credits that close a story are often lines of one block, a <br> between each.
    for (const line of brLines(el)) if (isLabelLine(line.text)) removeLine(ctx, el, line, 'label-line');
  }
}

/**
 * After the story is signed off, what a page adds is not the story: a WeChat account's menu ("扫描下方二维码解锁更多技能",
 * "1、回复【公租房】查看最新消息", "点【在看】试试"), a follow prompt, a QR caption. The lines after the last closing
 * credit go when none of them is prose and together they are a small part of the article; a credit above the story
 * (prose follows) takes nothing. Runs before the line rules that take the credits themselves (dateline.ts takes
 * "编辑：…" as a staff line, the rule above "编辑|…"), so the credits still mark where the story ended.
 */
export function pruneAfterCredits(ctx: PruneContext): void {
  const blocks = leafBlocks(ctx.root);
  // The last closing credit: its block's index, and the lines of that block after it.
  let index = -1;
  let after: BrLine[] = [];
  blocks.forEach((el, i) => {
    const text = textOf(el);
    if (isClosingCredit(text)) {
      index = i;
      after = [];
      return;
    }
    const lines = brLines(el);
    const last = lines.findLastIndex((line) => isClosingCredit(line.text));
    if (last === -1) return;
    index = i;
    after = lines.slice(last + 1);
  });
  if (index === -1) return;
  const later = blocks.slice(index + 1).filter((el) => textOf(el) !== '');
  const texts = [...after.map((line) => line.text), ...later.map(textOf)];
  if (!texts.length || texts.some(isProse)) return;
  const words = texts.reduce((sum, text) => sum + wordCount(text), 0);
  if (words > ctx.totalWords * MAX_TAIL_SHARE) return;
  for (const line of after) removeLine(ctx, blocks[index]!, line, 'after-credits');
  for (const el of later) remove(ctx, el, 'after-credits');
}

const isClosingCredit = (text: string): boolean => CLOSING_CREDIT.test(text) && isLabelLine(text);
