/**
 * The suicide-prevention helpline notice Taiwanese (and mainland, Hong Kong) news sites print under such stories
 * (src/core/extract/prune/helplines.ts): the numbers and the notice's own lines go, as blocks or as `<br>` lines;
 * a story's sentence that mentions a hotline stays, and so does a hotline list with no word of prevention.
 */
import { describe, expect, it } from 'vitest';
import { pruneHelplines } from '../../../../src/core/extract/prune/helplines.js';
import { paragraphs, runRule } from './prune-helper.js';

const STORY_ZH = paragraphs([
  '台南市永康區一名男子昨日在住處被家人發現倒臥，警消到場時已無生命跡象，送醫後宣告不治，警方正調查原因。',
  '鄰居表示，男子平日獨居，個性溫和，近來經常一個人在附近公園散步，沒想到會發生這樣的事情，令人難過。',
]);

describe('prune: the helpline notice', () => {
  it('takes the notice as blocks, with its intro line (ETtoday)', () => {
    const r = runRule(
      pruneHelplines,
      paragraphs([
        '●《ETNEWS新聞雲》提醒您，請給自己機會：',
        '自殺防治諮詢安心專線：0800-788995；',
        '生命線協談專線：1995',
      ]),
      { before: STORY_ZH },
    );
    expect(r.removed.map((x) => x.text)).toEqual([
      '●《ETNEWS新聞雲》提醒您，請給自己機會：',
      '自殺防治諮詢安心專線：0800-788995；',
      '生命線協談專線：1995',
    ]);
    expect(r.text).toContain('警方正調查原因');
  });

  it('takes the notice written with <br>s, and keeps the story line in the same block (Apple Daily)', () => {
    const r = runRule(
      pruneHelplines,
      '<p>鄰居說，他們會記得她的笑容。<br>《蘋果》關心你<br>自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。<br>再給自己一次機會<br>自殺防治諮詢安心專線：0800-788995（24小時）<br>生命線協談專線：1995<br>張老師專線：1980</p>',
      { before: STORY_ZH },
    );
    expect(r.removed).toHaveLength(6);
    expect(r.text).toContain('他們會記得她的笑容');
    expect(r.text).not.toContain('1980');
  });

  it('keeps a sentence about a hotline, and a list of service hotlines with no word of prevention', () => {
    const sentence = runRule(
      pruneHelplines,
      paragraphs([
        '衛福部表示，去年自殺防治諮詢安心專線：0800-788995共接獲超過十萬通來電，比前年增加兩成，顯示民眾求助意願提高，相關單位將持續擴充人力。',
      ]),
      { before: STORY_ZH },
    );
    expect(sentence.removed).toEqual([]);
    const service = runRule(pruneHelplines, paragraphs(['客服專線：0800-000-123', '報修熱線：02-2345-6789']), {
      before: STORY_ZH,
    });
    expect(service.removed).toEqual([]);
  });
});
