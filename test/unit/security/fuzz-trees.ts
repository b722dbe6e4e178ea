/** Random DOM trees for the fuzzer (fuzz.test.ts) and the security bench: hostile tags, attributes, values and text. */
import fc from 'fast-check';

const TAGS = ['p', 'div', 'span', 'a', 'img', 'b', 'table', 'tr', 'td', 'ul', 'li', 'svg', 'math', 'mtext', 'mglyph', 'malignmark',
  'style', 'script', 'noscript', 'template', 'textarea', 'title', 'xmp', 'iframe', 'object', 'embed', 'form', 'input', 'select',
  'option', 'button', 'base', 'meta', 'link', 'foreignObject', 'desc', 'use', 'animate', 'set', 'image', 'source', 'picture',
  'video', 'details', 'marquee', 'annotation-xml', 'h2', 'blockquote', 'pre', 'code'];
const ATTRS = ['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'poster', 'style', 'srcdoc', 'onerror', 'onload',
  'onclick', 'onfocus', 'onbegin', 'id', 'name', 'class', 'title', 'alt', 'attributeName', 'values', 'to', 'fill', 'background', 'data', 'target'];
const VALUES = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '&#106;avascript:x', 'java&#x09;script:x', ' &#14;javascript:x',
  'vbscript:x', 'data:text/html,<script>x</script>', 'data:image/png;base64,AAAA', 'https://example.org/a.png',
  '/relative', '#frag', 'x onerror=alert(1)', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>",
  '</style><img src=x onerror=alert(1)>', '</noscript><img src=x onerror=alert(1)>', 'url(https://x/y)', 'url(#g)',
  'cookie', 'body', 'x 1x, javascript:y 2x', 'alert(1)', ''];
const TEXTS = ['words of the article', '<img src=x onerror=alert(1)>', '</p>', '</textarea>', '</style>', '<!--', '-->', '"', "'",
  '&lt;script&gt;', '<![CDATA[', ']]>', '\u0000', 'ordinary sentence with a comma, and more'];

type Tree = string;
const attribute = fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES), fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => (quote ? ` ${name}=${quote}${value}${quote}` : ` ${name}=${value.replace(/\s/g, '')}`));

export const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, children, close]) => `<${tag}${attrs.join('')}>${children.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node;

