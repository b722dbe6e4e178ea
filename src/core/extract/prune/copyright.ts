/**
 * Copyright, syndication and citation footers inside the container: "Copyright ⓒ Entermedia.co.kr.
 * 무단전재 및 재배포 금지", "© 2019 Capitol Hill Publishing Corp.", "Via SyndiGate.info", phys.org's
 * "Citation: … retrieved … from …" and "This document is subject to copyright", Chinese 版权所有 /
 * 未经授权禁止转载 lines. Legal boilerplate, never the story.
 */
import { leafBlocks, remove, textOf, tooBig, wordCount, type PruneContext } from './util.js';

const LEGAL =
  /^(?:copyright\b|©|\(c\)\s*\d{4}|ⓒ)|all\s+rights\s+reserved|\bthe\s+contents\s+of\s+this\s+site\s+are\s+©|subject\s+to\s+copyright|^citation\s*:|^via\s+\S+\.\w{2,4}$|무단\s*전재|재배포\s*금지|版权所有|版權所有|未经(?:授权|许可)|未經(?:授權|許可)|(?:禁止|不得)转载|(?:禁止|不得)轉載|转载请注明|轉載請註明/i;

export function pruneCopyright(ctx: PruneContext): void {
  for (const el of leafBlocks(ctx.root)) {
    const text = textOf(el);
    if (LEGAL.test(text) && wordCount(text) <= 60 && !tooBig(ctx, el)) remove(ctx, el, 'copyright');
  }
}
