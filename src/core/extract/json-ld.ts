import { elementsByTag } from '../dom.js';
/**
 * Structured data a page publishes about its article (`<script type="application/ld+json">`): the
 * `articleBody` many news sites include in full. Read before Readability, which drops scripts.
 */

type Json = unknown;

function* walk(node: Json): Generator<Record<string, Json>> {
  if (Array.isArray(node)) for (const item of node) yield* walk(item);
  else if (node && typeof node === 'object') {
    const obj = node as Record<string, Json>;
    yield obj;
    if (obj['@graph']) yield* walk(obj['@graph']);
    if (obj.mainEntity) yield* walk(obj.mainEntity);
    if (obj.mainEntityOfPage && typeof obj.mainEntityOfPage === 'object') yield* walk(obj.mainEntityOfPage);
  }
}

/** Each JSON-LD block of the page, parsed once (several readers share it); broken blocks are left out. */
export function parseJsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of elementsByTag(doc, 'script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      out.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines); the page still has its HTML.
    }
  }
  return out;
}

/** Every object in the parsed blocks, `@graph` and main entities included. */
export function jsonLdObjects(blocks: readonly Json[]): Record<string, Json>[] {
  return [...walk(blocks)];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
};

/** CMSs often HTML-escape the JSON-LD string; the common entities are enough to compare words. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** A JSON-LD string as plain text: tags some CMSs leak flattened, the common entities decoded. */
export const jsonLdText = (text: string): string => decodeEntities(text.replace(/<[^>]+>/g, ' ')).trim();

/** The longest `articleBody` on the page, or null. HTML inside it (some CMSs leak tags) is flattened. */
export function articleBody(blocks: readonly Json[]): string | null {
  let best: string | null = null;
  for (const obj of jsonLdObjects(blocks)) {
    const body = obj.articleBody;
    if (typeof body !== 'string') continue;
    const text = jsonLdText(body);
    if (text && (!best || text.length > best.length)) best = text;
  }
  return best;
}
