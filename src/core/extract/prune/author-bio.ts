/**
 * Author bios and contact lines at the foot of an article: "About the Author / Zac Hall / @apollozac /
 * Zac covers Apple news for 9to5Mac…" (9to5), "Phil Helsel is a reporter for NBC News.", "Emiliano joined
 * pv magazine in March 2017…" (pv magazine), "Email Tariq Malik at …", "Write to Al Root at …" (Barron's),
 * boxes classed `author-bio`/`about-author`. They describe the writer, not the story.
 */
import { guarded } from './guarded-regex.js';
import {
  alive,
  classAndId,
  isHeading,
  leafBlocks,
  remove,
  textOf,
  tooBig,
  wordCount,
  wordsFrom,
  type PruneContext,
} from './util.js';
import { vocabulary } from './split-alternation.js';

const BIO_CLASS =
  /(?:^|[\s_-])(?:author-?bio|about-?(?:the-?)?author|author-?info|author-?box|author-?card|bio-?box|contributor-?bio|byline-?bio)(?:$|[\s_-])/i;
const BIO_HEADING = vocabulary(
  /^(?:about\s+the\s+authors?|about\s+me|the\s+author|author|sobre\s+o\s+autor|作者简介|作者簡介|この記事を書いた人|この記事の著者|著者プロフィール|執筆者(?:プロフィール)?|über\s+(?:den\s+autor|die\s+autorin|die\s+autoren|mich)|zur\s+person|(?:à\s+)?propos\s+de\s+l['’]auteur(?:e)?|l['’]auteur(?:e)?|sobre\s+(?:el|la)\s+autor(?:a)?|(?:sull['’]|l['’])autore|over\s+de\s+auteur|o\s+autorze|om\s+(?:forfatteren|författaren|skribenten))[\s:：]*$/i,
);

/** "<Name> is a reporter …", "<Name> joined …", "<Name> covers …": a sentence about a person's job. */
const BIO_SENTENCE = guarded(
  new RegExp(
    String.raw`\s(?:is|was|has\s+been|joined|covers|writes|reports|lives|spends)\b[\s\S]*\b(?:reporter|writer|editor|journalist|correspondent|columnist|author|contributor|freelance|covers|reporting|curator|staff|publisher|joined|news|magazine|podcast)\b`,
  ),
  /^(?:[\p{Lu}][\p{L}.'’-]+\s+){0,3}[\p{Lu}][\p{L}.'’-]+\s+(?:is|was|has\s+been|joined|covers|writes|reports|lives|spends)\b.{0,300}\b(?:reporter|writer|editor|journalist|correspondent|columnist|author|contributor|freelance|covers|reporting|curator|staff|publisher|joined|news|magazine|podcast)\b/u,
);
/** The words a bio sentence opens with, before its verb: the person's name. */
const BIO_SUBJECT =
  /^((?:[\p{Lu}][\p{L}.'’-]+\s+){0,3}[\p{Lu}][\p{L}.'’-]+)\s+(?:is|was|has\s+been|joined|covers|writes|reports|lives|spends)\b/u;

/**
 * Whether a bio sentence is about someone named: a name of two words or more ("Phil Helsel is a reporter…"), or a
 * first name the byline or a name line above it gives ("Zac covers Apple…" under "Zac Hall"). A story's sentence
 * that opens on one capitalised word ("Continuity was also important after Herman and his staff…") is not a bio.
 */
function aboutPerson(text: string, byline: string | null, nameAbove: boolean): boolean {
  const subject = BIO_SUBJECT.exec(text)?.[1];
  if (!subject) return false;
  if (/\s/.test(subject) || nameAbove) return true;
  return !!byline && byline.split(/[\s,]+/).includes(subject);
}

/** "Email Tariq Malik at tmalik@…", "Write to the reporter": the reporter's contact, wherever it sits. */
const CONTACT_LINE =
  /^(?:email|e-mail|write\s+to|reach|contact)\s+.{1,80}\s+(?:at|via|on)\s+\S+@|^(?:email|e-mail|write\s+to|reach)\s+(?:the\s+)?(?:reporter|author|writer)s?\b/i;
/** An address or handle alone: the reporter's by the byline or under the story, anyone's in the middle of it. */
const ADDRESS_ALONE = /^(?:[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/)?(?:www\.)?twitter\.com\/\w+|@\w{2,30})$/i;

/** Blocks at the article's head, where a byline's address sits. */
const HEAD_BLOCKS = 3;
/** What may follow a reporter's address under the story, as a share of the article's words: a bio, not more story. */
const MAX_AFTER_ADDRESS = 0.2;
/** What may follow a bio's heading, as a share of the article's words: the bio, not half the story. */
const MAX_AFTER_BIO_HEADING = 0.4;

/** "About <Name>" in the languages of the bio headings above: the name, two to four capitalised words. */
const ABOUT_NAME =
  /^(?:[Aa]bout|[Üü]ber|[Àà]\s+propos\s+de|[Ss]obre|[Oo]ver|O)\s+((?:[\p{Lu}][\p{L}.'’-]+\s+){1,3}[\p{Lu}][\p{L}.'’-]+)\s*:?$/u;
/** The most a bio paragraph under such a heading runs to. */
const MAX_NAMED_BIO_WORDS = 120;

/** A heading that names a person, over a short paragraph that opens with that name. */
function namedBioHeading(text: string, next: Element | undefined): boolean {
  const name = ABOUT_NAME.exec(text)?.[1];
  if (!name || !next) return false;
  const bio = textOf(next);
  return bio.startsWith(`${name} `) && wordCount(bio) <= MAX_NAMED_BIO_WORDS;
}

/**
 * A box the page marks as a person with a picture or a line about them: schema.org's Person (Notebookcheck's
 * writer box under the story, "Habeeb Onawole - Magazine Writer - 723 articles published" and a paragraph about
 * him). The story's own people are named in its sentences, not boxed as records.
 */
const PERSON_TYPE = /(?:^|\/)Person$/;
const PERSON_BOX_PARTS = 'img, picture, p, div';

export function pruneAuthorBios(ctx: PruneContext): void {
  for (const el of Array.from(ctx.root.querySelectorAll('[class], [id]'))) {
    if (alive(ctx, el) && BIO_CLASS.test(classAndId(el)) && !tooBig(ctx, el, 150)) remove(ctx, el, 'author-bio');
  }
  for (const el of Array.from(ctx.root.querySelectorAll('[itemtype]'))) {
    if (!alive(ctx, el) || !PERSON_TYPE.test(el.getAttribute('itemtype')?.trim() ?? '')) continue;
    // A box, not a name marked up inside a line ("By <span itemtype=…/Person>…</span>"): the line is the rules'.
    if (!el.querySelector(PERSON_BOX_PARTS)) continue;
    if (wordCount(textOf(el)) <= 150 && !tooBig(ctx, el, 150)) remove(ctx, el, 'author-bio');
  }
  const blocks = leafBlocks(ctx.root);
  // Bios sit in the last few blocks; looking only there keeps "X is a reporter" quotes mid-story safe.
  const tailStart = Math.max(0, blocks.length - 8);
  blocks.forEach((el, i) => {
    if (!alive(ctx, el)) return;
    const text = textOf(el);
    const words = wordCount(text);
    // An address alone with the story going on after it is the story's own (a contact it quotes).
    const atEdge = () => i < HEAD_BLOCKS || wordsFrom(ctx, blocks, i + 1) <= ctx.totalWords * MAX_AFTER_ADDRESS;
    if ((CONTACT_LINE.test(text) || (ADDRESS_ALONE.test(text) && atEdge())) && words <= 30) {
      remove(ctx, el, 'contact');
      return;
    }
    if (i < tailStart) return;
    if ((isHeading(el) || words <= 4) && BIO_HEADING.test(text)) {
      // A bio closes the page: with much of the article after it, the heading opens a section of the story (a
      // review's "The author", an interview's "Über den Autor") and takes nothing.
      if (wordsFrom(ctx, blocks, i + 1) > ctx.totalWords * MAX_AFTER_BIO_HEADING) return;
      // The heading, then the name/handle lines and the bio paragraph that follow it.
      for (const next of blocks.slice(i + 1, i + 5)) if (wordCount(textOf(next)) <= 80) remove(ctx, next, 'author-bio');
      remove(ctx, el, 'author-bio');
    } else if (
      words <= 6 &&
      namedBioHeading(text, blocks[i + 1]) &&
      wordsFrom(ctx, blocks, i + 2) <= ctx.totalWords * MAX_AFTER_ADDRESS
    ) {
      // "About Robert Gehl" over "Robert Gehl is a college professor in Phoenix…": the heading names the person the
      // paragraph under it opens with, and little follows (a bio closes the page).
      remove(ctx, blocks[i + 1]!, 'author-bio');
      remove(ctx, el, 'author-bio');
    } else if (BIO_SENTENCE.test(text) && words <= 80 && !tooBig(ctx, el)) {
      const prev = blocks[i - 1];
      // A bare name line just above the bio ("Regan", "Phil Helsel") belongs to it.
      const nameAbove =
        prev &&
        alive(ctx, prev) &&
        wordCount(textOf(prev)) <= 3 &&
        !/[.!?]$/.test(textOf(prev)) &&
        text.startsWith(textOf(prev).split(' ')[0] ?? '\u0000');
      if (!aboutPerson(text, ctx.byline, !!nameAbove)) return;
      if (nameAbove) remove(ctx, prev, 'author-bio');
      remove(ctx, el, 'author-bio');
    }
  });
}
