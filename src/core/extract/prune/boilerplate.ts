/**
 * The company boilerplate that closes a press release: "About Ascom" and "Ascom is a global solutions
 * provider focused on … Ascom is headquartered in Baar (Switzerland) …" (corporate newsrooms, wire
 * services). It describes the issuer, not the news. Only the tail is searched, and the run starts at a
 * sentence of the form "<Name> is a/an/the … provider/company/…", so a story that mentions what a company
 * is, mid-text, keeps it. The press contact under a release ("Pressekontakt:", "Media contact:" and its name,
 * email and phone lines) goes the same way.
 */
import { guarded } from './guarded-regex.js';
import {
  alive,
  brLines,
  isHeading,
  leafBlocks,
  remove,
  removeLine,
  textOf,
  tooBig,
  wordCount,
  wordsFrom,
  type PruneContext,
} from './util.js';
import { vocabulary } from './split-alternation.js';

const TAIL_BLOCKS = 5;
const MAX_BLOCK_WORDS = 120;

const ABOUT_HEADING = guarded(/^about\s/, /^about\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*\s*){1,4}[:.]?$/u);
const COMPANY_SENTENCE = guarded(
  new RegExp(
    String.raw`\s(?:is|are)\s+(?:a|an|the|one\s+of\s+the)\s[\s\S]*(?:provider|providers|company|companies|leader|manufacturer|supplier|developer|firm|group|organi[sz]ation|agency|publisher|operator|producer|maker|platform|network|exchange)\b`,
  ),
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*\s+){0,3}[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s*\([^)]{1,30}\))?,?\s+(?:is|are)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}(?:provider|providers|company|companies|leader|manufacturer|supplier|developer|firm|group|organi[sz]ation|agency|publisher|operator|producer|maker|platform|network|exchange)\b/u,
);

/**
 * The press contact that closes a release: "Pressekontakt:", "Media contact:", "Contact presse :", "Investor Relations
 * Contacts:", "Ved spørsmål, vennligst kontakt …", "Bei Rückfragen wenden Sie sich an …" and the lines after it (a
 * name, an address, an email, a phone number), often with the wire's own line under them.
 */
const CONTACT_LABEL = vocabulary(
  /^(?:press(?:e)?\s*kontakte?|medienkontakte?|(?:ihre\s+)?redaktionskontakte?|kontakt\s+für\s+(?:die\s+)?(?:presse|medien)|(?:press|media)\s+(?:contacts?|enquiries|inquiries|relations)|investors?\s+(?:relations\s+)?contacts?|for\s+(?:further|more)\s+information,?\s+(?:please\s+)?contact|contacts?\s+(?:presse|médias?)|contacto\s+(?:de\s+|para\s+)?(?:prensa|medios)|contatt[oi]\s+(?:per\s+la\s+)?stampa|contato\s+(?:para\s+(?:a\s+)?)?imprensa|perscontact|persinformatie|kontakt\s+dla\s+(?:mediów|prasy)|pressekontakt|(?:ved|vid)\s+(?:spørsmål|spørgsmål|frågor)(?:\s+\S+){0,3},?\s+(?:vennligst\s+|venligst\s+|vänligen\s+)?(?:kontakt(?:a|e)?|ta\s+kontakt\s+med)|bei\s+(?:fragen|rückfragen)(?:\s+\S+){0,3},?\s+(?:wenden\s+sie\s+sich\s+(?:bitte\s+)?an|kontaktieren\s+sie)|for\s+(?:questions|enquiries|inquiries|media\s+enquiries)(?:\s+\S+){0,3},?\s+(?:please\s+)?contact|(?:pour\s+toute\s+question|en\s+cas\s+de\s+questions?),?\s+(?:veuillez\s+)?contacte[rz]|para\s+(?:consultas|dudas)(?:\s+\S+){0,3},?\s+contact(?:e|a|ar))\s*[:：]?(?:\s|$)/i,
);
/**
 * A press office by name, which labels the contact on its own ("Ufficio stampa", "Pressestelle der Stadt Köln") and
 * makes a reader's label a press contact ("Para más información: Gabinete de Prensa — Tel. 91 597 12 34").
 */
const PRESS_OFFICE = vocabulary(
  /(?:^|[^\p{L}])(?:gabinete\s+de\s+(?:prensa|comunicaci[oó]n)|oficina\s+de\s+(?:prensa|comunicaci[oó]n)|departamento\s+de\s+comunicaci[oó]n|dirección\s+de\s+comunicaci[oó]n|service\s+(?:de\s+)?(?:presse|communication)|bureau\s+de\s+(?:presse|la\s+communication)|pressestelle|pressebüro|presseabteilung|pressereferat|unternehmenskommunikation|press\s+office|media\s+relations|communications\s+office|ufficio\s+stampa|assessoria\s+de\s+(?:imprensa|comunica[cç][aã]o)|biuro\s+prasowe|rzecznik\s+prasowy|persdienst|persbureau|afdeling\s+communicatie)(?:$|[^\p{L}])/iu,
);
/**
 * A label a reader's notice opens with too ("Weitere Informationen:", "Kontakt:", "Para más información:"): a press
 * contact only when its lines name a press office, so a local story's closing "Info: Tel. 06221 …" stays.
 */
const INFO_LABEL = vocabulary(
  /^(?:(?:para\s+)?m[aá]s\s+informaci[oó]n|pour\s+(?:plus\s+d['’]|toute\s+|de\s+plus\s+amples\s+)informations?|(?:per\s+)?(?:ulteriori\s+)?informazioni|(?:para\s+)?mais\s+informa[cç][oõ]es|(?:weitere\s+)?informationen|f[üu]r\s+r[üu]ckfragen|r[üu]ckfragen(?:\s+an)?|kontakt|ansprechpartner(?:in)?|ansprechperson|contacts?|contacto|contatti|contatto|contato|for\s+(?:further|more)\s+information)\s*[:：]?(?:\s|$)/i,
);
/** The label that opens a contact: a press contact's own, a press office, or a reader's label naming a press office. */
const opensContact = (text: string, run: () => string): boolean =>
  CONTACT_LABEL.test(text) ||
  (PRESS_OFFICE.index(text) ?? Infinity) === 0 ||
  (INFO_LABEL.test(text) && PRESS_OFFICE.test(run()));
/** An email address, as a contact line writes it. */
const EMAIL = String.raw`[\w.+-]+@[\w-]+\.[\w.-]+`;
/** What a contact block holds: an email address or a phone number (a North American one alone on its line too). */
const CONTACT_DETAIL = new RegExp(
  String.raw`${EMAIL}|(?:tel|phone|telefon|téléphone|tél|fon|tlf|tfn|puh|mob|mobil|handy)\.?\s*[:：]?\s*\+?\d|\+\d{1,3}[\s(]+\d|^(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.\s]\d{4}$`,
  'i',
);
/** A detail in the block's text or on one of its `<br>` lines (a phone number alone on its line is a detail only there). */
const hasDetail = (block: Element): boolean =>
  CONTACT_DETAIL.test(textOf(block)) || brLines(block).some((line) => CONTACT_DETAIL.test(line.text));
/** Lines in a contact block: a few people and their details, each line short (a sentence of a story is longer). */
const MAX_CONTACT_BLOCKS = 15;
const MAX_CONTACT_WORDS = 15;
/** What may follow a release's contact, as a share of the article's words: terms of use, not more story. */
const MAX_AFTER_CONTACT = 0.3;

/** An email address or a phone number, each one word of a contact however many digits and dots it holds. */
const ADDRESS_OR_NUMBER = new RegExp(String.raw`${EMAIL}|\+?\(?\d[\d\s()./-]{5,}\d`, 'g');
const contactWords = (text: string): number => wordCount(text.replace(ADDRESS_OR_NUMBER, ' x '));

/** A block of one contact's lines: short, or a few short `<br>` lines (a name, a street, a phone number). */
function contactSized(block: Element): boolean {
  if (contactWords(textOf(block)) <= MAX_CONTACT_WORDS) return true;
  const lines = brLines(block);
  return (
    lines.length > 1 &&
    lines.length <= MAX_CONTACT_BLOCKS &&
    lines.every((line) => contactWords(line.text) <= MAX_CONTACT_WORDS)
  );
}

function pruneContact(ctx: PruneContext, blocks: Element[]): void {
  const start = Math.max(0, blocks.length - 2 * MAX_CONTACT_BLOCKS);
  for (let i = start; i < blocks.length; i++) {
    const el = blocks[i]!;
    // The label opens the block, or its first `<br>` line: a section of two people's lines runs past 15 words.
    if (!alive(ctx, el) || !contactSized(el)) continue;
    const following = () =>
      blocks
        .slice(i, i + MAX_CONTACT_BLOCKS)
        .map(textOf)
        .join('\n');
    if (!opensContact(brLines(el)[0]?.text ?? textOf(el), following)) continue;
    // The contact's lines run to the first block that is not one: the release's image terms or a legal notice may
    // follow, but not a story's worth of text (a contact quoted mid-story).
    const run: Element[] = [];
    let end = i;
    for (; end < blocks.length; end++) {
      const b = blocks[end]!;
      if (!alive(ctx, b)) continue;
      if (!contactSized(b) || tooBig(ctx, b)) break;
      run.push(b);
    }
    if (run.length > MAX_CONTACT_BLOCKS || wordsFrom(ctx, blocks, end) > ctx.totalWords * MAX_AFTER_CONTACT) return;
    // The details themselves, so a story that ends by quoting a "press contact" keeps its last lines.
    if (!run.some(hasDetail)) return;
    for (const b of run) remove(ctx, b, 'boilerplate');
    return;
  }
  pruneContactLines(ctx, blocks);
}

/**
 * The same contact written as `<br>` lines at the end of the release's last paragraph ("…erzielt.<br><br>Ihre
 * Redaktionskontakte:<br>windream GmbH<br>…<br>Telefon: +49 234 9734-568"): from the label line to the end.
 */
function pruneContactLines(ctx: PruneContext, blocks: Element[]): void {
  for (let i = Math.max(0, blocks.length - 3); i < blocks.length; i++) {
    const el = blocks[i]!;
    if (!alive(ctx, el)) continue;
    const lines = brLines(el);
    const rest = (from: number) => () =>
      [...lines.slice(from).map((line) => line.text), ...blocks.slice(i + 1).map(textOf)].join('\n');
    const at = lines.findIndex(
      (line, n) => contactWords(line.text) <= MAX_CONTACT_WORDS && opensContact(line.text, rest(n)),
    );
    if (at < 0) continue;
    const tail = lines.slice(at);
    const later = blocks.slice(i + 1).filter((b) => alive(ctx, b));
    const texts = [...tail.map((line) => line.text), ...later.map(textOf)];
    if (texts.length > 4 * MAX_CONTACT_BLOCKS || texts.some((text) => contactWords(text) > MAX_CONTACT_WORDS)) return;
    if (!texts.some((text) => CONTACT_DETAIL.test(text))) return;
    for (const line of tail) removeLine(ctx, el, line, 'boilerplate');
    for (const b of later) remove(ctx, b, 'boilerplate');
    return;
  }
}

export function pruneBoilerplate(ctx: PruneContext): void {
  pruneContact(ctx, leafBlocks(ctx.root));
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
