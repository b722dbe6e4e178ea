import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prescanMeta, resolveLabel, charsetParam } from '../../../src/cli/charset-prescan.js';
import { decode, NotTextError } from '../../../src/cli/decode.js';
import { encodeLegacy, fixture, titleOf } from './helpers.js';

const ZH_TITLE = '城市图书馆夜间开放 读者人数创新高';
const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}<title>${body}</title></head><body><p>${body}</p></body></html>`;
const relabel = (bytes: Uint8Array, from: string, to: string) =>
  Buffer.from(Buffer.from(bytes).toString('latin1').replace(from, to), 'latin1');

describe('decode: declared encodings', () => {
  it('reads a GBK page declared with <meta charset=gbk>', () => {
    const result = decode(fixture('gbk-declared.html'));
    expect(result).toMatchObject({ encoding: 'gbk' });
    expect(titleOf(result.text)).toBe(ZH_TITLE);
    expect(result.warning).toBeUndefined();
  });

  it('reads a page labelled gb2312 that uses GBK-only characters (喆, 堃)', () => {
    const result = decode(fixture('gb2312-labelled.html'));
    expect(result.encoding).toBe('gbk');
    expect(result.text).toContain('李喆');
    expect(result.text).toContain('王堃');
    expect(result.text).not.toContain('\uFFFD');
  });

  it('reads Big5 and Shift_JIS pages (http-equiv, mixed-case label)', () => {
    expect(titleOf(decode(fixture('big5.html')).text)).toBe('老街書店重新開幕 吸引大批讀者');
    const sjis = decode(fixture('shift_jis.html'));
    expect(sjis.encoding).toBe('shift_jis');
    expect(titleOf(sjis.text)).toBe('駅前の商店街に新しい図書室が開館');
  });

  it('uses the Content-Type charset when the page declares nothing', () => {
    const bytes = encodeLegacy(page('', '老街書店重新開幕'), 'big5');
    const result = decode(bytes, { contentType: 'text/html; charset="Big5"' });
    expect(result).toMatchObject({ encoding: 'big5' });
    expect(titleOf(result.text)).toBe('老街書店重新開幕');
  });

  it('prefers <meta charset> over the Content-Type header (servers default to utf-8; the saved page knows)', () => {
    const result = decode(fixture('gbk-declared.html'), { contentType: 'text/html; charset=utf-8' });
    expect(result.encoding).toBe('gbk');
    expect(result.warning).toBeUndefined();
  });

  it('lets an unknown label fall through instead of throwing', () => {
    const bytes = new TextEncoder().encode(page('<meta charset="klingon-8">', 'café “quoted”'));
    expect(decode(bytes, { contentType: 'text/html; charset=nonsense' })).toMatchObject({ encoding: 'utf-8' });
  });
});

describe('decode: byte-order marks', () => {
  it('honours a UTF-8 BOM over a contradicting meta, and strips it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('<meta charset="gbk">', '中文标题'))]);
    const result = decode(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.text.startsWith('<!DOCTYPE')).toBe(true);
    expect(titleOf(result.text)).toBe('中文标题');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(titleOf(decode(fixture('utf16le-bom.html')).text)).toBe('River Clean-up Draws Hundreds of Volunteers');
    const le = Buffer.from(page('', '中文标题'), 'utf16le');
    const be = Buffer.from(le).swap16();
    const result = decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    expect(result.encoding).toBe('utf-16be');
    expect(titleOf(result.text)).toBe('中文标题');
  });
});

describe('decode: undeclared pages', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    expect(decode(new TextEncoder().encode(page('', '中文标题'))).encoding).toBe('utf-8');
  });

  it('reads undeclared GBK as GB18030 (its superset), without a warning', () => {
    const result = decode(fixture('gbk-undeclared.html'));
    expect(result.encoding).toBe('gb18030');
    expect(titleOf(result.text)).toBe(ZH_TITLE);
    expect(result.warning).toBeUndefined();
  });

  it('tells undeclared Big5 and Shift_JIS from GBK instead of returning GB18030 mojibake', () => {
    const big5 = decode(relabel(fixture('big5.html'), '<meta charset="big5">', ''));
    expect(big5.encoding).toBe('big5');
    expect(titleOf(big5.text)).toBe('老街書店重新開幕 吸引大批讀者');
    const sjis = decode(relabel(fixture('shift_jis.html'), 'charset=Shift_JIS', ''));
    expect(sjis.encoding).toBe('shift_jis');
    expect(titleOf(sjis.text)).toBe('駅前の商店街に新しい図書室が開館');
  });
});

describe('decode: a wrong declaration never gives silent mojibake', () => {
  it('reads a GBK page that declares utf-8 as GBK, and warns', () => {
    const result = decode(fixture('mislabelled-utf8.html'));
    expect(result.encoding).toBe('gb18030');
    expect(titleOf(result.text)).toBe(ZH_TITLE);
    expect(result.warning).toMatch(/declares utf-8 .* decoded as gb18030/);
  });

  it('reads a Big5 page that declares utf-8 as Big5, not as GB18030', () => {
    const result = decode(relabel(fixture('big5.html'), 'charset="big5"', 'charset="utf-8"'));
    expect(result.encoding).toBe('big5');
    expect(result.warning).toContain('decoded as big5');
  });

  it('reads a Big5 page that declares gbk as Big5 although GBK decodes it without errors', () => {
    const result = decode(relabel(fixture('big5.html'), 'charset="big5"', 'charset="gbk"'));
    expect(result.encoding).toBe('big5');
    expect(titleOf(result.text)).toBe('老街書店重新開幕 吸引大批讀者');
    expect(result.warning).toMatch(/declares gbk but reads as mojibake/);
  });

  it('reads a UTF-8 page that declares gbk as UTF-8', () => {
    const result = decode(new TextEncoder().encode(page('<meta charset="gbk">', ZH_TITLE)));
    expect(result.encoding).toBe('utf-8');
    expect(titleOf(result.text)).toBe(ZH_TITLE);
    expect(result.warning).toContain('valid UTF-8');
  });

  it('keeps a correct declaration despite a few stray bad bytes', () => {
    const good = Buffer.from(fixture('gbk-declared.html'));
    const damaged = Buffer.concat([good.subarray(0, 400), Buffer.from([0xff]), good.subarray(400)]);
    const result = decode(damaged);
    expect(result.encoding).toBe('gbk');
    expect(result.warning).toBeUndefined();
  });

  it('keeps the least damaged reading and warns when nothing decodes cleanly', () => {
    const noise = Uint8Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 71) % 0x7f));
    const result = decode(Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), noise]));
    expect(result.warning).toMatch(/no encoding reads it cleanly/);
    expect(result.text.length).toBeGreaterThan(0);
  });
});

describe('decode: gzip, empty and binary input', () => {
  it('inflates gzip by its magic bytes, whatever the file is called', () => {
    const result = decode(fixture('gbk-gzipped.html.gz'));
    expect(result.encoding).toBe('gbk');
    expect(titleOf(result.text)).toBe(ZH_TITLE);
    expect(titleOf(decode(gzipSync(Buffer.from(page('', 'plain')))).text)).toBe('plain');
  });

  it('refuses corrupt gzip, empty files and binary data with a clear message', () => {
    expect(() => decode(fixture('gbk-gzipped.html.gz').subarray(0, 40))).toThrow(/gzip data corrupt or truncated/);
    expect(() => decode(fixture('empty.html'))).toThrow(NotTextError);
    expect(() => decode(fixture('empty.html'))).toThrow('empty file');
    expect(() => decode(fixture('garbage.html'))).toThrow('binary data, not an HTML page');
  });
});

describe('prescan', () => {
  it('finds charset in either form, skipping comments and unknown labels', () => {
    const scan = (html: string) => prescanMeta(new TextEncoder().encode(html));
    expect(scan('<meta charset=GB2312>')).toBe('gbk');
    expect(scan("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=big5'>")).toBe('big5');
    expect(scan('<!-- <meta charset="big5"> --><meta charset="shift_jis">')).toBe('shift_jis');
    expect(scan('<meta charset="bogus"><meta charset="euc-kr">')).toBe('euc-kr');
    expect(scan('<meta charset="utf-16">')).toBe('utf-8'); // an ASCII-readable meta cannot be UTF-16
    expect(scan('<meta name="description" content="charset=gbk">')).toBeNull();
    expect(scan(`${' '.repeat(5000)}<meta charset="gbk">`)).toBeNull(); // beyond the prescan window
  });

  it('resolves labels and header parameters like browsers', () => {
    expect(resolveLabel(' x-gbk ')).toBe('gbk');
    expect(resolveLabel('latin1')).toBe('windows-1252');
    expect(resolveLabel('no-such')).toBeNull();
    expect(charsetParam('text/html;charset="GBK"')).toBe('GBK');
    expect(charsetParam('text/html')).toBeNull();
  });
});
