/**
 * The company boilerplate that closes a press release: "About Ascom" and "Ascom is a global solutions
 * provider focused on … Ascom is headquartered in Baar (Switzerland) …" (corporate newsrooms, wire
 * services). It describes the issuer, not the news. Only the tail is searched, and the run starts at a
 * sentence of the form "<Name> is a/an/the … provider/company/…", so a story that mentions what a company
 * is, mid-text, keeps it.
 */
import { guarded } from './guarded-regex.js';
import { alive, isHeading, leafBlocks, remove, textOf, tooBig, wordCount, type PruneContext } from './util.js';

const TAIL_BLOCKS = 5;
const MAX_BLOCK_WORDS = 120;

const ABOUT_HEADING = guarded(/^about\s/, /^about\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*\s*){1,4}[:.]?$/u);
const COMPANY_SENTENCE = guarded(
  new RegExp(
    String.raw`\s(?:is|are)\s+(?:a|an|the|one\s+of\s+the)\s[\s\S]*(?:provider|providers|company|companies|leader|manufacturer|supplier|developer|firm|group|organi[sz]ation|agency|publisher|operator|producer|maker|platform|network|exchange)\b`,
  ),
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*\s+){0,3}[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s*\([^)]{1,30}\))?,?\s+(?:is|are)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}(?:provider|providers|company|companies|leader|manufacturer|supplier|developer|firm|group|organi[sz]ation|agency|publisher|operator|producer|maker|platform|network|exchange)\b/u,
);

export function pruneBoilerplate(ctx: PruneContext): void {
  const blocks = leafBlocks(ctx.root);
  const start = Math.max(0, blocks.length - TAIL_BLOCKS);
  for (let i = start; i < blocks.length; i++) {
    const el = blocks[i]!;
    if (!alive(ctx, el)) continue;
    const text = textOf(el);
    const heading = (isHeading(el) || wordCount(text) <= 5) && ABOUT_HEADING.test(text);
    if (!heading && !COMPANY_SENTENCE.test(text)) continue;
    const run = blocks.slice(i);
    if (run.some((b) => wordCount(textOf(b)) > MAX_BLOCK_WORDS || tooBig(ctx, b))) return;
    for (const b of run) remove(ctx, b, 'boilerplate');
    return;
  }
}
