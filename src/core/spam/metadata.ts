/**
 * The spam rule for the page's own metadata (pattern 14). Injectors stuff `<title>`, the description, og:,
 * twitter: and JSON-LD fields with search phrases, wholesale or glued to the real title
 * (`澳门金沙娱乐城_標題_某某日報`). Each field loses its spam segments and keeps the rest (segment rules in
 * title.ts); a title left with nothing gives way to the page's own headline (metadata, `<h1>`, or the
 * table layout's `<font size="5">` line), so Readability titles the article right. Once the title is known to
 * be spam the other fields are judged knowing it: the description repeating its phrases goes too.
 * Each cut is recorded for the audit.
 */
import type { Removal } from '../types.js';
import { capText, collapsedText, collapseSpace, elementsByTag } from '../dom.js';
import {
  cutSpamSegments,
  decodeNumericEntities,
  isSpamText,
  isSpamTitle,
  spamGrams,
  type SegmentEvidence,
} from './title.js';
import { lexiconHits } from './lexicon.js';
import { headlineCandidates } from './headlines.js';
import { elementsNamed } from './page-index.js';
import { coverage, foldLetters, grams } from '../extract/segments.js';
import { pageHeadline } from '../extract/page-headline.js';
import { isSiteSegment, siteContext, splitSuffixes, type SiteContext } from '../extract/site-suffix.js';
import { parseJsonLd } from '../extract/json-ld.js';

/** meta name/property → the reason a spam value of it is recorded under (dc., og:, twitter:, weibo: alike). */
function metaReason(key: string): string | null {
  if (/(?:^|[:.-])title$/i.test(key)) return 'spam:title';
  if (/(?:^|[:.-])description$/i.test(key)) return 'spam:description';
  if (/(?:^|[:.-])keywords$/i.test(key)) return 'spam:keywords';
  return null;
}

/** JSON-LD fields Readability and the reader show: each can carry the same stuffing. */
const JSON_LD_FIELDS: Record<string, string> = {
  headline: 'spam:title',
  name: 'spam:title',
  alternativeHeadline: 'spam:title',
  description: 'spam:description',
  keywords: 'spam:keywords',
};

/** A field worth judging: it names a lexicon term, or the page already showed its spam phrases. */
function mayBeSpam(text: string, evidence: SegmentEvidence): boolean {
  if (evidence.knownSpam?.size) return true;
  const hits = lexiconHits(decodeNumericEntities(text));
  return hits.strong.length + hits.weak.length > 0 || /[亚亞]洲|[欧歐]美|日[韩韓]|[国國]产/.test(text);
}

/** What the page shows as its headline and says its name is, read lazily: most pages never need either. */
class PageEvidence {
  private h1s: string[] | null = null;
  private layout: string | null = null;
  private stated: string[] = [];
  private siteCache: SiteContext | null = null;

  constructor(
    private readonly clone: Document,
    private readonly title: string,
    private readonly jsonLd: readonly unknown[],
  ) {}

  get site(): SiteContext {
    return (this.siteCache ??= siteContext(this.clone, this.jsonLd));
  }

  /** Visible headings and the layout's headline first; then metadata headlines with their own spam cut. */
  headlines(): string[] {
    if (!this.h1s) {
      this.h1s = elementsByTag(this.clone, 'h1')
        .slice(0, 3)
        .map((h) => collapsedText(h))
        .filter((h) => h.length > 1 && !isSpamText(h));
      this.layout = pageHeadline(this.clone, this.title, (t) => isSiteSegment(t, this.site) || isSpamText(t));
      const visible = this.visible();
      this.stated = headlineCandidates(this.clone)
        .filter((h) => !visible.includes(h))
        .map((h) => cutSpamSegments(h, { headlines: visible }).kept)
        .filter((h) => h.length > 1);
    }
    return [...this.visible(), ...this.stated];
  }

  private visible(): string[] {
    return [...(this.h1s ?? []), ...(this.layout ? [this.layout] : [])];
  }

  /** The headline to show when the title had nothing else: stated metadata, then `<h1>`, then the layout's. */
  fallback(): string {
    this.headlines();
    return this.stated[0] ?? this.h1s?.[0] ?? this.layout ?? '';
  }
}

export function spamMetadata(clone: Document): Removal[] {
  const removed: Removal[] = [];
  const titleEl = elementsNamed(clone, 'title')[0];
  const title = collapseSpace(decodeNumericEntities(titleEl?.textContent ?? ''));
  const jsonLd = parseJsonLd(clone);
  const page = new PageEvidence(clone, title, jsonLd);
  const knownSpam = new Set<string>();
  const evidence: SegmentEvidence & { headlines: string[] } = {
    get headlines() {
      return page.headlines();
    },
    knownSpam,
  };

  if (titleEl && title && mayBeSpam(title, { headlines: [] })) {
    let { kept, cut } = cutSpamSegments(title, evidence);
    // A swapped title shares nothing with the page's headline: all of it goes.
    if (!cut.length && isSpamTitle(title, () => evidence.headlines)) ({ kept, cut } = { kept: '', cut: [title] });
    if (cut.length) {
      const onlySite = splitSuffixes(kept).every((s) => isSiteSegment(s.text, page.site));
      titleEl.textContent = onlySite ? page.fallback() : kept;
      removed.push({ reason: 'spam:title', text: capText(cut.join(' ')) });
      evidence.hacked = true;
      for (const g of spamGrams(cut)) knownSpam.add(g);
    }
  }

  for (const meta of elementsNamed(clone, 'meta')) {
    const key = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
    const reason = metaReason(key);
    const content = reason ? (meta.getAttribute('content') ?? '') : '';
    if (!reason || !content.trim() || !mayBeSpam(content, evidence)) continue;
    const kept = cleanField(content, reason, evidence, removed);
    if (kept === null) continue;
    if (kept) meta.setAttribute('content', kept);
    else meta.remove();
  }

  removed.push(...cleanJsonLd(clone, evidence));
  return withoutRepeats(removed);
}

/** Letters a description must keep after its spam is cut to still describe anything. */
const MIN_DESCRIPTION = 10;

/**
 * One field's spam cut, recorded, and remembered (its phrases recur in the next field): the kept text, '' when
 * nothing useful is left, null when nothing was cut. A description cut down to a scrap, or to the headline
 * again, describes nothing: it goes whole, and the excerpt comes from the article's opening.
 */
function cleanField(value: string, reason: string, evidence: SegmentEvidence, removed: Removal[]): string | null {
  const { kept, cut } = cutSpamSegments(value, evidence);
  if (!cut.length) return null;
  removed.push({ reason, text: capText(cut.join(' ')) });
  for (const g of spamGrams(cut)) (evidence.knownSpam as Set<string>).add(g);
  if (reason !== 'spam:description') return kept;
  const letters = foldLetters(kept).length;
  const repeatsHeadline = evidence.headlines.some((h) => coverage(kept, grams(h)) >= 0.9);
  return letters < MIN_DESCRIPTION || repeatsHeadline ? '' : kept;
}

/** The same phrase cut from `<title>`, og:title and JSON-LD is one removal for the reader's audit list. */
function withoutRepeats(removed: readonly Removal[]): Removal[] {
  const seen = new Set<string>();
  return removed.filter((r) => !seen.has(`${r.reason}\n${r.text}`) && !!seen.add(`${r.reason}\n${r.text}`));
}

/** Cuts spam from the JSON-LD fields a reader sees; a block is rewritten only when something was cut. */
function cleanJsonLd(clone: Document, evidence: SegmentEvidence): Removal[] {
  const removed: Removal[] = [];
  for (const script of elementsByTag(clone, 'script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    let changed = false;
    const visit = (node: unknown, depth: number): void => {
      if (!node || typeof node !== 'object' || depth > 6) return;
      if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
      const obj = node as Record<string, unknown>;
      for (const [field, reason] of Object.entries(JSON_LD_FIELDS)) {
        const value = obj[field];
        if (typeof value !== 'string' || !mayBeSpam(value, evidence)) continue;
        const kept = cleanField(value, reason, evidence, removed);
        if (kept === null) continue;
        if (kept) obj[field] = kept;
        else delete obj[field];
        changed = true;
      }
      for (const child of Object.values(obj)) if (child && typeof child === 'object') visit(child, depth + 1);
    };
    visit(data, 0);
    if (changed) script.textContent = JSON.stringify(data);
  }
  return removed;
}
