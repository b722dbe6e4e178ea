/** Script detection without dictionaries, and the order of configs it suggests. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectScript, SIMPLIFIED_ONLY, suggestConfigs, TRADITIONAL_ONLY } from '../../../src/core/convert/detect.js';
import { loadConverter } from '../../../src/core/convert/load.js';

const SIMPLIFIED = [
  '国务院新闻办公室今天举行发布会，介绍今年上半年经济运行情况。发言人表示，国内生产总值同比增长，就业形势总体稳定。',
  '这部电影讲述了一个普通家庭在时代变迁中的故事，导演说他希望观众能从中看到自己父母的影子。',
  '研究人员发现，长期睡眠不足会影响记忆力，还可能增加心脏病的风险，专家建议成年人每晚至少睡七个小时。',
];
const TRADITIONAL = [
  '行政院今日召開記者會，說明今年上半年經濟發展情況。發言人表示，國內生產總值較去年同期成長，就業情勢整體穩定。',
  '這部電影講述了一個普通家庭在時代變遷中的故事，導演說他希望觀眾能從中看到自己父母的影子。',
  '研究人員發現，長期睡眠不足會影響記憶力，還可能增加心臟病的風險，專家建議成年人每晚至少睡七個小時。',
];

describe('detectScript', () => {
  it.each(SIMPLIFIED)('Simplified: %s', (text) => expect(detectScript(text).script).toBe('simplified'));
  it.each(TRADITIONAL)('Traditional: %s', (text) => expect(detectScript(text).script).toBe('traditional'));
  it('the seed page (a mirrored news article) is Traditional', () => {
    const html = readFileSync(new URL('../../fixtures/pages/seed-page.html', import.meta.url), 'utf8');
    const d = detectScript(html.replace(/<[^>]*>/g, ''), Infinity);
    expect(d.script).toBe('traditional');
    expect(d.traditional).toBeGreaterThan(20);
  });
  it('undecided for text without telling characters, or mixed evenly', () => {
    expect(detectScript('Hello, world. 我们').script).toBeNull();
    expect(detectScript('人口大山').script).toBeNull();
    expect(detectScript(`${SIMPLIFIED[1]}${TRADITIONAL[1]}`).script).toBeNull();
  });
  it('agrees with OpenCC: the Simplified list converts to Traditional characters and back', async () => {
    const s2t = await loadConverter('s2t');
    const s2tw = await loadConverter('s2tw');
    const t2s = await loadConverter('t2s');
    const traditional = new Set(TRADITIONAL_ONLY);
    for (const c of SIMPLIFIED_ONLY) {
      expect(traditional.has(s2t.convert(c)) || traditional.has(s2tw.convert(c)), c).toBe(true);
      expect(t2s.convert(c), `${c} is already Simplified`).toBe(c);
    }
    for (const c of TRADITIONAL_ONLY) expect(SIMPLIFIED_ONLY.includes(t2s.convert(c)), c).toBe(true);
  });
});

describe('suggestConfigs', () => {
  it('offers the other script first', () => {
    expect(suggestConfigs('simplified')[0]).toBe('s2tw');
    expect(suggestConfigs('simplified', { readerLang: 'zh-HK' })[0]).toBe('s2hk');
    expect(suggestConfigs('traditional')[0]).toBe('tw2s');
    expect(suggestConfigs('traditional', { pageLang: 'zh-Hant-HK' })[0]).toBe('hk2s');
    expect(suggestConfigs(null)).toHaveLength(6);
  });
});
