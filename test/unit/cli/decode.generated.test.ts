/**
 * Generated pages (test/helpers/charset-cases.ts): eight languages × the encodings they are found in × six ways
 * of declaring it (none, <meta charset>, http-equiv, a late <meta> beyond 1024 bytes, the HTTP header, a wrong
 * one). The CLI must read each as a browser does; test/e2e/charset.test.ts checks that model against Chromium.
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/cli/decode.js';
import { browserReading, charsetCases, isUtf16, type CharsetCase } from '../../helpers/charset-cases.js';

const CASES = charsetCases(600, 20261202);
const read = (c: CharsetCase) => decode(c.bytes, { contentType: c.contentType });
const failures = (cases: CharsetCase[], wrong: (c: CharsetCase) => string | null) =>
  cases.flatMap((c) => {
    const why = wrong(c);
    return why ? [`${c.name}: ${why}`] : [];
  });
const replacements = (text: string) => text.split('\uFFFD').length - 1;
const nonAscii = (text: string) => [...text].filter((ch) => ch.charCodeAt(0) >= 0x80).length;

describe('decode: generated pages read as a browser reads them', () => {
  it('covers every language, encoding and declaration', () => {
    expect(new Set(CASES.map((c) => c.language)).size).toBe(8);
    expect(new Set(CASES.map((c) => c.encoding)).size).toBe(12);
    expect(new Set(CASES.map((c) => c.declaration)).size).toBe(6);
  });

  it("reads pages with a byte-order mark in the BOM's encoding, whatever they declare", () => {
    const cases = CASES.filter((c) => isUtf16(c.encoding));
    expect(failures(cases, (c) => (read(c).text === c.html ? null : `read as ${read(c).encoding}`))).toEqual([]);
  });

  it('obeys a right declaration — meta, http-equiv, late in the head or the HTTP header — without a warning', () => {
    const cases = CASES.filter((c) => !isUtf16(c.encoding) && !['none', 'wrong'].includes(c.declaration));
    expect(cases.length).toBeGreaterThan(100);
    expect(
      failures(cases, (c) => {
        const { text, encoding, warning } = read(c);
        return text !== c.html ? `read as ${encoding}` : warning ? `warns: ${warning}` : null;
      }),
    ).toEqual([]);
  });

  it("guesses undeclared pages right, from the bytes and the page's language", () => {
    const cases = CASES.filter((c) => !isUtf16(c.encoding) && c.declaration === 'none');
    expect(cases.length).toBeGreaterThan(50);
    expect(failures(cases, (c) => (read(c).text === c.html ? null : `guessed ${read(c).encoding}`))).toEqual([]);
  });

  it('obeys a wrong declaration as a browser does, unless that leaves most of the page unreadable', () => {
    const cases = CASES.filter((c) => !isUtf16(c.encoding) && c.declaration === 'wrong');
    expect(cases.length).toBeGreaterThan(50);
    let rescued = 0;
    expect(
      failures(cases, (c) => {
        const browser = browserReading(c);
        const { text, warning } = read(c);
        const bad = replacements(browser);
        // Valid UTF-8 under a legacy label, with real text in it: Winnow reads the UTF-8 a browser would garble.
        if (c.encoding === 'utf-8' && nonAscii(c.html) >= 20)
          return text === c.html ? null : 'valid UTF-8 not read as such';
        if (bad >= 8 && bad > nonAscii(browser) / 4) {
          // A browser shows a page of U+FFFD here; Winnow reads it in the encoding that fits, and says so.
          rescued++;
          return text !== c.html
            ? 'unreadable declaration not rescued'
            : /unreadable/.test(warning ?? '')
              ? null
              : 'no warning';
        }
        return text === browser ? null : 'declaration not obeyed';
      }),
    ).toEqual([]);
    expect(rescued).toBeGreaterThan(0);
  });
});
