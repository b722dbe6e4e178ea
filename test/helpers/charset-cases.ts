/**
 * Generated pages for the decoding tests: a text in one language, encoded in one encoding, declared (or not) in
 * one way — and what a browser reads from the bytes. Seeded (fast-check's sample with a fixed seed), so a
 * failing case replays. Shared by the unit test (decode.generated.test.ts) and the real-browser oracle
 * (test/e2e/charset.test.ts).
 *
 * Legacy encoders are built by reversing Node's TextDecoder (TextEncoder writes only UTF-8): every byte and
 * byte pair is decoded once, the table is inverted, and a text that does not round-trip is not used.
 */
import fc from 'fast-check';

export const TEXTS = {
  de: [
    'Über die neue Brücke gingen am Sonntag mehr als zweitausend Bürgerinnen und Bürger.',
    'Die Gemeinde hatte die Eröffnung schon zweimal verschoben, weil Stahlträger fehlten.',
    'Für Radfahrer gibt es künftig eine eigene Spur, die nachts beleuchtet wird.',
    'Der Bürgermeister dankte den Anwohnern für ihre Geduld während der Bauarbeiten.',
    'Größere Lastwagen dürfen die Brücke weiterhin nicht befahren, heißt es im Beschluss.',
    'Im Frühjahr sollen an beiden Ufern Bäume gepflanzt und Bänke aufgestellt werden.',
    'Ältere Menschen wünschen sich zusätzliche Haltestellen in der Nähe des Marktplatzes.',
  ],
  fr: [
    'La médiathèque du quartier rouvre ses portes après dix-huit mois de travaux.',
    'Les élèves du collège voisin pourront y réviser le soir, jusqu’à vingt et une heures.',
    'Le maire a précisé que le coût final était inférieur à l’estimation présentée l’été dernier.',
    'Une salle dédiée aux jeux vidéo et un café associatif complètent l’équipement.',
    'Les bénévoles ont déjà trié près de quatre mille ouvrages donnés par les habitants.',
    'À l’entrée, une fresque réalisée par des lycéens raconte l’histoire du canal.',
    'Des ateliers d’écriture seront proposés chaque mercredi, hors vacances scolaires.',
  ],
  es: [
    'El ayuntamiento inauguró el lunes una biblioteca nueva en el barrio del puerto.',
    'Los vecinos llevaban años pidiendo un espacio público para estudiar por la tarde.',
    'La obra costó menos de lo previsto y se terminó dos meses antes de lo anunciado.',
    'Habrá talleres de lectura para niños, clases de informática y un pequeño auditorio.',
    '¿Quién podrá usar las salas? Cualquier persona empadronada en la ciudad, según el alcalde.',
    'La señora Núñez, directora del centro, espera recibir a mil lectores por semana.',
    'El edificio, diseñado por una arquitecta gallega, aprovecha la luz del jardín interior.',
  ],
  pl: [
    'Nowa biblioteka w centrum miasta została otwarta w poniedziałek po dwóch latach budowy.',
    'Mieszkańcy od dawna prosili o miejsce, w którym dzieci mogłyby się uczyć po szkole.',
    'Burmistrz podkreślił, że koszt inwestycji okazał się niższy, niż zakładano.',
    'W budynku znajdzie się też czytelnia prasy, sala komputerowa i mała kawiarnia.',
    'Wolontariusze posegregowali już ponad cztery tysiące książek podarowanych przez sąsiadów.',
    'Żółte ściany holu ozdobiły rysunki uczniów pobliskiego liceum plastycznego.',
    'Zajęcia dla seniorów odbywać się będą we wtorki i czwartki przez całą jesień.',
  ],
  'zh-CN': [
    '城市图书馆从本周起延长夜间开放时间，读者人数创下新高。',
    '馆长表示，新的自习区每天晚上都坐满了准备考试的学生。',
    '市政府今年拨出专款，用于更新馆内的电脑和照明设备。',
    '不少市民认为，图书馆已经成为社区里最受欢迎的公共空间。',
    '志愿者们利用周末整理了四千多本居民捐赠的图书。',
    '下个月起，儿童阅读区还将举办每周一次的故事会。',
    '有读者建议在附近增加公交站点，方便老年人前来借书。',
  ],
  'zh-TW': [
    '老街書店重新開幕，吸引大批讀者排隊入場。',
    '店主表示，這次整修保留了原有的木造書架與閣樓。',
    '開幕當天舉辦了簽書會，許多作家親自到場與讀者交流。',
    '市政府也希望藉此帶動周邊商圈，讓老街重新熱鬧起來。',
    '附近學校的學生放學後，常在二樓的閱讀區寫功課。',
    '書店每個月將邀請一位在地藝術家舉辦小型展覽。',
    '不少年長的居民說，這裡保存了他們年輕時的回憶。',
  ],
  ja: [
    '駅前の商店街に新しい図書室が開館し、初日から多くの住民が訪れた。',
    '市によると、利用者は平日の夕方に特に多く、学生の姿が目立つという。',
    '館内には子ども向けの読み聞かせコーナーと、静かな自習室が設けられた。',
    '地元のボランティアが寄贈された本を分類し、棚に並べる作業を続けている。',
    '館長は、地域の人々が気軽に集まれる場所にしたいと話している。',
    '来月からは、高齢者向けのパソコン教室も始まる予定だ。',
    '近くの小学校では、授業の一環として図書室を見学する計画もある。',
  ],
  ko: [
    '시립 도서관이 이번 주부터 야간 개방 시간을 연장했다.',
    '도서관 측은 저녁마다 자습실이 시험을 준비하는 학생들로 가득 찬다고 밝혔다.',
    '시는 올해 예산을 들여 낡은 컴퓨터와 조명 시설을 새로 바꾸었다.',
    '많은 주민들은 도서관이 동네에서 가장 사랑받는 공간이 되었다고 말한다.',
    '자원봉사자들은 주말마다 주민들이 기증한 책 사천여 권을 정리했다.',
    '다음 달부터는 어린이 열람실에서 매주 이야기 모임이 열릴 예정이다.',
    '일부 이용자들은 노인들을 위해 근처에 버스 정류장을 늘려 달라고 요청했다.',
  ],
} as const;

export type Language = keyof typeof TEXTS;

/** The encodings a page in each language is really found in (a Polish page is not windows-1252). */
export const ENCODINGS_FOR: Record<Language, readonly string[]> = {
  de: ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'],
  fr: ['utf-8', 'windows-1252', 'utf-16le'],
  es: ['utf-8', 'windows-1252', 'utf-16be'],
  pl: ['utf-8', 'iso-8859-2', 'windows-1250', 'utf-16le'],
  'zh-CN': ['utf-8', 'gbk', 'gb18030', 'utf-16le'],
  'zh-TW': ['utf-8', 'big5', 'utf-16be'],
  ja: ['utf-8', 'shift_jis', 'euc-jp', 'utf-16le'],
  ko: ['utf-8', 'euc-kr', 'utf-16be'],
};

/** Labels as pages write them, several per encoding (browsers resolve them all to the same encoding). */
const LABELS: Record<string, readonly string[]> = {
  'utf-8': ['utf-8', 'UTF-8', 'utf8'],
  'windows-1252': ['iso-8859-1', 'windows-1252', 'ISO-8859-1', 'latin1'],
  'iso-8859-2': ['iso-8859-2', 'ISO-8859-2', 'latin2'],
  'windows-1250': ['windows-1250', 'cp1250'],
  gbk: ['gb2312', 'GBK', 'GB2312', 'x-gbk'],
  gb18030: ['gb18030', 'GB18030'],
  big5: ['big5', 'Big5', 'big5-hkscs'],
  shift_jis: ['shift_jis', 'Shift_JIS', 'sjis', 'x-sjis'],
  'euc-jp': ['euc-jp', 'EUC-JP'],
  'euc-kr': ['euc-kr', 'EUC-KR', 'ks_c_5601-1987'],
  'utf-16le': ['utf-16le'],
  'utf-16be': ['utf-16be'],
};
/** What a wrong declaration names: an encoding seen on real pages, not the page's own. */
const WRONG = [
  'utf-8',
  'windows-1252',
  'iso-8859-2',
  'windows-1250',
  'gbk',
  'big5',
  'shift_jis',
  'euc-kr',
  'euc-jp',
  'utf-16',
] as const;

export const DECLARATIONS = ['none', 'meta', 'http-equiv', 'late-meta', 'header', 'wrong'] as const;
export type Declaration = (typeof DECLARATIONS)[number];

export interface CharsetCase {
  name: string;
  language: Language;
  encoding: string;
  declaration: Declaration;
  /** The label written in the page or header; null when nothing is declared. */
  label: string | null;
  /** The page's HTTP Content-Type when `declaration` is `header`. */
  contentType: string | null;
  /** The page as its author wrote it. */
  html: string;
  bytes: Uint8Array;
}

export const isUtf16 = (encoding: string) => encoding.startsWith('utf-16');

/** The page's bytes in `encoding` (UTF-16 with its BOM), or null when a character cannot be written in it. */
export function encodeIn(text: string, encoding: string): Uint8Array | null {
  let bytes: Uint8Array;
  if (encoding === 'utf-8') bytes = new TextEncoder().encode(text);
  else if (isUtf16(encoding)) {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    bytes = encoding === 'utf-16be' ? Buffer.from(le).swap16() : le;
  } else {
    const table = byteTable(encoding);
    const out: number[] = [];
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (code < 0x80) out.push(code);
      else {
        const seq = table.get(char);
        if (!seq) return null;
        out.push(...seq);
      }
    }
    bytes = Uint8Array.from(out);
  }
  // Round trip: a table entry that decodes differently in context (it should not happen) disqualifies the text.
  return readAs(bytes, encoding) === text ? bytes : null;
}

const tables = new Map<string, Map<string, number[]>>();
/** Character → bytes for a legacy encoding, from decoding every byte (and, for CJK, every byte pair). */
function byteTable(encoding: string): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const table = new Map<string, number[]>();
  const add = (seq: number[]) => {
    try {
      const char = readAs(Uint8Array.from(seq), encoding, true);
      if ([...char].length === 1 && !table.has(char)) table.set(char, seq);
    } catch {
      // not a character in this encoding
    }
  };
  // Pairs first, so a full-width character keeps its double-byte form (Shift_JIS also has half-width kana).
  if (!['windows-1252', 'iso-8859-2', 'windows-1250'].includes(encoding)) {
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) add([lead, trail]);
  }
  for (let byte = 0x80; byte <= 0xff; byte++) add([byte]);
  tables.set(encoding, table);
  return table;
}

const LANG_ATTR = {
  de: 'de',
  fr: 'fr',
  es: 'es',
  pl: 'pl',
  'zh-CN': 'zh-CN',
  'zh-TW': 'zh-Hant-TW',
  ja: 'ja',
  ko: 'ko',
} as const;

interface Draw {
  language: Language;
  encodingIndex: number;
  declaration: Declaration;
  labelIndex: number;
  wrongIndex: number;
  sentences: number[];
  langHint: 'none' | 'html-lang' | 'content-language';
  padding: 'title' | 'style' | 'script';
}

const drawArb: fc.Arbitrary<Draw> = fc.record({
  language: fc.constantFrom(...(Object.keys(TEXTS) as Language[])),
  encodingIndex: fc.nat(),
  declaration: fc.constantFrom(...DECLARATIONS),
  labelIndex: fc.nat(),
  wrongIndex: fc.nat(),
  sentences: fc.array(fc.nat({ max: 6 }), { minLength: 2, maxLength: 9 }),
  langHint: fc.constantFrom('none', 'html-lang', 'content-language'),
  padding: fc.constantFrom('title', 'style', 'script'),
});

/** `count` cases from `seed`; the same seed always gives the same cases. */
export function charsetCases(count: number, seed: number): CharsetCase[] {
  return fc.sample(drawArb, { numRuns: count, seed }).map((draw, i) => buildCase(draw, i));
}

function buildCase(draw: Draw, index: number): CharsetCase {
  const { language, declaration } = draw;
  const encodings = ENCODINGS_FOR[language];
  const encoding = encodings[draw.encodingIndex % encodings.length]!;
  const labels = LABELS[encoding]!;
  const wrongChoices = WRONG.filter((w) => w !== encoding && !(encoding === 'gb18030' && w === 'gbk'));
  const label =
    declaration === 'none'
      ? null
      : declaration === 'wrong'
        ? wrongChoices[draw.wrongIndex % wrongChoices.length]!
        : labels[draw.labelIndex % labels.length]!;
  const sentences = draw.sentences.map((i) => TEXTS[language][i]!);
  const html = page(draw, sentences, label);
  const bytes = encodeIn(html, encoding);
  if (!bytes) throw new Error(`the ${language} text cannot be written in ${encoding}`);
  return {
    name: `#${index} ${language} ${encoding} ${declaration}${label ? `=${label}` : ''}`,
    language,
    encoding,
    declaration,
    label,
    contentType: declaration === 'header' ? `text/html; charset=${label}` : null,
    html,
    bytes,
  };
}

function page(draw: Draw, sentences: string[], label: string | null): string {
  const { declaration, language } = draw;
  const decl =
    declaration === 'meta' || declaration === 'wrong'
      ? `<meta charset="${label}">`
      : declaration === 'http-equiv'
        ? `<meta http-equiv="Content-Type" content="text/html; charset=${label}">`
        : '';
  const langAttr = draw.langHint === 'html-lang' ? ` lang="${LANG_ATTR[language]}"` : '';
  const contentLanguage =
    draw.langHint === 'content-language' ? `<meta http-equiv="content-language" content="${LANG_ATTR[language]}">` : '';
  // A late declaration comes after more than 1024 bytes of head, as on pages with a long spam <title> first.
  const late = declaration === 'late-meta' ? `${padding(draw.padding, sentences)}<meta charset="${label}">` : '';
  const title = draw.padding === 'title' && late ? '' : `<title>${sentences[0]}</title>`;
  return (
    `<!DOCTYPE html><html${langAttr}><head>${decl}${contentLanguage}${title}${late}</head>` +
    `<body><h1>${sentences[0]}</h1>${sentences
      .slice(1)
      .map((s) => `<p>${s}</p>`)
      .join('')}</body></html>`
  );
}

function padding(kind: Draw['padding'], sentences: string[]): string {
  if (kind === 'title') return `<title>${sentences.join(' ').repeat(12).slice(0, 600)}${'.'.repeat(700)}</title>`;
  if (kind === 'style') return `<style>${'.column { margin: 0 auto; max-width: 40em; }\n'.repeat(30)}</style>`;
  return `<script>${'window.dataLayer = window.dataLayer || [];\n'.repeat(30)}</script>`;
}

/**
 * What a browser reads from the case's bytes (as Chromium does; test/e2e/charset.test.ts checks a sample):
 * the BOM wins, then any declaration is obeyed — a wrong one too — and an undeclared page is read right.
 */
export function browserReading(c: CharsetCase): string {
  if (isUtf16(c.encoding) || c.declaration !== 'wrong') return c.html;
  return readAs(c.bytes, declaredEncoding(c.label!));
}

/**
 * TextDecoder, but through ICU's streaming path: Node 20's one-shot windows-1252 decoder is ISO-8859-1 and
 * reads 0x80–0x9F (€, curly quotes, dashes) as C1 controls, which no browser does.
 */
export function readAs(bytes: Uint8Array, encoding: string, fatal = false): string {
  const decoder = new TextDecoder(encoding, { fatal });
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

/** A meta tag readable as ASCII cannot be UTF-16: the HTML standard reads it as UTF-8. */
export const declaredEncoding = (label: string) => {
  const encoding = new TextDecoder(label).encoding;
  return isUtf16(encoding) ? 'utf-8' : encoding;
};
