/**
 * Runs one prune rule on an HTML snippet placed inside a long article, so the rule's "never a large share
 * of the article" guard sees a realistic article around the snippet. Returns what is left and what went.
 */
import { JSDOM } from 'jsdom';
import type { Removal } from '../../../../src/core/types.js';
import { textOf, wordCount, type PruneContext } from '../../../../src/core/extract/prune/util.js';
import { NO_SIGNATURES, type Signatures } from '../../../../src/core/extract/signatures.js';

export const STORY = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story tells the reader what happened at the council meeting, who spoke, what was decided and why it matters to the town.</p>`,
).join('');

/** Each line as a paragraph of its own. */
export const paragraphs = (lines: readonly string[]): string => lines.map((line) => `<p>${line}</p>`).join('');

export interface Pruned {
  text: string;
  removed: Removal[];
  root: Element;
}

export function runRule(
  rule: (ctx: PruneContext) => void,
  snippet: string,
  options: {
    before?: string;
    after?: string;
    title?: string;
    byline?: string | null;
    signatures?: Signatures;
    forumTopic?: boolean;
    /** The page's address (the rules that compare addresses with the page's read it from the document). */
    url?: string;
  } = {},
): Pruned {
  const doc = new JSDOM('<!doctype html><body></body>', options.url ? { url: options.url } : {}).window.document;
  const root = doc.createElement('div');
  root.innerHTML = `${options.before ?? STORY}${snippet}${options.after ?? ''}`;
  const ctx: PruneContext = {
    root,
    totalWords: wordCount(textOf(root)),
    removed: [],
    title: options.title ?? 'Council backs new bridge',
    byline: options.byline ?? null,
    signatures: options.signatures ?? NO_SIGNATURES,
    forumTopic: options.forumTopic ?? false,
  };
  rule(ctx);
  return { text: textOf(root), removed: ctx.removed, root };
}
