/**
 * The one HTML sink. Every piece of article HTML — shown in the popup or reader, saved to a file or to the
 * library — passes through `purify` with this one configuration. Pages are hostile; extension pages are
 * privileged. See SECURITY.md for the threat model.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/** The configuration, flat and in one place (DOMPurify's own advice). */
export const PURIFY_CONFIG = {
  // HTML plus the safe SVG and MathML profiles; no SVG filters.
  USE_PROFILES: { html: true, svg: true, mathMl: true },
  // Active or page-altering elements that have no place in an article view.
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript', 'dialog', 'marquee'],
  // Inline style can overlay or spoof the extension page; the reader's own stylesheet styles the article.
  FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'ping', 'autofocus', 'tabindex'],
  ALLOW_DATA_ATTR: false,
  // http(s), mailto, tel, relative and fragment URLs; data: only where DOMPurify allows it (images, media).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
} satisfies Config;

const instances = new WeakMap<object, DOMPurify>();

/** One DOMPurify per window, with Winnow's hooks installed once. */
function purifierFor(win: Window): DOMPurify {
  let purifier = instances.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      // Links leave the extension page in a new tab, and never hand it a window.opener or a referrer.
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    instances.set(win, purifier);
  }
  return purifier;
}

/** Sanitises article HTML with the one configuration. `win` is any window with a DOM (browser or jsdom). */
export function purify(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, PURIFY_CONFIG) as string;
}
