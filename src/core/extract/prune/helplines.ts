/**
 * The helpline notice under a story about suicide: Taiwan's news sites must print one under every such report
 * ("●《ETNEWS新聞雲》提醒您，請給自己機會：/ 自殺防治諮詢安心專線：0800-788995；/ 生命線協談專線：1995"; Apple
 * Daily's "《蘋果》關心你 / 自殺解決不了問題…請珍惜生命。/ …張老師專線：1980"), and mainland and Hong Kong sites print
 * their psychological-aid hotlines the same way. It is the site's standing notice, not the story.
 *
 * A run of short lines (blocks, or lines between `<br>`s) around at least one helpline with its number, made only
 * of helpline numbers and the notice's own words, and naming suicide prevention somewhere. A story's sentence
 * that mentions a hotline is long, or does not stand among such lines, and stays.
 */
import { brLines, leafBlocks, remove, removeLine, textOf, type BrLine, type PruneContext } from './util.js';

/** "自殺防治諮詢安心專線：0800-788995；", "生命線協談專線：1995", "心理援助热线：010-82951332". */
const HELPLINE = /(?:專線|专线|熱線|热线|生命線|生命线)[^：:，。]{0,8}[：:]\s*[\d（）()\s-]{3,}/;
/** The notice's own words, around the numbers. */
const NOTICE =
  /提醒您|提醒你|關心你|关心你|关心您|珍惜生命|自殺|自杀|給自己(?:一次)?機會|给自己(?:一次)?机会|勇敢求救|守門人|守门人|關懷|关怀|專線|专线|熱線|热线/;
/** What makes it the suicide-prevention notice, somewhere in the run. */
const PREVENTION = /自殺|自杀|生命線|生命线|張老師|张老师|安心專線|珍惜生命|心理援助|心理危機|心理危机/;
const MAX_CHARS = 60;

interface Unit {
  block: Element;
  line?: BrLine;
  text: string;
}

function units(root: Element): Unit[] {
  const out: Unit[] = [];
  for (const block of leafBlocks(root)) {
    const lines = brLines(block);
    if (lines.length) for (const line of lines) out.push({ block, line, text: line.text });
    else out.push({ block, text: textOf(block) });
  }
  return out;
}

const partOfNotice = (unit: Unit) =>
  unit.text.length <= MAX_CHARS && (HELPLINE.test(unit.text) || NOTICE.test(unit.text));

export function pruneHelplines(ctx: PruneContext): void {
  const all = units(ctx.root);
  const taken = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    if (taken.has(i) || !HELPLINE.test(all[i]!.text) || all[i]!.text.length > MAX_CHARS) continue;
    let start = i;
    let end = i;
    while (start > 0 && !taken.has(start - 1) && partOfNotice(all[start - 1]!)) start--;
    while (end + 1 < all.length && partOfNotice(all[end + 1]!)) end++;
    const run = all.slice(start, end + 1);
    if (!run.some((unit) => PREVENTION.test(unit.text))) continue;
    for (let k = start; k <= end; k++) taken.add(k);
  }
  for (const k of taken) {
    const unit = all[k]!;
    if (unit.line) removeLine(ctx, unit.block, unit.line, 'helpline');
    else remove(ctx, unit.block, 'helpline');
  }
}
