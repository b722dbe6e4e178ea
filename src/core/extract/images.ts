import { childElements, elementsByTag } from '../dom.js';
/**
 * Every image the page shows a reader, in `src`, before Readability runs. Pages rarely put the real picture in
 * `src`: lazy loaders keep it in `data-src` and friends (WeChat's `data-src` has no file extension, only
 * `?wx_fmt=jpeg`), responsive pages in `srcset` or `<picture>`, and `src` holds a placeholder (a data: URI,
 * a 1×1 gif, "blank.gif") that their script swaps out. Winnow runs no page script and purify drops every
 * `data-` attribute, so without this step those images reach the reader blank or not at all.
 *
 * What it does, per image: take the real URL from a lazy attribute or the best `srcset`/`<picture>` candidate;
 * where a `<noscript>` holds the real `<img>` and the visible one is a placeholder, use the noscript's; drop
 * placeholders that have no real source and 1-px tracking pixels. An image that is replaced stays where it was
 * (inside its `<figure>`, next to its `<figcaption>`). URLs are left as the page wrote them: Readability makes
 * them absolute, and purify still checks every one.
 */

/** Attributes lazy loaders keep the real URL in, most specific first. */
const LAZY_SRC = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-actualsrc',
  'data-original-src',
  'data-hi-res-src',
  'data-lazyload',
  'data-echo',
];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];

/**
 * The file name of a stand-in picture: blank.gif, placeholder.png, lazy-load.svg, spacer.gif, loading.gif.
 * Stand-ins are gif, png or svg; a photograph called lazy-river.jpg is no placeholder.
 */
const PLACEHOLDER_NAME =
  /(?:^|[\W_])(?:blank|placeholder|lazy\w*|spacer|transparent|loading|pixel|empty)(?:[\W_][^.]*)?\.(?:gif|png|svg)$/i;
/**
 * A data: URI picture is a placeholder unless it is big enough to be a real picture (a few hundred bytes is a
 * 1×1 or a tiny blur; an inline chart or formula image runs to kilobytes).
 */
const MAX_PLACEHOLDER_DATA_URI = 512;
/** Above this width a candidate costs the reader a download for nothing: the reader column is narrower. */
const MAX_USEFUL_WIDTH = 2048;

export interface ImageStats {
  /** Images whose real URL came from a lazy attribute, srcset, picture or noscript. */
  resolved: number;
  /** Placeholders with no real source and tracking pixels, removed. */
  dropped: number;
}

function lastPathSegment(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when `src` is no picture a reader would want: missing, a tiny data: URI or a stand-in file. */
export function isPlaceholderSrc(src: string | null): boolean {
  const value = src?.trim() ?? '';
  if (!value || value === '#' || value === 'about:blank' || value === 'null') return true;
  if (/^data:/i.test(value)) return value.length <= MAX_PLACEHOLDER_DATA_URI;
  return PLACEHOLDER_NAME.test(lastPathSegment(value));
}

/** A value in a lazy attribute that can be an image URL (not a data: stub, not a JSON blob or a flag). */
function usableUrl(value: string | null): string | null {
  const v = value?.trim();
  if (!v || /\s/.test(v) || /^(?:data|javascript):/i.test(v) || v === 'true' || v === 'false') return null;
  return isPlaceholderSrc(v) ? null : v;
}

interface Candidate {
  url: string;
  width: number | null;
  density: number;
}

/**
 * The candidates of a `srcset` ("a.jpg 480w, b.jpg 960w" or "a.jpg, b.jpg 2x"), tokenised as the HTML standard
 * does: a URL runs to whitespace, so URLs with commas inside (Cloudinary's "w_400,h_300") stay whole.
 */
export function parseSrcset(srcset: string): Candidate[] {
  const candidates: Candidate[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) break;
    let url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    let descriptor = '';
    if (/,+$/.test(url)) {
      url = url.replace(/,+$/, ''); // "a.jpg, b.jpg": a trailing comma ends a candidate without descriptors
    } else {
      const end = rest.indexOf(',');
      descriptor = (end < 0 ? rest : rest.slice(0, end)).trim();
      rest = end < 0 ? '' : rest.slice(end + 1);
    }
    if (!url || /^data:/i.test(url)) continue;
    const value = Number.parseFloat(descriptor);
    candidates.push(
      /^[\d.]+w$/i.test(descriptor)
        ? { url, width: value, density: 1 }
        : { url, width: null, density: /^[\d.]+x$/i.test(descriptor) && value > 0 ? value : 1 },
    );
  }
  return candidates;
}

/**
 * The candidate a reader wants: the widest up to MAX_USEFUL_WIDTH (else the narrowest above it); with density
 * descriptors, the highest up to 2x. One URL, so the reader and every saved format show the same picture.
 */
export function bestCandidate(candidates: readonly Candidate[]): string | null {
  const sized = candidates.filter((c) => c.width !== null);
  if (sized.length) {
    const fitting = sized.filter((c) => c.width! <= MAX_USEFUL_WIDTH).sort((a, b) => b.width! - a.width!);
    const larger = sized.filter((c) => c.width! > MAX_USEFUL_WIDTH).sort((a, b) => a.width! - b.width!);
    return (fitting[0] ?? larger[0])!.url;
  }
  const dense = [...candidates].sort((a, b) => {
    const [ka, kb] = [a.density <= 2 ? a.density : -a.density, b.density <= 2 ? b.density : -b.density];
    return kb - ka;
  });
  return dense[0]?.url ?? null;
}

function srcsetOf(el: Element): string | null {
  for (const name of LAZY_SRCSET) {
    const value = el.getAttribute(name)?.trim();
    if (value && parseSrcset(value).length) return value;
  }
  const own = el.getAttribute('srcset')?.trim();
  return own && parseSrcset(own).length ? own : null;
}

/** Formats every browser and e-book reader shows; AVIF/JXL sources are used only when nothing else is offered. */
const PORTABLE_TYPE = /^image\/(?:jpeg|jpg|png|gif|webp)$/i;

/** The best URL a `<picture>` offers: its sources (portable types first, no print-only media), then the img. */
function pictureUrl(picture: Element, img: Element): string | null {
  const sources = childElements(picture).filter(
    (el) => el.localName === 'source' && !/\bprint\b/i.test(el.getAttribute('media') ?? ''),
  );
  const portable = sources.filter((s) => !s.getAttribute('type') || PORTABLE_TYPE.test(s.getAttribute('type')!));
  for (const group of [portable, sources]) {
    const candidates = group.flatMap((s) => {
      const set = srcsetOf(s);
      return set ? parseSrcset(set) : [];
    });
    const best = bestCandidate(candidates);
    if (best) return best;
  }
  const own = srcsetOf(img);
  return own ? bestCandidate(parseSrcset(own)) : null;
}

/** The real URL of one image, or null when it has none beyond what `src` already says. */
function realUrl(img: Element): string | null {
  for (const name of LAZY_SRC) {
    const url = usableUrl(img.getAttribute(name));
    if (url) return url;
  }
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  if (picture) return pictureUrl(picture, img);
  const set = srcsetOf(img);
  return set ? bestCandidate(parseSrcset(set)) : null;
}

const px = (value: string | null | undefined): number | null => {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value ?? '');
  return m ? Number(m[1]) : null;
};

/**
 * A tracking pixel: declared at most 1 px (or 0) each way it is sized, by attribute or inline style. One
 * dimension alone is no sign: CNET writes height="0" width="570" on its photographs to mean "auto".
 */
function isTracker(img: Element): boolean {
  // Next.js "fill" images say width:0;height:0 and grow by min-width/min-height: 100%; no size to trust there.
  const style = /min-(?:width|height)\s*:/i.test(img.getAttribute('style') ?? '')
    ? ''
    : (img.getAttribute('style') ?? '');
  const sizes = [
    px(img.getAttribute('width')),
    px(img.getAttribute('height')),
    px(/(?:^|;)\s*width\s*:\s*([^;!]+)/i.exec(style)?.[1]),
    px(/(?:^|;)\s*height\s*:\s*([^;!]+)/i.exec(style)?.[1]),
  ];
  const declared = sizes.filter((size): size is number => size !== null);
  return declared.length > 0 && declared.every((size) => size <= 1);
}

/** The images a `<noscript>` holds: parsed elements (a DOM built without scripting) or its raw text (one with). */
function noscriptImages(noscript: Element): Element[] {
  const parsed = elementsByTag(noscript, 'img');
  if (parsed.length || !/<img\b/i.test(noscript.textContent ?? '')) return parsed;
  // A <template> parses inertly: nothing loads, nothing runs, whatever document this is.
  const template = noscript.ownerDocument.createElement('template');
  // eslint-disable-next-line no-restricted-syntax -- an inert <template> parse of the page's own markup, not a sink
  template.innerHTML = noscript.textContent ?? '';
  return Array.from(template.content.querySelectorAll('img'));
}

/** The placeholder `<img>` a noscript stands in for: its nearest earlier sibling image, or the only one in its parent. */
function placeholderFor(noscript: Element): Element | null {
  for (let el = noscript.previousElementSibling; el; el = el.previousElementSibling) {
    const img =
      el.localName === 'img' ? el : el.localName === 'picture' ? (el.getElementsByTagName('img')[0] ?? null) : null;
    if (img) return img;
    if (el.getElementsByTagName('img').length || el.textContent?.trim()) break;
  }
  const parent = noscript.parentElement;
  const siblings = parent ? elementsByTag(parent, 'img').filter((img) => !noscript.contains(img)) : [];
  return siblings.length === 1 ? siblings[0]! : null;
}

/** A low-quality preview that a script swaps for the real picture (Medium's blurred 60-px thumbnail). */
const isPreview = (img: Element): boolean =>
  /lazy|progressive|blur|lqip|preview|thumbnail/i.test(img.getAttribute('class') ?? '');

/** The element an image stands for in the layout: its `<picture>` when it has one. */
const box = (img: Element): Element => (img.parentElement?.localName === 'picture' ? img.parentElement : img);

function useNoscriptFallbacks(doc: Document, stats: ImageStats): void {
  // Tag lookups, not selectors: the CLI's jsdom runs a selector through its engine, a third slower (browsers: either).
  for (const noscript of elementsByTag(doc, 'noscript')) {
    const fallback = noscriptImages(noscript).find(
      (img) => !isTracker(img) && (!isPlaceholderSrc(img.getAttribute('src')) || realUrl(img)),
    );
    if (!fallback) continue;
    const placeholder = placeholderFor(noscript);
    if (
      placeholder &&
      !isPreview(placeholder) &&
      (!isPlaceholderSrc(placeholder.getAttribute('src')) || realUrl(placeholder))
    ) {
      // The visible image is real, or a lazy attribute says where it is: the fallback would only repeat it.
      noscript.remove();
      continue;
    }
    const img = doc.importNode(fallback, true);
    if (placeholder) {
      // The fallback takes the placeholder's place (inside its figure, beside its caption); its alt survives.
      if (!img.getAttribute('alt') && placeholder.getAttribute('alt'))
        img.setAttribute('alt', placeholder.getAttribute('alt')!);
      box(placeholder).replaceWith(img);
      noscript.remove();
    } else {
      noscript.replaceWith(img);
    }
    stats.resolved++;
  }
}

/**
 * Puts every image's real URL in `src`, in place, on the clone that Readability reads next. Returns what it did,
 * for tests and measurement.
 */
export function resolveImages(doc: Document): ImageStats {
  const stats: ImageStats = { resolved: 0, dropped: 0 };
  useNoscriptFallbacks(doc, stats);
  for (const img of elementsByTag(doc, 'img')) {
    if (isTracker(img)) {
      box(img).remove();
      stats.dropped++;
      continue;
    }
    const url = realUrl(img);
    const placeholder = isPlaceholderSrc(img.getAttribute('src'));
    if (url && (placeholder || url !== img.getAttribute('src'))) {
      img.setAttribute('src', url);
      stats.resolved++;
    } else if (placeholder) {
      box(img).remove();
      stats.dropped++;
      continue;
    }
    // One URL from here on: a srcset left behind could still point at the placeholder or a thumbnail, and
    // Readability's own lazy-image pass would swap `src` back from the data- attributes.
    for (const name of [...LAZY_SRC, ...LAZY_SRCSET, 'srcset', 'sizes']) img.removeAttribute(name);
    const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
    if (picture) picture.replaceWith(img);
  }
  return stats;
}
