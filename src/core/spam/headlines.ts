/**
 * The page's own statements of its headline — og:title, twitter:title, JSON-LD `headline` (also inside
 * `@graph`), `<h1>` — which a swapped spam `<title>` shares nothing with (pattern 14).
 */
import { collapsedText } from '../dom.js';

function jsonLdHeadlines(doc: Document): string[] {
  const out: string[] = [];
  const visit = (item: unknown, depth: number) => {
    if (!item || typeof item !== 'object' || depth > 3) return;
    if (Array.isArray(item)) {
      for (const i of item) visit(i, depth + 1);
      return;
    }
    const record = item as Record<string, unknown>;
    const headline = record['headline'];
    if (typeof headline === 'string' && headline.trim()) out.push(headline.trim());
    if (record['@graph']) visit(record['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is the page's problem; the other sources remain.
    }
  }
  return out;
}

export function headlineCandidates(doc: Document): string[] {
  const metas = Array.from(
    doc.querySelectorAll('meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]'),
  ).map((m) => m.getAttribute('content')?.trim() ?? '');
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .slice(0, 3)
    .map((h) => collapsedText(h));
  return [...metas, ...jsonLdHeadlines(doc), ...h1s].filter((h) => h.length > 1);
}
