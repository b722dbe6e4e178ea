/**
 * Whether the page left the built-ins the cleaner relies on as the browser made them — asked before the cleaner
 * runs in the page's own world (page-world.ts), where the page's scripts can have replaced them. Pages do, by
 * accident (old libraries extending Array.prototype, polyfills that break a method) more often than on purpose;
 * a page that has gets the cleaner in the extension's isolated world instead, where its changes do not reach.
 *
 * Only what the synchronous clean calls: not Promise.prototype.then, which zone.js (Angular) and promise polyfills
 * replace on many ordinary pages (one Zyte page in 80 did).
 *
 * A function counts as the browser's when the original Function.prototype.toString prints it as native code and
 * nothing shadows it on the objects the cleaner reads from. This is a guard against a broken environment, not a
 * security boundary: a page set on misleading the cleaner can fake native code, and gains nothing by it that it
 * does not already have — it controls its own text, and everything the cleaner returns is sanitised again by the
 * extension page that shows or saves it (SECURITY.md).
 */

type Holder = Record<string, unknown>;

/** Methods, by the path from the global object to their holder. */
const METHODS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'Array.prototype',
    [
      'map',
      'filter',
      'forEach',
      'push',
      'pop',
      'includes',
      'indexOf',
      'some',
      'every',
      'join',
      'slice',
      'splice',
      'sort',
      'reduce',
      'find',
      'concat',
      'reverse',
    ],
  ],
  ['Array', ['from', 'isArray']],
  ['Object', ['keys', 'entries', 'values', 'assign', 'fromEntries', 'create', 'defineProperty', 'getPrototypeOf']],
  ['JSON', ['stringify', 'parse']],
  ['Math', ['max', 'min', 'round', 'floor', 'abs']],
  [
    'String.prototype',
    [
      'trim',
      'replace',
      'replaceAll',
      'split',
      'match',
      'toLowerCase',
      'toUpperCase',
      'slice',
      'includes',
      'startsWith',
      'endsWith',
      'indexOf',
      'normalize',
    ],
  ],
  ['RegExp.prototype', ['exec', 'test']],
  ['Map.prototype', ['get', 'set', 'has', 'delete', 'forEach']],
  ['Set.prototype', ['add', 'has', 'delete', 'forEach']],
  ['WeakMap.prototype', ['get', 'set', 'has']],
  ['Function.prototype', ['call', 'apply', 'bind']],
  [
    'Node.prototype',
    [
      'cloneNode',
      'appendChild',
      'removeChild',
      'insertBefore',
      'replaceChild',
      'contains',
      'hasChildNodes',
      'compareDocumentPosition',
    ],
  ],
  [
    'Element.prototype',
    [
      'querySelector',
      'querySelectorAll',
      'getAttribute',
      'setAttribute',
      'removeAttribute',
      'hasAttribute',
      'closest',
      'matches',
      'getBoundingClientRect',
      'getClientRects',
      'getElementsByTagName',
      'remove',
      'append',
      'replaceWith',
    ],
  ],
  [
    'Document.prototype',
    [
      'getElementsByTagName',
      'querySelector',
      'querySelectorAll',
      'createElement',
      'createTreeWalker',
      'createTextNode',
      'importNode',
    ],
  ],
  ['DOMParser.prototype', ['parseFromString']],
  ['TreeWalker.prototype', ['nextNode']],
  ['', ['getComputedStyle']],
];

/** Globals the clean names directly: a page can assign any of them (`window.Map = …`, `window.performance = {…}`). */
const GLOBALS = [
  'Array',
  'Object',
  'String',
  'RegExp',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Node',
  'Element',
  'Document',
  'DOMParser',
];

/** Accessors (their getters), by holder. */
const GETTERS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'Node.prototype',
    [
      'textContent',
      'childNodes',
      'parentNode',
      'firstChild',
      'nextSibling',
      'nodeType',
      'nodeName',
      'ownerDocument',
      'baseURI',
    ],
  ],
  [
    'Element.prototype',
    ['tagName', 'className', 'id', 'innerHTML', 'outerHTML', 'children', 'attributes', 'localName'],
  ],
  ['Document.prototype', ['body', 'documentElement', 'head', 'title', 'URL', 'contentType', 'doctype']],
  ['HTMLElement.prototype', ['innerText', 'hidden', 'offsetParent']],
];

const at = (root: Holder, path: string): Holder | undefined =>
  path
    .split('.')
    .filter(Boolean)
    .reduce<Holder | undefined>((object, key) => object?.[key] as Holder | undefined, root);

/** The first built-in the page replaced (its path, for the answer's `why`), or null when all are the browser's. */
export function replacedBuiltin(win: Window & typeof globalThis): string | null {
  try {
    const root = win as unknown as Holder;
    // Read as a value: it is only ever called through Function.prototype.call, on a function.
    const toString = Object.getOwnPropertyDescriptor(win.Function.prototype, 'toString')?.value as (
      this: unknown,
    ) => string;
    const native = (fn: unknown) => typeof fn === 'function' && /\{\s*\[native code\]\s*\}\s*$/.test(toString.call(fn));
    // The printer itself, first: a replaced toString could vouch for anything.
    if (!native(toString)) return 'Function.prototype.toString';
    if (!native(Object.getOwnPropertyDescriptor(win.Function.prototype, 'call')?.value))
      return 'Function.prototype.call';
    for (const [path, names] of METHODS) {
      const holder = path ? at(root, path) : root;
      const broken = holder ? names.find((name) => !native(holder[name])) : '';
      if (broken !== undefined) return `${path || 'window'}.${broken}`;
    }
    for (const [path, names] of GETTERS) {
      const holder = at(root, path);
      const broken = holder
        ? names.find((name) => !native(Reflect.get(Object.getOwnPropertyDescriptor(holder, name) ?? {}, 'get')))
        : '';
      if (broken !== undefined) return `${path}.${broken}`;
    }
    const global = GLOBALS.find((name) => !native(root[name]));
    if (global) return global;
    // The budget's clock.
    if (!native(Reflect.get(win.performance, 'now'))) return 'performance.now';
    // Own properties of the document and of the iteration protocol shadow the prototypes' (a page that assigns
    // document.querySelector, or Array.prototype[Symbol.iterator]).
    const doc = win.document as unknown as Holder;
    const shadow = ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'createTreeWalker', 'body'].find(
      (name) => Object.hasOwn(doc, name),
    );
    if (shadow) return `document.${shadow}`;
    if (!native(Object.getOwnPropertyDescriptor(win.Array.prototype, Symbol.iterator)?.value))
      return 'Array.prototype[Symbol.iterator]';
    if (!native(Object.getOwnPropertyDescriptor(win.NodeList.prototype, Symbol.iterator)?.value))
      return 'NodeList.prototype[Symbol.iterator]';
    // Enumerable additions to the prototypes that for…in loops and object spreads would pick up.
    const prototypes: Array<[string, object]> = [
      ['Object.prototype', win.Object.prototype],
      ['Array.prototype', win.Array.prototype as object],
    ];
    for (const [name, proto] of prototypes) for (const key in proto) return `${name}.${key} (enumerable)`;
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'unreadable';
  }
}
