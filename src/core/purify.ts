/**
 * The one HTML sink. Every piece of article HTML — shown in the popup or reader, copied, saved to a file or to
 * the library — passes through `purify` with this one configuration. Pages are hostile; extension pages are
 * privileged. See SECURITY.md for the threat model; test/unit/security holds the payload table that keeps it honest.
 *
 *   html ──► DOMPurify(PURIFY_CONFIG) ──► hooks: URL rules DOMPurify leaves open, links in a new tab ──► html
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/** The configuration, flat and in one place (DOMPurify's own advice). */
export const PURIFY_CONFIG = {
  // HTML plus DOMPurify's safe SVG and MathML profiles; no SVG filters (feImage loads URLs, filters can spoof).
  USE_PROFILES: { html: true, svg: true, mathMl: true },
  FORBID_TAGS: [
    // Page-altering or active elements that have no place in an article view (script is never allowed at all).
    'style',
    'link',
    'meta',
    'base',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'portal',
    // Forms post wherever they like and spoof the extension's own controls.
    'form',
    'input',
    'button',
    'select',
    'option',
    'textarea',
    'datalist',
    'output',
    'fieldset',
    'legend',
    // Parser-context elements behind most mutation XSS (their content is raw text in one parser, markup in another).
    'template',
    'noscript',
    'noembed',
    'noframes',
    'xmp',
    'plaintext',
    'listing',
    // Overlays and motion: a modal or a marquee can cover or imitate Winnow's own UI.
    'dialog',
    'marquee',
    'blink',
    // SVG: animation can rewrite an href after sanitising (<set attributeName=href to=javascript:…>); <use> and
    // <mpath>/<tref> pull in other documents; none of them carry article text.
    'animate',
    'animatecolor',
    'animatemotion',
    'animatetransform',
    'set',
    'discard',
    'use',
    'mpath',
    'tref',
  ],
  FORBID_ATTR: [
    // Inline style can overlay or spoof the extension page, and loads URLs; the reader's stylesheet styles the article.
    'style',
    'srcdoc',
    'formaction',
    'action',
    'ping',
    'autofocus',
    'tabindex',
    'accesskey',
    'contenteditable',
    // SVG animation targets and values, in case an animation element ever slips through a profile change.
    'attributename',
    'values',
    'from',
    'to',
    'by',
    'begin',
  ],
  // `target` is kept only so a sanitised link stays as it is; the hook sets it to _blank on links, removes it elsewhere.
  // `alttext` is MathML's text alternative, where extraction keeps a formula's TeX (core/extract/math.ts) for
  // Markdown; it is plain text, never a URL, so it is URI-safe (TeX such as `f:A\to B` would fail the URL test).
  ADD_ATTR: ['target', 'alttext'],
  ADD_URI_SAFE_ATTR: ['alttext'],
  ALLOW_DATA_ATTR: false,
  // http(s), mailto, tel, relative and fragment URLs. DOMPurify tests every non-trivial attribute value against
  // this after removing whitespace and control characters, so `java\tscript:` and `&#106;avascript:` fail too.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // A sanitised page keeps its paragraphs: a removed wrapper's text stays (DOMPurify drops script/style contents).
  KEEP_CONTENT: true,
} satisfies Config;

/** Attributes that hold URLs, checked again by the hooks below. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'poster',
  'background',
  'cite',
  'action',
  'data',
  'lowsrc',
  'dynsrc',
]);
/**
 * data: images only. DOMPurify admits data: in src on its media tags (img, image, audio, video, source, track)
 * whatever the type; a data:text/html or data:application/… URL is a document, not a picture, so it goes.
 */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon|svg\+xml)[;,]/i;
/** A candidate URL inside srcset: http(s), protocol-relative or relative; nothing with another scheme. */
const SAFE_SRCSET_URL = /^(?:https?:|\/|\.|[^:]*$)/i;
/** CSS-like `url(…)` in SVG presentation attributes (fill, clip-path, mask, marker…) may only point into the article. */
const EXTERNAL_CSS_URL = /url\(\s*(?!['"]?\s*#)/i;

/** What DOMPurify strips from a value before testing it as a URL (its ATTR_WHITESPACE): controls and blanks. */
// eslint-disable-next-line no-control-regex -- DOMPurify strips control characters too
const URL_IGNORED = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const compact = (value: string): string => value.replace(URL_IGNORED, '');

/** The rules DOMPurify's configuration cannot express, applied to one element after DOMPurify's own checks. */
function afterAttributes(node: Element): void {
  // One pass over what the element carries (most carry one or two attributes) rather than a lookup per rule.
  for (const attr of Array.from(node.attributes)) {
    const { name, value } = attr;
    if (URL_ATTRIBUTES.has(name)) {
      const url = compact(value);
      if (/^data:/i.test(url) && !DATA_IMAGE.test(url)) {
        node.removeAttribute(name);
        continue;
      }
      if (
        name === 'srcset' &&
        !value.split(',').every((candidate) => SAFE_SRCSET_URL.test(compact(candidate.trim().split(/\s+/)[0] ?? '')))
      ) {
        node.removeAttribute(name);
        continue;
      }
    }
    if (EXTERNAL_CSS_URL.test(value)) node.removeAttribute(name);
  }
  // Links (HTML and SVG <a>, image-map <area>) leave the extension page in a new tab, and never hand it a
  // window.opener or a referrer.
  if (
    (node.localName === 'a' || node.localName === 'area') &&
    (node.hasAttribute('href') || node.hasAttribute('xlink:href'))
  ) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  } else if (node.hasAttribute('target')) {
    node.removeAttribute('target');
  }
}

const instances = new WeakMap<object, DOMPurify>();

/** One DOMPurify per window, with Winnow's hooks installed once (hooks never call sanitize themselves). */
function purifierFor(win: Window): DOMPurify {
  let purifier = instances.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeType === 1) afterAttributes(node);
    });
    instances.set(win, purifier);
  }
  return purifier;
}

/** Sanitises article HTML with the one configuration. `win` is any window with a DOM (browser or jsdom). */
export function purify(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, PURIFY_CONFIG);
}

/**
 * The same sanitising as `purify` (the one configuration, the same hooks), returned as a DOM fragment instead of
 * a string, so a caller that needs both the HTML and the text (clean.ts) serialises once and never parses the
 * sanitised HTML again. RETURN_DOM_FRAGMENT only changes what sanitize hands back, not what it keeps.
 */
export function purifyToFragment(html: string | Element | DocumentFragment, win: Window): DocumentFragment {
  // An XHTML page's nodes serialise as XML (`<div/>`), which the HTML parser would read otherwise: they are imported.
  const input = typeof html === 'string' || html.ownerDocument?.contentType !== 'text/html' ? html : serialised(html);
  return purifierFor(win).sanitize(input, {
    ...PURIFY_CONFIG,
    RETURN_DOM_FRAGMENT: true,
  });
}

/**
 * The same sanitising, of nodes already parsed from article HTML: the children of `holder`, a `<body>` of an
 * inert document parsed as DOMPurify parses a string (DOMParser, text/html). DOMPurify works on a copy of that
 * very tree, never serialised and parsed again: a second parse is where mutation XSS lives, and it would also
 * move a leading `<title>` or `<style>` out of the body. For an article shown in slices (ui/render-in-slices.ts),
 * whose slices together are then exactly what sanitising the whole article at once gives.
 */
export function purifyParsed(holder: HTMLElement, win: Window): DocumentFragment {
  if (holder.nodeName !== 'BODY') throw new TypeError('purifyParsed takes the <body> that holds the nodes');
  return purifierFor(win).sanitize(holder, { ...PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true });
}

/**
 * Nodes go to DOMPurify as their HTML: given a node, DOMPurify 3.4 imports the whole tree into its document and
 * then walks it once more for attached shadow roots before its own walk, which on a 100,000-element article
 * costs more than serialising and parsing it (the parser is native). A fragment is moved into a holder to be
 * serialised, so it is empty afterwards; a `<body>` gives its contents, any other element itself, as DOMPurify
 * treats a node.
 */
function serialised(node: (Element | DocumentFragment) & { ownerDocument: Document }): string {
  if (node.nodeType === 1) return node.nodeName === 'BODY' ? (node as Element).innerHTML : (node as Element).outerHTML;
  const holder = node.ownerDocument.createElement('body');
  holder.append(node);
  return holder.innerHTML;
}
