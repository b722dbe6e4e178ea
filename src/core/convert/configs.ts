/**
 * The conversion configs Winnow offers (issue 7), named as OpenCC names them, with what the UI and the DOM
 * need to know about each. Declared once here; everything else looks configs up in this table.
 */

export const CONVERT_CONFIGS = ['s2tw', 's2hk', 's2twp', 's2t', 'tw2s', 'hk2s', 'tw2sp', 't2s'] as const;
export type ConvertConfig = (typeof CONVERT_CONFIGS)[number];

export type Script = 'simplified' | 'traditional';

export interface ConfigInfo {
  /** The script the config reads. */
  from: Script;
  /** The script it writes. */
  to: Script;
  /** BCP 47 tag set on converted content so the browser picks the right regional glyphs and fonts. */
  lang: string;
  /**
   * Phrase configs swap vocabulary (鼠标 → 滑鼠) and change text length; character configs keep the
   * number of code points, which lets the DOM writer map offsets one to one.
   */
  phrases: boolean;
  /** Label for menus, in the script the reader will get. */
  label: string;
}

export const CONFIG_INFO: Readonly<Record<ConvertConfig, ConfigInfo>> = {
  s2tw: { from: 'simplified', to: 'traditional', lang: 'zh-Hant-TW', phrases: false, label: '繁體（台灣）' },
  s2hk: { from: 'simplified', to: 'traditional', lang: 'zh-Hant-HK', phrases: false, label: '繁體（香港）' },
  s2twp: { from: 'simplified', to: 'traditional', lang: 'zh-Hant-TW', phrases: true, label: '台灣用語' },
  // OpenCC's internal Traditional form (麪, 喫, 裏): its maintainers advise against showing it to readers,
  // so the UI should prefer s2tw / s2hk; kept for the CLI and for parity with OpenCC.
  s2t: { from: 'simplified', to: 'traditional', lang: 'zh-Hant', phrases: false, label: '繁體（OpenCC）' },
  tw2s: { from: 'traditional', to: 'simplified', lang: 'zh-Hans', phrases: false, label: '简体' },
  hk2s: { from: 'traditional', to: 'simplified', lang: 'zh-Hans', phrases: false, label: '简体（自香港繁体）' },
  tw2sp: { from: 'traditional', to: 'simplified', lang: 'zh-Hans', phrases: true, label: '简体（大陆用语）' },
  t2s: { from: 'traditional', to: 'simplified', lang: 'zh-Hans', phrases: false, label: '简体（OpenCC）' },
};

export const isConvertConfig = (value: unknown): value is ConvertConfig =>
  typeof value === 'string' && (CONVERT_CONFIGS as readonly string[]).includes(value);
