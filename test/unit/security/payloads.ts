/**
 * The payload table: XSS and mutation-XSS payloads from the public cheat sheets (OWASP XSS Filter Evasion,
 * PortSwigger's XSS cheat sheet, HTML5 Security Cheatsheet) and DOMPurify's own test categories and published
 * bypasses (namespace confusion, mXSS through style/noscript/template, DOM clobbering).
 *
 * Each payload is a template: `{{MARK}}` is JavaScript that records that it ran (Node: a no-op marker; real
 * browsers: sets window.__xss and document.title and reports to the test server), `{{ORIGIN}}` the test server,
 * `{{ID}}` the payload's id. The marker JavaScript uses no quotes, spaces, `&` or `>`, so it fits every
 * context below (quoted or unquoted attributes, javascript: URLs, script bodies).
 */
export interface Payload {
  id: string;
  category:
    'script' | 'handler' | 'url' | 'embed' | 'form' | 'page' | 'css' | 'svg' | 'mathml' | 'mxss' | 'clobber' | 'srcset';
  html: string;
}

const b64 = (text: string): string => Buffer.from(text).toString('base64');

export const PAYLOADS: Payload[] = [
  // Script elements, in every spelling a parser accepts.
  { id: 'script', category: 'script', html: '<script>{{MARK}}</script>' },
  { id: 'script-upper', category: 'script', html: '<SCRIPT>{{MARK}}</SCRIPT>' },
  { id: 'script-src-data', category: 'script', html: '<script src="data:text/javascript,{{MARK}}"></script>' },
  { id: 'script-nested', category: 'script', html: '<scr<script>ipt>{{MARK}}</scr</script>ipt>' },
  { id: 'svg-script', category: 'svg', html: '<svg><script>{{MARK}}</script></svg>' },
  { id: 'svg-script-href', category: 'svg', html: '<svg><script href="data:,{{MARK}}"></script></svg>' },
  {
    id: 'svg-script-xlink',
    category: 'svg',
    html: '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><script xlink:href="data:,{{MARK}}"></script></svg>',
  },

  // Event handlers, with the separators and cases parsers forgive.
  { id: 'img-onerror', category: 'handler', html: '<img src=x onerror={{MARK}}>' },
  { id: 'img-onerror-quoted', category: 'handler', html: '<IMG SRC="x" ONERROR="{{MARK}}">' },
  { id: 'img-slashes', category: 'handler', html: '<img/src="x"/onerror={{MARK}}>' },
  { id: 'img-spaced', category: 'handler', html: '<img src = "x" onerror  =  "{{MARK}}">' },
  { id: 'img-backtick', category: 'handler', html: '<img src=`x` onerror={{MARK}}>' },
  { id: 'svg-onload', category: 'handler', html: '<svg onload={{MARK}}><circle r="1"/></svg>' },
  { id: 'svg-slash-onload', category: 'handler', html: '<svg/onload={{MARK}}>' },
  { id: 'body-onload', category: 'handler', html: '<body onload={{MARK}}>' },
  { id: 'input-autofocus', category: 'handler', html: '<input autofocus onfocus={{MARK}}>' },
  {
    id: 'select-autofocus',
    category: 'handler',
    html: '<select autofocus onfocus={{MARK}}><option>a</option></select>',
  },
  {
    id: 'details-ontoggle',
    category: 'handler',
    html: '<details open ontoggle={{MARK}}><summary>more</summary>details text</details>',
  },
  { id: 'marquee-onstart', category: 'handler', html: '<marquee onstart={{MARK}}>moving</marquee>' },
  { id: 'video-source-onerror', category: 'handler', html: '<video><source onerror={{MARK}}></video>' },
  { id: 'audio-onerror', category: 'handler', html: '<audio src=x onerror={{MARK}}></audio>' },
  {
    id: 'div-onmouseover',
    category: 'handler',
    html: '<div onmouseover="{{MARK}}" onpointerenter="{{MARK}}">hover here</div>',
  },
  { id: 'custom-element', category: 'handler', html: '<x-widget onclick={{MARK}} contenteditable>custom</x-widget>' },
  { id: 'isindex', category: 'handler', html: '<isindex type=image src=1 onerror={{MARK}}>' },
  {
    id: 'svg-animate-onbegin',
    category: 'svg',
    html: '<svg><animate onbegin={{MARK}} attributeName=x dur=1s></animate></svg>',
  },
  { id: 'svg-set-onbegin', category: 'svg', html: '<svg><set onbegin={{MARK}} attributeName=x to=1></set></svg>' },

  // javascript:, vbscript: and data:text URLs, with entities, whitespace and control characters.
  { id: 'a-javascript', category: 'url', html: '<a href="javascript:{{MARK}}">link</a>' },
  { id: 'a-javascript-case', category: 'url', html: '<a href="JaVaScRiPt:{{MARK}}">link</a>' },
  { id: 'a-javascript-dec', category: 'url', html: '<a href="&#106;avascript:{{MARK}}">link</a>' },
  { id: 'a-javascript-hex', category: 'url', html: '<a href="&#x6A;&#x61;vascript:{{MARK}}">link</a>' },
  {
    id: 'a-javascript-nosemi',
    category: 'url',
    html: '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058{{MARK}}">link</a>',
  },
  { id: 'a-javascript-tab', category: 'url', html: '<a href="java&#x09;script:{{MARK}}">link</a>' },
  { id: 'a-javascript-newline', category: 'url', html: '<a href="java&#10;script:{{MARK}}">link</a>' },
  { id: 'a-javascript-lead', category: 'url', html: '<a href=" &#14;  javascript:{{MARK}}">link</a>' },
  { id: 'a-javascript-nul', category: 'url', html: '<a href="java&#0;script:{{MARK}}">link</a>' },
  { id: 'a-javascript-colon', category: 'url', html: '<a href="javascript&colon;{{MARK}}">link</a>' },
  { id: 'a-javascript-tabentity', category: 'url', html: '<a href="&Tab;javascript&#58;{{MARK}}">link</a>' },
  { id: 'a-vbscript', category: 'url', html: '<a href="vbscript:msgbox(1)">link</a>' },
  { id: 'a-data-html', category: 'url', html: '<a href="data:text/html,<script>{{MARK}}</script>">link</a>' },
  { id: 'a-data-base64', category: 'url', html: '<a href="data:text/html;base64,{{B64}}">link</a>' },
  { id: 'img-src-javascript', category: 'url', html: '<img src="javascript:{{MARK}}">' },
  { id: 'img-data-html', category: 'url', html: '<img src="data:text/html;base64,{{B64}}">' },
  {
    id: 'area-javascript',
    category: 'url',
    html: '<map name="m"><area shape="rect" coords="0,0,9,9" href="javascript:{{MARK}}"></map>',
  },
  { id: 'video-poster', category: 'url', html: '<video poster="javascript:{{MARK}}"></video>' },
  {
    id: 'table-background',
    category: 'url',
    html: '<table background="javascript:{{MARK}}"><tr><td>cell</td></tr></table>',
  },
  { id: 'img-lowsrc', category: 'url', html: '<img lowsrc="javascript:{{MARK}}" dynsrc="javascript:{{MARK}}">' },
  { id: 'blockquote-cite', category: 'url', html: '<blockquote cite="javascript:{{MARK}}">quoted words</blockquote>' },

  // Embedding elements and frames.
  { id: 'iframe-javascript', category: 'embed', html: '<iframe src="javascript:{{MARK}}"></iframe>' },
  { id: 'iframe-srcdoc', category: 'embed', html: '<iframe srcdoc="<script>{{MARK}}</script>"></iframe>' },
  { id: 'iframe-data', category: 'embed', html: '<iframe src="data:text/html,<script>{{MARK}}</script>"></iframe>' },
  { id: 'object-data', category: 'embed', html: '<object data="javascript:{{MARK}}"></object>' },
  {
    id: 'object-data-html',
    category: 'embed',
    html: '<object data="data:text/html;base64,{{B64}}" type="text/html"></object>',
  },
  { id: 'embed-src', category: 'embed', html: '<embed src="javascript:{{MARK}}">' },
  {
    id: 'embed-svg',
    category: 'embed',
    html: '<embed src="data:image/svg+xml;base64,{{B64SVG}}" type="image/svg+xml">',
  },
  { id: 'applet', category: 'embed', html: '<applet code="x" codebase="javascript:{{MARK}}"></applet>' },
  { id: 'portal', category: 'embed', html: '<portal src="javascript:{{MARK}}"></portal>' },
  { id: 'frameset', category: 'embed', html: '<frameset onload={{MARK}}><frame src="javascript:{{MARK}}"></frameset>' },

  // Forms and page-altering elements.
  { id: 'form-action', category: 'form', html: '<form action="javascript:{{MARK}}"><button>send</button></form>' },
  { id: 'button-formaction', category: 'form', html: '<button formaction="javascript:{{MARK}}">go</button>' },
  { id: 'input-image', category: 'form', html: '<input type="image" src="x" onerror={{MARK}}>' },
  {
    id: 'base-href',
    category: 'page',
    html: '<base href="{{ORIGIN}}/xss-hit/{{ID}}/base/"><img src="picture.png" alt="relative">',
  },
  {
    id: 'base-javascript',
    category: 'page',
    html: '<base href="javascript:/a/-{{MARK}}///"><a href="/x">relative</a>',
  },
  { id: 'meta-refresh', category: 'page', html: '<meta http-equiv="refresh" content="0;url=javascript:{{MARK}}">' },
  {
    id: 'meta-refresh-data',
    category: 'page',
    html: '<meta http-equiv="refresh" content="0;url=data:text/html;base64,{{B64}}">',
  },
  { id: 'link-stylesheet', category: 'page', html: '<link rel="stylesheet" href="{{ORIGIN}}/xss-hit/{{ID}}/css">' },
  { id: 'link-import', category: 'page', html: '<link rel="import" href="{{ORIGIN}}/xss-hit/{{ID}}/import">' },
  {
    id: 'a-ping',
    category: 'page',
    html: '<a href="https://example.org/" ping="{{ORIGIN}}/xss-hit/{{ID}}/ping">a ping link</a>',
  },

  // CSS: requests and overlays without script.
  { id: 'style-import', category: 'css', html: '<style>@import url({{ORIGIN}}/xss-hit/{{ID}}/css);</style>' },
  {
    id: 'style-attr-url',
    category: 'css',
    html: '<div style="background-image:url({{ORIGIN}}/xss-hit/{{ID}}/css)">styled</div>',
  },
  {
    id: 'style-attr-javascript',
    category: 'css',
    html: '<div style="background:url(javascript:{{MARK}})">styled</div>',
  },
  {
    id: 'style-overlay',
    category: 'css',
    html: '<div style="position:fixed;inset:0;z-index:2147483647;background:red">overlay</div>',
  },
  {
    id: 'svg-fill-url',
    category: 'css',
    html: '<svg><rect width="9" height="9" fill="url({{ORIGIN}}/xss-hit/{{ID}}/fill#g)"/></svg>',
  },

  // SVG: links, animation rewriting hrefs, external references, namespace confusion.
  {
    id: 'svg-a-xlink',
    category: 'svg',
    html: '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:{{MARK}}"><text x="1" y="9">svg link</text></a></svg>',
  },
  {
    id: 'svg-a-href',
    category: 'svg',
    html: '<svg><a href="javascript:{{MARK}}"><text x="1" y="9">svg link</text></a></svg>',
  },
  {
    id: 'svg-animate-href',
    category: 'svg',
    html: '<svg><a><animate attributeName="href" values="javascript:{{MARK}}"/><text x="1" y="9">animated</text></a></svg>',
  },
  {
    id: 'svg-set-href',
    category: 'svg',
    html: '<svg><a><set attributeName="href" to="javascript:{{MARK}}"/><text x="1" y="9">set</text></a></svg>',
  },
  { id: 'svg-use-data', category: 'svg', html: '<svg><use href="data:image/svg+xml;base64,{{B64SVG}}#x"/></svg>' },
  { id: 'svg-use-external', category: 'svg', html: '<svg><use href="{{ORIGIN}}/xss-hit/{{ID}}/use.svg#x"/></svg>' },
  { id: 'svg-image-javascript', category: 'svg', html: '<svg><image href="javascript:{{MARK}}"/></svg>' },
  {
    id: 'svg-foreignobject',
    category: 'svg',
    html: '<svg><foreignObject><iframe srcdoc="<script>{{MARK}}</script>"></iframe></foreignObject></svg>',
  },
  {
    id: 'svg-feimage',
    category: 'svg',
    html: '<svg><filter id="f"><feImage href="{{ORIGIN}}/xss-hit/{{ID}}/feimage"/></filter><rect filter="url(#f)" width="9" height="9"/></svg>',
  },
  { id: 'svg-cdata', category: 'svg', html: '<svg><![CDATA[><img src=x onerror={{MARK}}>]]></svg>' },
  { id: 'svg-desc-img', category: 'svg', html: '<svg><desc><img src=x onerror={{MARK}}></desc></svg>' },
  { id: 'svg-style-breakout', category: 'mxss', html: '<svg></p><style><a id="</style><img src=1 onerror={{MARK}}>">' },

  // MathML.
  { id: 'math-href', category: 'mathml', html: '<math href="javascript:{{MARK}}"><mi>x</mi></math>' },
  {
    id: 'math-maction',
    category: 'mathml',
    html: '<math><maction actiontype="statusline" xlink:href="javascript:{{MARK}}"><mi>y</mi></maction></math>',
  },
  {
    id: 'math-annotation-xml',
    category: 'mathml',
    html: '<math><annotation-xml encoding="text/html"><img src=x onerror={{MARK}}></annotation-xml></math>',
  },
  { id: 'math-style', category: 'mathml', html: '<math><style><img src=x onerror={{MARK}}></style></math>' },

  // Mutation XSS: markup that parses differently once serialised and parsed again (DOMPurify's published bypasses).
  {
    id: 'mxss-mglyph-style',
    category: 'mxss',
    html: '<math><mtext><table><mglyph><style><img src=x onerror={{MARK}}>',
  },
  {
    id: 'mxss-mglyph-comment',
    category: 'mxss',
    html: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror={{MARK}}&gt;">',
  },
  {
    id: 'mxss-form-math',
    category: 'mxss',
    html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror={{MARK}}>',
  },
  {
    id: 'mxss-noscript',
    category: 'mxss',
    html: '<noscript><p title="</noscript><img src=x onerror={{MARK}}>"></noscript>',
  },
  { id: 'mxss-template', category: 'mxss', html: '<template><img src=x onerror={{MARK}}></template>' },
  { id: 'mxss-xmp', category: 'mxss', html: '<xmp><p title="</xmp><img src=x onerror={{MARK}}>"></xmp>' },
  {
    id: 'mxss-textarea',
    category: 'mxss',
    html: '<textarea><p title="</textarea><img src=x onerror={{MARK}}>"></textarea>',
  },
  { id: 'mxss-title', category: 'mxss', html: '<title><p title="</title><img src=x onerror={{MARK}}>"></title>' },
  {
    id: 'mxss-noembed',
    category: 'mxss',
    html: '<noembed><p title="</noembed><img src=x onerror={{MARK}}>"></noembed>',
  },
  { id: 'mxss-comment', category: 'mxss', html: '<!--<img src="--><img src=x onerror={{MARK}}//">' },
  { id: 'mxss-style-in-p', category: 'mxss', html: '<p><style><img src=x onerror={{MARK}}></style></p>' },
  { id: 'mxss-listing', category: 'mxss', html: '<listing>&lt;img src=x onerror={{MARK}}&gt;</listing>' },

  // DOM clobbering: ids and names that shadow document properties Winnow's pages read.
  {
    id: 'clobber-cookie',
    category: 'clobber',
    html: '<img name="cookie" src="x"><a id="defaultView" href="#">clobber</a>',
  },
  {
    id: 'clobber-queryselector',
    category: 'clobber',
    html: '<form name="querySelector"><input name="getElementById"></form><img name="body">',
  },
  { id: 'clobber-location', category: 'clobber', html: '<a id="location" href="javascript:{{MARK}}">clobber</a>' },

  // srcset and <picture>.
  { id: 'srcset-javascript', category: 'srcset', html: '<img src="x.png" srcset="javascript:{{MARK}} 1x">' },
  { id: 'srcset-data-html', category: 'srcset', html: '<img srcset="x.png 1x, data:text/html;base64,{{B64}} 2x">' },
  {
    id: 'picture-source',
    category: 'srcset',
    html: '<picture><source srcset="javascript:{{MARK}}"><img src="x.png" alt="pic"></picture>',
  },
  {
    id: 'source-onerror',
    category: 'srcset',
    html: '<picture><source srcset="x" onerror={{MARK}}><img src="x" onerror={{MARK}}></picture>',
  },
];

/** The payload's HTML with its placeholders filled. */
export function fill(payload: Payload, mark: string, origin: string): string {
  const markFor = mark.replaceAll('{{ID}}', payload.id);
  const script = `<script>${markFor}</script>`;
  const svg = `<svg id="x" xmlns="http://www.w3.org/2000/svg" onload="${markFor}"><image href="1" onerror="${markFor}"/></svg>`;
  return payload.html
    .replaceAll('{{B64SVG}}', b64(svg))
    .replaceAll('{{B64}}', b64(script))
    .replaceAll('{{MARK}}', markFor)
    .replaceAll('{{ORIGIN}}', origin)
    .replaceAll('{{ID}}', payload.id);
}

/** Node: the marker never runs; it only has to look like code. */
export const NODE_MARK = 'window.__xss=1;document.title=`XSS`';
export const NODE_ORIGIN = 'http://127.0.0.1:9';
