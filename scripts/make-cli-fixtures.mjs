#!/usr/bin/env node
/**
 * Writes test/fixtures/cli/: small saved pages in the encodings the CLI must read (GBK, GB2312-labelled GBK,
 * undeclared GBK, Big5, Shift_JIS, a GBK page mislabelled UTF-8, UTF-16 with BOM, gzip) plus broken inputs
 * (empty, binary, no article). Run on purpose only: `node scripts/make-cli-fixtures.mjs`.
 *
 * Node's TextEncoder only writes UTF-8, so legacy bytes come from a reverse map of TextDecoder over the
 * two-byte range — the same WHATWG tables the CLI decodes with, so there is no second opinion to disagree.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'cli');

/** char → bytes for a double-byte legacy encoding; the first (canonical) byte pair wins. */
function reverseMap(encoding) {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const map = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      let char;
      try {
        char = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue;
      }
      if ([...char].length === 1 && !map.has(char)) map.set(char, [lead, trail]);
    }
  }
  return map;
}

function encoder(encoding) {
  const map = reverseMap(encoding);
  return (text) => {
    const bytes = [];
    for (const char of text) {
      const code = char.codePointAt(0);
      if (code < 0x80) bytes.push(code);
      else if (map.has(char)) bytes.push(...map.get(char));
      else throw new Error(`${encoding} cannot encode ${char} (U+${code.toString(16)})`);
    }
    const encoded = Uint8Array.from(bytes);
    // Round trip: the fixture must decode back to exactly the text we meant.
    if (new TextDecoder(encoding).decode(encoded) !== text) throw new Error(`${encoding} round trip failed`);
    return encoded;
  };
}

function page({ title, head = '', lang, byline, paragraphs }) {
  return `<!DOCTYPE html>
<html lang="${lang}"><head>${head}<title>${title}</title>
<meta name="author" content="${byline}"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>${title}</h1><p class="byline">${byline}</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>Copyright</footer></body></html>
`;
}

const zhHans = {
  lang: 'zh-CN',
  title: '城市图书馆夜间开放 读者人数创新高',
  byline: '李喆',
  paragraphs: [
    '本报讯（记者李喆）市图书馆自今年三月起试行夜间开放，开放时间延长至晚上十点。三个月来，夜间到馆读者累计超过八万人次，创下历史新高。',
    '图书馆负责人王堃介绍，夜间读者以上班族和大学生为主，自习区和少儿阅览区最受欢迎。馆方为此增加了二百个座位，并在每层安排了志愿者值守。',
    '为了方便读者借还图书，图书馆在一楼大厅新设了十二台自助借还机，读者刷身份证即可办理，平均每次用时不到一分钟。',
    '不少读者表示，下班后能有一个安静的地方读书学习，是城市生活中难得的享受。一位在附近公司工作的读者说，她每周至少来三次。',
    '据了解，图书馆下一步还将开设夜间讲座和读书会，邀请本地作家与读者面对面交流，让更多市民走进图书馆、爱上阅读。',
  ],
};
const zhHant = {
  lang: 'zh-TW',
  title: '老街書店重新開幕 吸引大批讀者',
  byline: '陳美玲',
  paragraphs: [
    '位於舊城區的老街書店經過半年整修，上週六重新開幕。開幕當天，店門口排起長長的人龍，許多老顧客專程回來看看這間陪伴他們成長的書店。',
    '書店負責人表示，這次整修保留了原有的木造書架和老式招牌，同時增設了閱讀角落和咖啡座，希望讓讀者在書店裡待得更久、讀得更多。',
    '開幕活動邀請了三位在地作家舉辦簽書會，並安排了兒童說故事時間。不少家長帶著孩子前來，現場氣氛十分熱鬧。',
    '一位年過七十的老顧客說，他從中學時代就在這裡買書，看到書店重新開門，心裡非常感動，希望年輕人也能常來走走。',
    '書店未來每個月都將舉辦主題書展與講座，並與附近學校合作推動閱讀活動，讓老街重新成為城市的文化角落。',
  ],
};
const ja = {
  lang: 'ja',
  title: '駅前の商店街に新しい図書室が開館',
  byline: '山田太郎',
  paragraphs: [
    '駅前の商店街に、地域の人々が自由に使える小さな図書室が今月開館した。空き店舗を改装したもので、約三千冊の本がそろっている。',
    '図書室を運営するのは地元の商店会で、会長の佐藤さんは「買い物のついでに立ち寄って、ゆっくり本を読んでほしい」と話している。',
    '館内には子ども向けの絵本コーナーや、地域の歴史に関する資料を集めた棚もあり、開館初日から多くの家族連れでにぎわった。',
    '利用は無料で、本の貸し出しも行っている。運営費は商店会の会費と地元企業からの寄付でまかなわれている。',
    '商店会では今後、読み聞かせ会や古本市などの催しを定期的に開き、商店街に人が集まるきっかけにしたいとしている。',
  ],
};
const en = {
  lang: 'en',
  title: 'River Clean-up Draws Hundreds of Volunteers',
  byline: 'Jane Doe',
  paragraphs: [
    'More than four hundred volunteers spent Saturday morning pulling litter from the banks of the river, the largest turnout since the annual clean-up began twelve years ago.',
    'Organisers said the group collected nearly two tonnes of rubbish, including shopping trolleys, tyres and a surprising number of traffic cones, along a six-kilometre stretch.',
    '"Every year we think there will be less to find, and every year the river surprises us," said the coordinator, who has led the event since it started with a handful of neighbours.',
    'Local schools sent teams of students, and several businesses along the waterfront closed for the morning so that their staff could take part.',
    'The council has promised to install more bins along the footpath before next summer, and the organisers plan to hold a second clean-up in the autumn.',
  ],
};

const gbk = encoder('gbk');
const big5 = encoder('big5');
const sjis = encoder('shift_jis');

// GB2312 covers lead bytes A1–F7 with trails A1–FE; 喆 and 堃 lie outside it, so the "gb2312" page is really
// GBK — the everyday case the label must not break.
const gbkOnly = [...gbk('喆堃')];
const inGb2312 = (lead, trail) => lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1;
if (inGb2312(gbkOnly[0], gbkOnly[1]) || inGb2312(gbkOnly[2], gbkOnly[3])) throw new Error('expected GBK-only characters');

const files = {
  'english.html': new TextEncoder().encode(page({ ...en, head: '<meta charset="utf-8">' })),
  'gbk-declared.html': gbk(page({ ...zhHans, head: '<meta charset="gbk">' })),
  'gb2312-labelled.html': gbk(page({ ...zhHans, head: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' })),
  'gbk-undeclared.html': gbk(page(zhHans)),
  'big5.html': big5(page({ ...zhHant, head: '<meta charset="big5">' })),
  'shift_jis.html': sjis(page({ ...ja, head: '<meta http-equiv="content-type" content="text/html; charset=Shift_JIS">' })),
  'mislabelled-utf8.html': gbk(page({ ...zhHans, head: '<meta charset="utf-8">' })),
  'utf16le-bom.html': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(en), 'utf16le')]),
  'gbk-gzipped.html.gz': gzipSync(gbk(page({ ...zhHans, head: '<meta charset="gbk">' }))),
  'empty.html': new Uint8Array(0),
  // A PNG header and noise saved under an .html name: must fail as "binary", not crash the batch.
  'garbage.html': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 6, 0, 0, 0, ...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)]),
  'no-article.htm': new TextEncoder().encode('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Login</title></head><body><form><input name="user"><button>Sign in</button></form></body></html>\n'),
  // Not a page: a directory walk must skip it.
  'notes.txt': new TextEncoder().encode('not an html file\n'),
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(out, name), bytes);
console.log(`wrote ${readdirSync(out).length} files to test/fixtures/cli/`);
