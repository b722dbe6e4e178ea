/**
 * Whether an unknown tag's name is random letters (the 干扰码 block's <qkw>, <bnzd>, <zptw>) or word-like
 * (a framework's components left unregistered in the saved page: <app>, <navbar>, <metrics>, <disclaimer>).
 * A word-like name is pronounceable: it opens with a consonant cluster English words open with, alternates
 * vowels with short consonant runs, and ends in a cluster English words end with — compounds (navbar,
 * printbar, sidenav) included. Random letters rarely manage all three; a vowel-less name never does.
 * Some random names pass by chance (<hoak>), which is why the block is judged on several names at once.
 */

const ONSET =
  '(?:bl|br|ch|cl|cr|dr|dw|fl|fr|gl|gn|gr|kl|kn|kr|kw|ph|pl|pr|ps|sch|scr|sh|shr|sk|sl|sm|sn|sph|spl|spr|sp|str|st|sw|sc|thr|th|tr|tw|wh|wr|[bcdfghjklmnprstvwxz])?';
const CODA =
  '(?:ght|nth|rth|tch|rch|nch|lch|ck|mn|nc|ct|ft|ld|lf|lk|lm|lp|lt|mb|mp|nd|ng|nk|nt|pt|rb|rc|rd|rf|rg|rk|rl|rm|rn|rp|rs|rt|sh|sk|sp|ss|st|th|ch|ph|gh|xt|wn|wl|ws|ll|ff|pp|gg|dd|zz|bb|mm|nn|rr|tt|[bcdfghklmnprstvwxz])?s?';
/** Vowel groups separated by runs of at most three consonants (str, ntb, scl). */
const WORD_LIKE = new RegExp(`^${ONSET}[aeiouy]+(?:[^aeiouy]{1,3}[aeiouy]+)*${CODA}$`);

/** Whether a lower-case tag name reads as random letters rather than a word or compound. */
export function isRandomName(name: string): boolean {
  if (!/^[a-z]+$/.test(name)) return true; // digits or other characters: never a component's word
  return !WORD_LIKE.test(name.replace(/qu/g, 'kw'));
}
