/**
 * The one check for "no active content", used on every output of the payload table and the fuzzer.
 * It parses the HTML the way the extension page will (innerHTML into an HTML document), and then parses the
 * serialisation of that once more: mutation XSS is markup that is harmless on the first parse and active
 * on the second, so both trees must pass.
 */

/** Elements that execute, load documents, submit, or alter the page around the article. */
export const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'base',
  'meta',
  'link',
  'style',
  'template',
  'noscript',
  'noembed',
  'xmp',
  'plaintext',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
  'use',
  'foreignobject',
  'annotation-xml',
  'feimage',
  'handler',
  'listener',
]);

/** Attributes whose value is a URL (a browser may fetch or navigate to it). */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'cite',
  'lowsrc',
  'dynsrc',
  'ping',
  'codebase',
  'longdesc',
  'usemap',
  'manifest',
  'icon',
  'profile',
  'classid',
]);

const ANIMATION_VALUES = new Set(['values', 'to', 'from', 'by']);

/** What DOMPurify strips from a value before testing it as a URL (its ATTR_WHITESPACE): controls and blanks. */
// eslint-disable-next-line no-control-regex -- DOMPurify strips control characters too
const URL_IGNORED = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const compact = (value: string): string => value.replace(URL_IGNORED, '');

/** A URL that runs script or renders a document: javascript:, vbscript:, and data: except images. */
export function isActiveUrl(value: string): boolean {
  const url = compact(value).toLowerCase();
  if (/^(?:java|vb|live|j)script:/.test(url)) return true;
  return url.startsWith('data:') && !/^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon|svg\+xml)[;,]/.test(url);
}

function problemsIn(root: Element, doc: Document): string[] {
  const problems: string[] = [];
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (el === root) continue;
    const name = el.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`<${name}> element`);
    for (const attr of Array.from(el.attributes)) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) problems.push(`${attrName} handler on <${name}>`);
      if (attrName === 'style' || attrName === 'srcdoc') problems.push(`${attrName} attribute on <${name}>`);
      if (URL_ATTRIBUTES.has(attrName) && isActiveUrl(attr.value))
        problems.push(`${attrName}=${attr.value.slice(0, 40)} on <${name}>`);
      if (
        (attrName === 'srcset' || attrName === 'imagesrcset') &&
        attr.value.split(',').some((c) => isActiveUrl(c.trim().split(/\s+/)[0] ?? ''))
      ) {
        problems.push(`srcset ${attr.value.slice(0, 40)} on <${name}>`);
      }
      // SVG animation values become an href when the animation runs.
      if (ANIMATION_VALUES.has(attrName) && isActiveUrl(attr.value))
        problems.push(`script URL in ${attrName} on <${name}>`);
      if (/url\(\s*(?!['"]?\s*#)/i.test(attr.value)) problems.push(`external url() in ${attrName} on <${name}>`);
      // DOM clobbering: an id or name that shadows a document property the extension page reads.
      if ((attrName === 'id' || attrName === 'name') && attr.value in doc)
        problems.push(`${attrName}=${attr.value} clobbers document`);
    }
    if ((name === 'a' || name === 'area') && (el.hasAttribute('href') || el.hasAttribute('xlink:href'))) {
      if (el.getAttribute('target') !== '_blank') problems.push(`<${name}> without target=_blank`);
      const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer'))
        problems.push(`<${name}> without rel="noopener noreferrer"`);
    }
  }
  return problems;
}

/** Everything active in `html`, parsed once and parsed again from its own serialisation (empty: inert). */
export function activeContent(html: string, doc: Document): string[] {
  const first = doc.createElement('div');
  first.innerHTML = html;
  const second = doc.createElement('div');
  second.innerHTML = first.innerHTML;
  const problems = [...problemsIn(first, doc), ...problemsIn(second, doc).map((p) => `after re-parse: ${p}`)];
  return [...new Set(problems)];
}
