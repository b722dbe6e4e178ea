/**
 * "繁/简": converts the shown article between Simplified and Traditional Chinese (Taiwan, Hong Kong, and
 * Taiwan vocabulary as an opt-in), with the useful direction for the article's detected script offered first.
 * Dictionaries load on first use only (a separate chunk, never in the content script or the background).
 * The converted article replaces the shown one, so copy, print, read-aloud and save all use it; "Original"
 * shows the untouched article again at once, without converting back.
 */
import type { Article } from '../core/types.js';
import { CONFIG_INFO, type ConvertConfig } from '../core/convert/configs.js';
import { detectScript, suggestConfigs } from '../core/convert/detect.js';
import { t } from '../i18n/index.js';
import { loadSettings } from '../settings/store.js';
import { registerControl } from './article-page.js';
import { h } from './dom.js';

const HAN = /[\u3400-\u9fff]/;
/** What the menu offers: the configs readers use (s2t/t2s are OpenCC's internal forms, kept for the CLI). */
const OFFERED: readonly ConvertConfig[] = ['s2tw', 's2hk', 's2twp', 'tw2s', 'hk2s', 'tw2sp'];

async function convert(article: Article, config: ConvertConfig, parse: (html: string) => Document): Promise<Article> {
  // Loaded together, on first use: the dictionaries and the code that walks the article DOM.
  const [{ loadConverter }, { withExceptions }, { convertArticle }, settings] = await Promise.all([
    import('../core/convert/load.js'),
    import('../core/convert/exceptions.js'),
    import('../core/convert/article.js'),
    loadSettings(),
  ]);
  const converter = withExceptions(await loadConverter(config), settings.convertExceptions);
  return convertArticle(article, converter, parse);
}

registerControl(({ doc, actions, current, show }) => {
  const original = current();
  if (!HAN.test(original.textContent.slice(0, 5000))) return; // nothing to convert on a page without Chinese
  const { script } = detectScript(original.textContent);
  const suggested = suggestConfigs(script, {
    pageLang: original.lang,
    readerLang: doc.defaultView?.navigator.language,
  }).filter((c) => OFFERED.includes(c));
  const others = OFFERED.filter((c) => !suggested.includes(c));
  const option = (config: ConvertConfig) => h(doc, 'option', { value: config }, CONFIG_INFO[config].label);
  const select = h(
    doc,
    'select',
    { 'data-role': 'convert', 'aria-label': t('convertLabel') },
    h(doc, 'option', { value: '' }, t('convertOriginal')),
    ...suggested.map(option),
    ...(others.length ? [h(doc, 'optgroup', { label: t('convertOther') }, ...others.map(option))] : []),
  );
  const label = h(doc, 'label', { class: 'convert' }, h(doc, 'span', {}, t('actionConvert')), select);
  actions.append(label);

  const parse = (html: string) =>
    new (doc.defaultView as Window & typeof globalThis).DOMParser().parseFromString(html, 'text/html');
  const done = new Map<ConvertConfig, Article>();
  let request = 0;
  // Errors are caught below and shown on the control; nothing awaits the listener.
  const change = async (): Promise<void> => {
    const config = select.value as ConvertConfig | '';
    const mine = ++request;
    if (!config) {
      show(original);
      select.dataset.state = 'original';
      return;
    }
    select.dataset.state = 'loading';
    select.disabled = true;
    try {
      const converted = done.get(config) ?? (await convert(original, config, parse));
      done.set(config, converted);
      if (mine === request) {
        show(converted);
        select.dataset.state = config;
      }
    } catch (error) {
      select.value = '';
      select.dataset.state = 'error';
      select.title = t('convertFailed', String(error));
    } finally {
      select.disabled = false;
    }
  };
  select.addEventListener('change', () => void change());
});
