import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lateMeta, prescanMeta, resolveLabel, charsetParam } from '../../../src/core/charset-prescan.js';
import { decode, NotTextError } from '../../../src/cli/decode.js';
import { encodeLegacy, fixture, titleOf } from './helpers.js';

const ZH_TITLE = '城市图书馆夜间开放 读者人数创新高';
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}<title>${body}</title></head><body><p>${body}</p></body></html>`;
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

  it('obeys the HTTP charset over <meta>, as browsers do', () => {
    const bytes = encodeLegacy(page('<meta charset="gbk">', '老街書店重新開幕'), 'big5');
    const result = decode(bytes, { contentType: 'text/html; charset=big5' });
    expect(result.encoding).toBe('big5');
    expect(titleOf(result.text)).toBe('老街書店重新開幕');
  });

  it('obeys --charset over the page and the header (the reader knows best), but not over a BOM', () => {
    const bytes = relabel(fixture('big5.html'), 'charset="big5"', 'charset="gbk"');
    expect(titleOf(decode(bytes, { charset: 'big5', contentType: 'text/html; charset=utf-8' }).text)).toBe(
      '老街書店重新開幕 吸引大批讀者',
    );
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('', 'Brücke'))]);
    expect(decode(bom, { charset: 'windows-1252' })).toMatchObject({ encoding: 'utf-8' });
  });

  it('lets an unknown label fall through instead of throwing', () => {
    const bytes = new TextEncoder().encode(page('<meta charset="klingon-8">', 'café “quoted”'));
    expect(decode(bytes, { contentType: 'text/html; charset=nonsense' })).toMatchObject({ encoding: 'utf-8' });
  });
});

describe('decode: byte-order marks', () => {
  it('honours a UTF-8 BOM over a contradicting meta, and strips it', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(page('<meta charset="gbk">', '中文标题')),
    ]);
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

  it('obeys a Big5 page that declares gbk, as a browser does, and names Big5 in a warning', () => {
    const bytes = relabel(fixture('big5.html'), 'charset="big5"', 'charset="gbk"');
    const result = decode(bytes);
    expect(result.encoding).toBe('gbk');
    expect(result.text).toBe(new TextDecoder('gbk').decode(bytes));
    expect(result.warning).toMatch(/declares gbk but may be big5 .*--charset big5/);
  });

  it('reads a page that is valid UTF-8 throughout as UTF-8 under a legacy label (a re-saved page), and warns', () => {
    const bytes = new TextEncoder().encode(page('<meta charset="gbk">', `${ZH_TITLE}，${ZH_TITLE}。`));
    const result = decode(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toContain(ZH_TITLE);
    expect(result.warning).toMatch(/declares gbk but is valid UTF-8/);
  });

  it('obeys a legacy label on a page with too little non-ASCII text to call it UTF-8', () => {
    const bytes = new TextEncoder().encode(page('<meta charset="gbk">', 'Caf\u00e9'));
    expect(decode(bytes).encoding).toBe('gbk');
  });

  it('keeps a correct declaration despite a few stray bad bytes', () => {
    const good = Buffer.from(fixture('gbk-declared.html'));
    const damaged = Buffer.concat([good.subarray(0, 400), Buffer.from([0xff]), good.subarray(400)]);
    const result = decode(damaged);
    expect(result.encoding).toBe('gbk');
    expect(result.warning).toBeUndefined();
  });

  it('warns when the declared encoding leaves most of the page unreadable', () => {
    const noise = Uint8Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 71) % 0x7f));
    const result = decode(Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), noise]));
    expect(result.warning).toMatch(/characters are unreadable/);
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
    expect(scan(`${' '.repeat(1100)}<meta charset="gbk">`)).toBeNull(); // beyond the standard's 1024 bytes
  });

  it('resolves labels and header parameters like browsers', () => {
    expect(resolveLabel(' x-gbk ')).toBe('gbk');
    expect(resolveLabel('latin1')).toBe('windows-1252');
    expect(resolveLabel('no-such')).toBeNull();
    expect(charsetParam('text/html;charset="GBK"')).toBe('GBK');
    expect(charsetParam('text/html')).toBeNull();
  });
});

describe('decode: the two German pages of issue 14', () => {
  const GERMAN =
    'Über die neue Brücke gingen am Sonntag mehr als zweitausend Bürgerinnen und Bürger; Größere Lastwagen dürfen sie nicht befahren.';

  it('reads a UTF-8 page with two stray Latin-1 bytes as UTF-8 with two U+FFFD, as a browser does', () => {
    const good = Buffer.from(page('<meta charset="utf-8">', GERMAN));
    const stray = Buffer.concat([good.subarray(0, 200), Buffer.from('Gr\xfc\xdfe ', 'latin1'), good.subarray(200)]);
    const result = decode(stray);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(new TextDecoder('utf-8').decode(stray));
    expect(result.text.match(/\uFFFD/g)).toHaveLength(2);
    expect(result.text).toContain('Bürgerinnen');
  });

  it('reads an undeclared windows-1252 German page as windows-1252, not GB18030', () => {
    const result = decode(Buffer.from(page('', GERMAN), 'latin1'));
    expect(result.encoding).toBe('windows-1252');
    expect(titleOf(result.text)).toBe(GERMAN);
    expect(result.warning).toBeUndefined();
  });

  it('reads windows-1252 curly quotes, dashes and € as a browser does (Node 20 alone reads C1 controls)', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="iso-8859-1"><title>'),
      Buffer.from([0x84, 0x41, 0x93, 0x20, 0x96, 0x20, 0x80]),
      Buffer.from('</title>'),
    ]);
    expect(titleOf(decode(bytes).text)).toBe('„A“ – €');
  });
});

describe('decode: guessing an undeclared page', () => {
  const czech = (lang: string) =>
    Buffer.from(`<html${lang}><title>Děkujeme</title></html>`.replace('ě', '\xec'), 'latin1');

  it("lets the page's language decide a near tie, and reports a doubtful guess", () => {
    expect(titleOf(decode(czech(' lang="cs"')).text)).toBe('Děkujeme');
    const noHint = decode(czech(''));
    expect(noHint.encoding).toBe('windows-1252');
    expect(noHint.warning).toMatch(/guessed windows-1252, but iso-8859-2 reads it almost as well/);
  });

  it('tells Korean and Japanese from Chinese although GBK reads their bytes as real ideographs', () => {
    const ko = encodeLegacy(
      page(
        '',
        '시립 도서관이 이번 주부터 야간 개방 시간을 연장했다. 많은 주민들은 도서관이 가장 사랑받는 공간이 되었다고 말한다.',
      ),
      'euc-kr',
    );
    expect(decode(ko).encoding).toBe('euc-kr');
    const ja = encodeLegacy(page('', '駅前の商店街に新しい図書室が開館し、初日から多くの住民が訪れた。'), 'euc-jp');
    expect(decode(ja).encoding).toBe('euc-jp');
  });
});

describe("prescan: the HTML standard's steps", () => {
  const scan = (html: string) => prescanMeta(new TextEncoder().encode(html));

  it('needs http-equiv=content-type for a content charset, in either attribute order', () => {
    expect(scan('<meta content="text/html; charset=gbk">')).toBeNull();
    expect(scan('<meta content="text/html; charset=gbk" http-equiv="Content-Type">')).toBe('gbk');
    expect(scan('<meta http-equiv=content-type content="text/html;charset = \'big5\'">')).toBe('big5');
  });

  it("keeps the first of repeated attributes, maps x-user-defined to windows-1252, skips other tags' attributes", () => {
    expect(scan('<meta charset="gbk" charset="big5">')).toBe('gbk');
    expect(scan('<meta charset="x-user-defined">')).toBe('windows-1252');
    expect(scan('<link title="<meta charset=big5>"><meta charset="euc-jp">')).toBe('euc-jp');
  });

  it('finds a declaration late in the <head>, as the parser does, but not one in the body', () => {
    const late = (where: string) => lateMeta(new TextEncoder().encode(where));
    expect(late(`<head><title>${'x'.repeat(1100)}<meta charset=big5></title><meta charset="gbk"></head>`)).toBe('gbk');
    expect(late(`<head><script>${'x'.repeat(1100)}</script></head><body><meta charset="gbk">`)).toBeNull();
  });
});

describe('decode: large undeclared pages', () => {
  it('guesses from the first part of a page of several MB and decodes all of it', () => {
    const paragraph = `<p>${ZH_TITLE}，图书馆延长开放时间。</p>\n`;
    const bytes = encodeLegacy(page('', 'x') + paragraph.repeat(60_000), 'gbk');
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    const result = decode(bytes);
    expect(result.encoding).toBe('gb18030');
    expect(result.text.endsWith(paragraph)).toBe(true);
    expect(result.warning).toBeUndefined();
  });
});
