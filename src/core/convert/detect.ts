/**
 * Which script a text is in, without a dictionary, so it can run anywhere — even in the content script,
 * which must never load the conversion dictionaries (issue 7). It counts frequent characters that exist in
 * only one script: about 170 of the commonest Simplified-only characters and their Traditional forms (taken
 * from OpenCC's STCharacters/TSCharacters and checked against them in the tests). Characters shared by both
 * scripts in real use (里, 后, 台, 干, 于, 几, 并, 却, 吃) are left out on purpose: 公里 and 皇后 are good
 * Traditional.
 */
import type { ConvertConfig, Script } from './configs.js';

export const SIMPLIFIED_ONLY =
  '这来个国说们为时会过学对么没还发当无开见经头从动两长样现将与进实点种声话儿问机给业间电门东听气关内军产' +
  '万体别处总场师书员华报马张难数车应计亲务记边风战许觉题统请爱让认论义术结连远资队带条变联权该领传红决达' +
  '办运强区转众轻语满写识极黄脸钱党设双历广议际则单据导网专谁读飞观争组视济离虽编宝谈随尽剑讲杀调准团终乐' +
  '级块线铁阳兰园证伤补汉买卖云';

/** The Traditional forms of the above, in Taiwan's and OpenCC's spelling both (為/爲, 裡/裏, 眾/衆). */
export const TRADITIONAL_ONLY =
  '這來個國說們為爲時會過學對麼沒還發當無開見經頭從動兩長樣現將與進實點種聲話兒問機給業間電門東聽氣關內軍產' +
  '萬體別處總場師書員華報馬張難數車應計親務記邊風戰許覺題統請愛讓認論義術結連遠資隊帶條變聯權該領傳紅決達' +
  '辦運強區轉眾衆輕語滿寫識極黃臉錢黨設雙歷廣議際則單據導網專誰讀飛觀爭組視濟離雖編寶談隨盡劍講殺調準團終樂' +
  '級塊線鐵陽蘭園證傷補漢買賣雲';

const simplifiedSet = new Set(SIMPLIFIED_ONLY);
const traditionalSet = new Set(TRADITIONAL_ONLY);

export interface Detection {
  /** null when the text has too few telling characters, or both scripts in similar measure. */
  script: Script | null;
  simplified: number;
  traditional: number;
}

/** A handful of telling characters is enough; one script must outnumber the other three to one. */
const MIN_HITS = 3;
const DOMINANCE = 3;

/** Looks at up to `limit` characters (a page's first few paragraphs decide it; the rest only costs time). */
export function detectScript(text: string, limit = 20_000): Detection {
  let simplified = 0;
  let traditional = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    if (simplifiedSet.has(c)) simplified++;
    else if (traditionalSet.has(c)) traditional++;
  }
  let script: Script | null = null;
  if (simplified + traditional >= MIN_HITS) {
    if (simplified >= DOMINANCE * traditional) script = 'simplified';
    else if (traditional >= DOMINANCE * simplified) script = 'traditional';
  }
  return { script, simplified, traditional };
}

/**
 * The configs worth offering for a text, most useful first: a Simplified page gets the Traditional targets
 * (Taiwan first unless the reader's locale is Hong Kong or Macau), a Traditional page gets Simplified
 * (hk2s when the page says it is from Hong Kong). Undetected text gets everything, Traditional targets first.
 */
export function suggestConfigs(
  script: Script | null,
  opts: { pageLang?: string | null; readerLang?: string | null } = {},
): ConvertConfig[] {
  const hkReader = /^zh-(?:hk|mo|hant-hk|hant-mo)\b/i.test(opts.readerLang ?? '');
  const toTraditional: ConvertConfig[] = hkReader ? ['s2hk', 's2tw', 's2twp'] : ['s2tw', 's2hk', 's2twp'];
  const hkPage = /^zh-(?:hk|mo|hant-hk|hant-mo)\b/i.test(opts.pageLang ?? '');
  const toSimplified: ConvertConfig[] = hkPage ? ['hk2s', 'tw2s', 'tw2sp'] : ['tw2s', 'tw2sp', 'hk2s'];
  if (script === 'simplified') return toTraditional;
  if (script === 'traditional') return toSimplified;
  return [...toTraditional, ...toSimplified];
}
