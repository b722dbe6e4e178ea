// @ts-check
/**
 * One lint configuration for the whole tree (ESLint flat config). `npm run lint` runs it with `prettier --check`;
 * Prettier owns the layout, so no rule here is about formatting.
 *
 *   every file          eslint:recommended, unused code is an error
 *   TypeScript          typescript-eslint's type-aware recommended rules: floating and misused promises, unsafe
 *                       `any`; no eval, Function or string timers; types come from tsconfig.json (project service)
 *   src/                no HTML written into a DOM except what `purify` returned; no live collection read whole, no
 *                       slow white-space collapse
 *   test/, bench/       the same, less what a test may do on purpose (see their block)
 *   .js / .mjs          scripts run by Node (build, bench runner, generators): no type information
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * HTML written into a DOM runs whatever the page put in it, and an extension page is privileged: every write must
 * be the output of `purify` (src/core/purify.ts, the one sink; see SECURITY.md). A write of anything else is an
 * error; the two places that parse a page's HTML into an inert document of their own say so on the line.
 */
const HTML_SINKS = [
  {
    selector:
      "AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]" +
      ":not([operator='='][right.type='CallExpression'][right.callee.name='purify'])",
    message: 'HTML written into a DOM must be the result of purify() (src/core/purify.ts, the one sink).',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe)$/]',
    message: 'Parse HTML into a DOM only through purify() (src/core/purify.ts, the one sink).',
  },
  {
    // document.write, doc.write, clone.ownerDocument.writeln…: the receiver's name says it is a document.
    selector:
      'CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name=/(^doc|ocument)$/], ' +
      'CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.property.name=/(^doc|ocument)$/]',
    message: 'document.write parses page HTML into a live document; build nodes, or use purify().',
  },
];

/**
 * A live HTMLCollection (`getElementsByTagName`, `children`) read whole by `Array.from`, `for…of` or a spread: in the
 * CLI's DOM, jsdom, every `length` read walks the collection, so these are quadratic (minutes for a 100,000-element
 * page). `elementsByTag` and `childElements` (src/core/dom.ts) read it in one walk.
 */
const LIVE_COLLECTION = '/^getElementsBy(TagName|TagNameNS|ClassName|Name)$/';
const LIVE_COLLECTIONS = [
  ...[
    `CallExpression[callee.object.name='Array'][callee.property.name='from'][arguments.0.callee.property.name=${LIVE_COLLECTION}]`,
    `ForOfStatement[right.callee.property.name=${LIVE_COLLECTION}]`,
    `SpreadElement[argument.callee.property.name=${LIVE_COLLECTION}]`,
  ].map((selector) => ({ selector, message: 'Read a live collection with elementsByTag() (src/core/dom.ts).' })),
  ...[
    "CallExpression[callee.object.name='Array'][callee.property.name='from'][arguments.0.property.name='children']",
    "ForOfStatement[right.property.name='children']",
    "SpreadElement[argument.property.name='children']",
  ].map((selector) => ({ selector, message: 'Read children with childElements() (src/core/dom.ts).' })),
];

/** `replace(/\s+/g, ' ')` copies every lone space between words: `collapseRuns`/`collapseSpace` (src/core/dom.ts) do not. */
const SLOW_SPACE_COLLAPSE = {
  selector:
    "CallExpression[callee.property.name='replace'][arguments.0.regex.pattern='\\\\s+'][arguments.0.regex.flags='g'][arguments.1.value=' ']",
  message: 'Collapse white space with collapseSpace() or collapseRuns() (src/core/dom.ts): 10–30× faster on long text.',
};

/** Code that runs a string as code: never in the extension (store policy, CSP) nor anywhere else. */
const NO_STRING_CODE = {
  'no-eval': 'error',
  'no-new-func': 'error',
  'no-script-url': 'error',
  '@typescript-eslint/no-implied-eval': 'error',
};

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'tmp/', 'bench/data/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Comments and strings quote Chinese pages, whose ideographic space (U+3000) is part of the quote; between
      // tokens of code it is still an error.
      'no-irregular-whitespace': [
        'error',
        { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true },
      ],
    },
  },

  // TypeScript, with types.
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...NO_STRING_CODE,
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },

  // The extension and the CLI.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS, ...LIVE_COLLECTIONS, SLOW_SPACE_COLLAPSE],
    },
  },

  // Tests and benchmarks check the code rather than ship: the bug-catching rules stay (a floating promise in a
  // test is an assertion that never runs), and what a test does on purpose is allowed.
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // They read back untyped data and assert on it: the CLI's JSON output, manifest.json, package.json, page
      // evaluate() results, browser protocol replies. An `any` there meets an expect() on the next line, where a
      // wrong guess fails the test; typing every such reply would add casts, not checks.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes of async interfaces (readStdin, storage, the library) answer at once.
      '@typescript-eslint/require-await': 'off',
      // The security suites carry javascript: URLs as payloads, on purpose.
      'no-script-url': 'off',
    },
  },

  // Scripts Node runs as they are.
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-eval': 'error', 'no-new-func': 'error', 'no-script-url': 'error', 'no-implied-eval': 'error' },
  },
);
