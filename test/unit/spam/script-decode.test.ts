/** Obfuscated scripts read without running them (script-decode.ts), and the rules reading them. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { base64Decode, hiddenScripts, hidesScript, unpack } from '../../../src/core/spam/script-decode.js';
import { cloakingScripts, cloakingTarget } from '../../../src/core/spam/cloaking.js';
import { writtenHiddenSpam } from '../../../src/core/spam/docwrite.js';
import { FIXTURE_DIR } from './fixture-table.js';

const REDIRECT = `if(/\\.(baidu|sogou|so|sm)\\./.test(document.referrer))location.href='https://www.xpj6688.example/'`;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const latin1 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
const codes = (s: string, radix = 10) =>
  [...s].map((c) => (radix === 16 ? '0x' : '') + c.charCodeAt(0).toString(radix)).join(', ');
const percent = (s: string) => [...s].map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join('');

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const encode = (c: number, a: number): string => (c < a ? '' : encode(Math.floor(c / a), a)) + DIGITS[c % a];
/** Dean Edwards' packer (base 62), as it packs: each word replaced by its dictionary index in base 62. */
function pack(src: string, radix = 62): string {
  const words = [...new Set(src.match(/\b\w+\b/g) ?? [])];
  const index = new Map(words.map((w, i) => [w, encode(i, radix)]));
  const p = src
    .replace(/\b\w+\b/g, (w) => index.get(w) as string)
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n');
  const k = words.map((w, i) => (w === encode(i, radix) ? '' : w)).join('|');
  return (
    `eval(function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?String.fromCharCode(c+29):c.toString(36))};` +
    `if(!''.replace(/^/,String)){while(c--){d[e(c)]=k[c]||e(c)}k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};` +
    `while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}('${p}',${radix},${words.length},'${k}'.split('|'),0,{}))`
  );
}

/** Whether some reading of the script holds `code` as code (not inside a string literal). */
const reads = (script: string, code: string): boolean => hiddenScripts(script).some((r) => r.includes(code));

describe('each wrapper', () => {
  test('eval(atob(…)): the decoded code in place of the call', () => {
    expect(hiddenScripts(`eval(atob('${b64(REDIRECT)}'));`)).toEqual([`{\n${REDIRECT}\n};`]);
  });
  test("window['atob'], window.atob, self.atob, atob with a + chain", () => {
    for (const callee of ["window['atob']", 'window["atob"]', 'window.atob', 'self.atob']) {
      const [rewritten, value] = hiddenScripts(`var s = ${callee}('${b64(REDIRECT)}'); eval(s);`);
      expect(rewritten, callee).toBe(`var s = ${JSON.stringify(REDIRECT)}; eval(s);`);
      expect(value, callee).toBe(REDIRECT); // kept in a variable: read on its own too
    }
    const half = b64(REDIRECT).length / 2;
    expect(reads(`eval(atob("${b64(REDIRECT).slice(0, half)}" + '${b64(REDIRECT).slice(half)}'))`, REDIRECT)).toBe(
      true,
    );
  });
  test('document.write(atob(…)) becomes a write of the literal it decodes to', () => {
    const html = '<div style="display:none"><a href="http://x.example/">ab</a></div>';
    expect(hiddenScripts(`document.write(atob("${b64(html)}"));`)[0]).toBe(`document.write(${JSON.stringify(html)});`);
  });
  test('a target hidden in atob stays in its context', () => {
    const script = `if (/baidu/.test(document.referrer)) top.location.href = atob("${b64('https://am88.example/')}");`;
    expect(hiddenScripts(script)[0]).toBe(
      'if (/baidu/.test(document.referrer)) top.location.href = "https://am88.example/";',
    );
  });
  test('decodeURIComponent(escape(atob(…))) reads UTF-8; plain atob gives bytes, as the browser does', () => {
    const code = 'document.write("<p>百家乐</p>")';
    expect(hiddenScripts(`eval(decodeURIComponent(escape(window.atob('${b64(code)}'))))`)).toEqual([`{\n${code}\n}`]);
    expect(hiddenScripts(`var s = atob('${b64(code)}')`)[1]).toBe(Buffer.from(code, 'utf8').toString('latin1'));
  });
  test('String.fromCharCode: decimal, hex, .apply(null, […]), (...[…]), + chains of calls', () => {
    expect(hiddenScripts(`eval(String.fromCharCode(${codes(REDIRECT)}))`)).toEqual([`{\n${REDIRECT}\n}`]);
    expect(reads(`eval(String.fromCharCode(${codes(REDIRECT, 16)}))`, REDIRECT)).toBe(true);
    expect(reads(`eval(String.fromCharCode.apply(null, [${codes(REDIRECT)}]))`, REDIRECT)).toBe(true);
    expect(reads(`eval(String.fromCharCode(...[${codes(REDIRECT)}]))`, REDIRECT)).toBe(true);
    const cut = 40;
    expect(
      reads(
        `eval(String.fromCharCode(${codes(REDIRECT.slice(0, cut))}) + String.fromCharCode(${codes(REDIRECT.slice(cut))}))`,
        REDIRECT,
      ),
    ).toBe(true);
  });
  test('eval(unescape(…)), eval(decodeURIComponent(…)), %uXXXX', () => {
    expect(hiddenScripts(`eval(unescape('${percent(REDIRECT)}'))`)).toEqual([`{\n${REDIRECT}\n}`]);
    expect(hiddenScripts(`eval(decodeURIComponent("${encodeURIComponent(REDIRECT)}"))`)).toEqual([`{\n${REDIRECT}\n}`]);
    expect(reads(`eval(unescape('%u0064ocument.write("%u767e%u5bb6%u4e50")'))`, 'document.write("百家乐")')).toBe(true);
  });
  test('Function(…)() and new Function(…) are read like eval', () => {
    expect(reads(`Function(atob('${b64(REDIRECT)}'))();`, `{\n${REDIRECT}\n}`)).toBe(true);
    expect(reads(`new Function(String.fromCharCode(${codes(REDIRECT)}))()`, `{\n${REDIRECT}\n}`)).toBe(true);
  });
  test("Dean Edwards' packer: unpacked without running it", () => {
    expect(hiddenScripts(pack(REDIRECT))).toEqual([`{\n${REDIRECT}\n}`]);
    // Base 36, enough words for two-digit codes, in parentheses, spaced, `function(p,a,c,k,e,r)`.
    const long = Array.from({ length: 80 }, (_, i) => `var w${i} = "v${i}";`).join('\n') + '\n' + REDIRECT;
    expect(reads(pack(long, 36), long)).toBe(true);
    const wrapped = pack(REDIRECT)
      .replace('eval(function', 'eval((function')
      .replace('return p}(', 'return p})(')
      .replace('function(p,a,c,k,e,d)', 'function (p, a, c, k, e, r)');
    expect(reads(wrapped, REDIRECT)).toBe(true);
  });
  test('unpack: words that do not encode an index, and empty dictionary entries, stay as they are', () => {
    expect(unpack('0 1 2 _x 00 z', 62, 3, ['alpha', '', 'gamma'])).toBe('alpha 1 gamma _x 00 z');
    expect(unpack('A 10', 62, 63, [...Array(36).fill('n'), 'ANSWER', ...Array(25).fill(''), 'SIXTY-TWO'])).toBe(
      'ANSWER SIXTY-TWO',
    );
  });
});

describe('nesting', () => {
  test('packed code inside atob inside eval', () => {
    expect(reads(`eval(atob('${latin1(pack(REDIRECT))}'))`, `{\n${REDIRECT}\n}`)).toBe(true);
  });
  test('fromCharCode inside atob inside unescape', () => {
    const inner = `eval(String.fromCharCode(${codes(REDIRECT)}))`;
    expect(reads(`eval(unescape('${percent(`eval(atob("${b64(inner)}"))`)}'))`, REDIRECT)).toBe(true);
  });
  test('a written <script> that evals atob, inside a string literal', () => {
    const script = `document.write('<script>eval(atob("${b64(REDIRECT)}"))<\\/script>');`;
    expect(reads(script, `<script>{\n${REDIRECT}\n}</script>`)).toBe(true);
  });
});

describe('nothing to read', () => {
  test('an ordinary script is not decoded at all', () => {
    const ordinary =
      'var a = document.referrer; if (/baidu/.test(a)) _hmt.push(["_trackEvent", a]); el.innerHTML = "<b>x</b>";';
    expect(hidesScript(ordinary)).toBe(false);
    expect(hiddenScripts(ordinary)).toEqual([]);
    expect(hiddenScripts('var s = unescape("%3Cb%3E"); eval(s);')).toEqual([]); // not eval(unescape(…))
  });
  test('a library using the wrappers in passing gets no second reading', () => {
    // A feature test `new Function("")` and a one-character `String.fromCharCode(92)` decode nothing of size.
    const library =
      'try{new Function("")}catch(n){t=!0} s = s.replace(/"/g, String.fromCharCode(92) + \'"\'); var o = ["atob"];';
    expect(hidesScript(library)).toBe(true);
    expect(hiddenScripts(library)).toEqual([]);
  });
  test('invalid input is left as it is', () => {
    expect(hiddenScripts("eval(atob('!!not*base64'))")).toEqual([]);
    expect(hiddenScripts("eval(atob('abcde'))")).toEqual([]); // length 5: atob throws
    expect(hiddenScripts("eval(decodeURIComponent('%E0%A4%A'))")).toEqual([]);
    expect(hiddenScripts("eval(decodeURIComponent(escape('\\u767e')))")).toEqual([]); // escape gives %u…: throws
    expect(hiddenScripts('eval(String.fromCharCode(x, 102))')).toEqual([]);
    expect(hiddenScripts('eval(atob(data)); eval(atob("a" + b))')).toEqual([]);
    expect(hiddenScripts(`eval(function(p,a,c,k,e,d){return p}('0 1',95,2,'a|b'.split('|'),0,{}))`)).toEqual([]); // 95-symbol packer
    expect(hiddenScripts(`eval(function(p,a,c,k,e,d){return p}(x,62,2,'a|b'.split('|'),0,{}))`)).toEqual([]);
  });
  test('a wrapper inside a comment, or a literal that is only text, is not run in place', () => {
    expect(hiddenScripts(`// eval(atob('${b64(REDIRECT)}'))\nvar x = 1;`)).toEqual([]);
    const quoted = `var help = "call eval(atob('${b64(REDIRECT)}')) to decode";`;
    const readings = hiddenScripts(quoted);
    expect(readings.some((r) => r.startsWith('var help = "call eval(atob('))).toBe(false); // the script is not rewritten
  });
  test('base64Decode is atob: whitespace and padding forgiven, bad input null', () => {
    for (const s of ['', 'YQ==', 'YQ', 'YWI=', 'YWJj', ' Y W\nJj ', 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ'])
      expect(base64Decode(s), s).toBe(atob(s));
    for (const s of ['Y', 'YQ===', 'Y=Q=', 'YQ-_', 'é']) expect(base64Decode(s), s).toBeNull();
  });
});

describe('size bounds', () => {
  // How fast each of these gives up is a figure of `npm run bench -- limits`, not a verdict here.
  test('a packer bomb (short codes, huge words) gives up', () => {
    const big = 'x'.repeat(150_000);
    const bomb = `eval(function(p,a,c,k,e,d){return p}('${'0 '.repeat(20_000)}',62,1,'${big}'.split('|'),0,{}))`;
    expect(hiddenScripts(bomb)).toEqual([]);
    expect(unpack('0 '.repeat(20_000), 62, 1, [big])).toBeNull();
  });
  test('deep nesting stops after a few layers; readings stay bounded', () => {
    let script = REDIRECT;
    for (let i = 0; i < 20; i++) script = `eval(atob('${latin1(script)}'))`;
    expect(script.length).toBeLessThan(200_000);
    const readings = hiddenScripts(script);
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.length).toBeLessThanOrEqual(16);
    expect(readings.reduce((n, r) => n + r.length, 0)).toBeLessThanOrEqual(400_000);
  });
  test('scripts over 200 000 characters are not read; 5,000 decoder calls that hide nothing give no reading', () => {
    expect(hiddenScripts(`eval(atob('${b64(REDIRECT)}'));${' '.repeat(200_000)}`)).toEqual([]);
    const many = Array.from({ length: 5_000 }, (_, i) => `a${i}=String.fromCharCode(${65 + (i % 26)});`).join('');
    expect(hiddenScripts(many)).toEqual([]);
  });
});

describe('the rules read what scripts hide', () => {
  const load = (name: string, url = 'https://www.dzwww.com/news/article.html') =>
    new JSDOM(readFileSync(new URL(`${name}.html`, FIXTURE_DIR), 'utf8'), { url }).window.document;
  const scriptCount = (doc: Document) => doc.querySelectorAll('script').length;

  test('every obfuscated cloaking script of the fixture goes, each for its foreign target', () => {
    const doc = load('13-cloaking-obfuscated.spam');
    const scripts = scriptCount(doc);
    const removed = cloakingScripts(doc);
    expect(removed.length).toBe(scripts);
    expect(scriptCount(doc)).toBe(0);
    expect(removed.every((r) => r.reason === 'spam:cloaking')).toBe(true);
    expect(removed.map((r) => r.text).join(' ')).toContain('xpj6688-vip.example'); // the audit shows the decoded script
  });
  test('the obfuscated look-alikes stay: packed library, image atob, own-site guard, analytics, counter', () => {
    for (const url of ['https://www.dzwww.com/news/article.html', 'https://news.example.cn/a.html']) {
      const doc = load('13-cloaking-obfuscated.legit', url);
      const scripts = Array.from(doc.querySelectorAll('script'), (s) => s.textContent ?? '');
      expect(scripts.filter((s) => hiddenScripts(s).length > 0).length, 'each is decoded').toBe(scripts.length);
      expect(cloakingScripts(doc)).toEqual([]);
      expect(writtenHiddenSpam(doc)).toEqual([]);
    }
  });
  test('a decoded script gets the verdict its plain text gets: own-site guards stay, cloakers go', () => {
    const own = new Set(['dzwww.com']);
    const scripts = [
      // To the page's own site.
      'if (/\\.(baidu|sogou)\\./.test(document.referrer)) { location.href = "https://m.dzwww.com/news/"; }',
      // A mirror guard: checks the host and sends search visitors there, the path forwarded.
      'if (/\\.(baidu|sogou)\\./.test(document.referrer) && location.host !== "www.dzw.example") { location.href = "https://www.dzw.example" + location.pathname; }',
      // A cloaker.
      'if (/\\.(baidu|sogou)\\./.test(document.referrer)) { location.href = "https://www.am88.example/"; }',
    ];
    const verdicts = scripts.map((plain) => {
      const decoded = [`eval(atob('${b64(plain)}'))`, pack(plain), `eval(String.fromCharCode(${codes(plain)}))`].map(
        (script) =>
          hiddenScripts(script)
            .map((r) => cloakingTarget(r, own))
            .find(Boolean) ?? null,
      );
      expect(new Set(decoded), plain).toEqual(new Set([cloakingTarget(plain, own)]));
      return decoded[0];
    });
    expect(verdicts).toEqual([null, null, 'am88.example']);
  });
  test('hidden spam written through atob and through the packer is read on the static path', () => {
    const removed = writtenHiddenSpam(load('12-docwrite-obfuscated.spam'));
    expect(removed.map((r) => r.reason)).toEqual(['spam:docwrite', 'spam:docwrite']);
    for (const r of removed) expect(r.text).toContain('百家乐');
  });
});
