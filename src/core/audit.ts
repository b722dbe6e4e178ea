/**
 * The audit trail's vocabulary: every `Removal.reason` is `family:detail`.
 *
 *   hidden:<method>       hidden from the reader but no spam signal (menus, tab panels, a11y text, font probes,
 *                         skip links): dropped from the article, never called spam.
 *   spam:hidden-<method>  hidden AND a spam signal (lexicon hit, links out hidden the way spam hides, random tags):
 *                         patterns 2–12, 18. Counted as spam.
 *   tagsoup               random-id runs and random unknown tags (patterns 1, 2).
 *   spam:linkfarm         a visible block of foreign spam links (pattern 16).
 *   spam:keywords-line    a visible line that is nothing but spam keywords, no sentence, no links.
 *   spam:gloss            injected pinyin glosses taken out of the text (pattern 15).
 *   spam:docwrite         an inline script that would write a hidden block of spam (pattern 12, static path:
 *                         where scripts ran, the written block itself is spam:hidden-<method>).
 *   spam:cloaking         an inline script sending visitors from search engines to a foreign host (pattern 13).
 *   spam:overlay          a foreign iframe laid fixed over the whole viewport (pattern 13).
 *   spam:title / spam:description / spam:keywords   spam metadata replaced or dropped (pattern 14).
 *   site:remove           a block the reader's own fix for this site removes (site-rules/): never counted as spam.
 *
 * <method> is one of: display, visibility, opacity, attribute (`hidden`), offscreen, indent (text-indent),
 * clip, zero-size (also: clipped away by an ancestor's overflow), fontsize (0, or below a readable size), colour,
 * marquee. `hidden:kept` is a verdict, never a removal: a hidden element
 * that holds the article is un-hidden rather than dropped (visibility/keep.ts).
 */
import type { Removal } from './types.js';

export const isSpamRemoval = (removal: Removal): boolean =>
  removal.reason === 'tagsoup' || removal.reason.startsWith('spam:');

export const spamRemovals = (removed: readonly Removal[]): Removal[] => removed.filter(isSpamRemoval);

const unspaced = (text: string): string => text.replace(/\s+/g, '');

/**
 * Where scripts ran (the live page), the block a script wrote is in the page: visibility removes it as
 * `spam:hidden-<method>`, and the script itself is then `spam:docwrite` for the same links. One block of spam is
 * one entry in the reader's count: the script's record goes when a hidden removal already holds its links.
 */
export function withoutWrittenTwice(removed: readonly Removal[]): Removal[] {
  const hidden = removed.filter((r) => r.reason.startsWith('spam:hidden-')).map((r) => unspaced(r.text));
  if (hidden.length === 0) return [...removed];
  return removed.filter((r) => {
    if (r.reason !== 'spam:docwrite') return true;
    // The opening links are enough to know the block (both records are capped, and spaced differently).
    const opening = unspaced(r.text).slice(0, 40);
    return !hidden.some((text) => text.includes(opening));
  });
}
