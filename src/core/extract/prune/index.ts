/**
 * Pruning after Readability: the boilerplate it keeps beside the article, one rule family per file.
 * Order matters a little: structural rules (class names, menus) run before the line rules, and the
 * JSON-LD cross-check runs on what is left, and headings stranded at the end by the rules before go last. Every rule only takes short blocks and never a block
 * holding a large share of the article (util.ts `tooBig`), so recall is protected.
 */
import type { Removal } from '../../types.js';
import { pruneAiSummaries } from './ai-summary.js';
import { pruneAuthorBios } from './author-bio.js';
import { pruneBlogEngineLines } from './blog-engine-lines.js';
import { pruneBoilerplate } from './boilerplate.js';
import { pruneCallsToAction } from './calls-to-action.js';
import { pruneCaptions } from './captions.js';
import { pruneComments, pruneLabelledThreads } from './comments.js';
import { pruneCopyright } from './copyright.js';
import { pruneDatelines } from './dateline.js';
import { pruneDuplicates } from './duplicates.js';
import { pruneHelplines } from './helplines.js';
import { pruneInlineTeasers } from './inline-teasers.js';
import { pruneByArticleBody } from './json-ld-body.js';
import { pruneMenus } from './menus.js';
import { pruneNoSnippetBoxes } from './no-snippet.js';
import { pruneOrphanHeadings } from './orphan-headings.js';
import { listsWithValues, pruneOrphanTerms } from './orphan-terms.js';
import { pruneOtherPosts } from './other-posts.js';
import { pruneRelated } from './related.js';
import { pruneTags } from './tags.js';
import { pruneTeaserCards } from './teaser-cards.js';
import { pruneThreadFurniture } from './thread-furniture.js';
import { pruneTailLinks } from './tail-links.js';
import { pruneAfterCredits, pruneLabelLines } from './label-lines.js';
import { textOf, withTextMemo, wordCount, type PruneContext } from './util.js';
import { UNLIMITED, type Budget } from '../../budget.js';
import { unwrapStrayLines, wrapStrayLines } from './stray-lines.js';
import { NO_SIGNATURES, type Signatures } from '../signatures.js';

export interface PruneInput {
  title: string;
  byline: string | null;
  /** The page's JSON-LD articleBody, if it published one. */
  articleBody: string | null;
  /** The page's posters' signatures, read before Readability ran (signatures.ts). */
  signatures?: Signatures;
  /** Whether the page showed the article to be a forum topic (post-series.ts `holdsForumTopic`). */
  forumTopic?: boolean;
  /** Past its deadline the rules not yet run are skipped: each rule stands alone, so those that ran stand. */
  budget?: Budget;
}

/** Prunes `root` (Readability's article, classes kept) in place and returns what went. */
export function pruneArticle(root: Element, input: PruneInput): Removal[] {
  if (input.budget?.overdue()) {
    input.budget.skip('prune');
    return [];
  }
  return withTextMemo(() => pruneWith(root, input));
}

function pruneWith(root: Element, input: PruneInput): Removal[] {
  // Runs of words set between blocks are lines too, for as long as the rules read the article (stray-lines.ts).
  const strays = wrapStrayLines(root);
  const lists = listsWithValues(root);
  const ctx: PruneContext = {
    root,
    totalWords: wordCount(textOf(root)),
    removed: [],
    title: input.title,
    byline: input.byline,
    signatures: input.signatures ?? NO_SIGNATURES,
    forumTopic: input.forumTopic ?? false,
  };
  const rules: Array<(ctx: PruneContext) => void> = [
    // The site's own word first: what it keeps out of search snippets is its furniture.
    pruneNoSnippetBoxes,
    pruneOtherPosts,
    // A thread's heading before the line rules take it alone as a control label and strand its replies.
    pruneLabelledThreads,
    pruneMenus,
    pruneCaptions,
    pruneCallsToAction,
    pruneBlogEngineLines,
    pruneAiSummaries,
    pruneRelated,
    pruneTeaserCards,
    pruneInlineTeasers,
    pruneComments,
    pruneTags,
    // Legal lines first: a trademark notice under a release's press contact would otherwise end the contact's run.
    pruneCopyright,
    // What follows a story's closing credits, before the rules that take the credits themselves.
    pruneAfterCredits,
    // The press contact before the author's contact lines: a contact's bare email line taken first would leave its
    // label and names without a detail, and so on the page.
    pruneBoilerplate,
    pruneAuthorBios,
    pruneHelplines,
    // A thread's stamps before the date-line rule, which would take some of them and leave the rest.
    pruneThreadFurniture,
    pruneDatelines,
    pruneLabelLines,
    pruneDuplicates,
    (c) => pruneByArticleBody(c, input.articleBody),
    pruneTailLinks,
    (c) => pruneOrphanTerms(c, lists),
    pruneOrphanHeadings,
  ];
  const budget = input.budget ?? UNLIMITED;
  for (const rule of rules) {
    if (budget.overdue()) {
      budget.skip('prune');
      break;
    }
    rule(ctx);
  }
  unwrapStrayLines(strays);
  return ctx.removed;
}
