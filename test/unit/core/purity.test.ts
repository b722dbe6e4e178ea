/**
 * src/core is the pure pipeline shared by the content script, the CLI and the tests: it must never import
 * browser-extension APIs or Node built-ins, nor read a global window or document (they come in as arguments).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../../src/core/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

const FORBIDDEN: Array<[RegExp, string]> = [
  [/from ['"]webextension-polyfill['"]/, 'imports webextension-polyfill'],
  [/from ['"](?:node:)?(?:fs|path|child_process|http|https|url|os)['"]/, 'imports a Node built-in'],
  [/\b(?:chrome|browser)\.(?:runtime|tabs|storage|scripting)\b/, 'uses an extension API'],
  [/(?<![.\w])(?:window|document|location|navigator)\s*[.[]/, 'reads a global window/document/location/navigator'],
];

describe('src/core is pure', () => {
  const sources = files(CORE);
  it('has source files to check', () => expect(sources.length).toBeGreaterThan(5));
  it.each(sources.map((f) => [f.slice(CORE.length), f]))('%s', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const [pattern, what] of FORBIDDEN) expect(pattern.test(code), `${what}`).toBe(false);
  });
});
