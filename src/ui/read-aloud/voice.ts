/**
 * Chooses a speech voice for the article's language. Chinese needs care: zh-Hant articles are read by a
 * Taiwan or Hong Kong voice, zh-Hans by a mainland one, and a bare "zh" takes whatever Chinese voice exists.
 */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
  localService?: boolean;
}

const PREFERENCES: Record<string, string[]> = {
  'zh-hant': ['zh-tw', 'zh-hk', 'zh-hant'],
  'zh-hant-tw': ['zh-tw', 'zh-hk'],
  'zh-hant-hk': ['zh-hk', 'zh-tw'],
  'zh-hans': ['zh-cn', 'zh-sg', 'zh-hans'],
  'zh-tw': ['zh-tw', 'zh-hk'],
  'zh-hk': ['zh-hk', 'zh-tw'],
  'zh-mo': ['zh-hk', 'zh-tw'],
  'zh-cn': ['zh-cn', 'zh-sg'],
  zh: ['zh-cn', 'zh-tw', 'zh-hk'],
};

const norm = (lang: string) => lang.toLowerCase().replace(/_/g, '-');

export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  articleLang: string | null,
  uiLang = 'en',
): V | null {
  if (voices.length === 0) return null;
  const lang = norm(articleLang || uiLang);
  const wanted = [...(PREFERENCES[lang] ?? []), lang, lang.split('-')[0]!];
  for (const target of wanted) {
    const exact = voices.filter((v) => norm(v.lang) === target);
    const found = exact.find((v) => v.localService) ?? exact[0];
    if (found) return found;
  }
  const base = lang.split('-')[0]!;
  return voices.find((v) => norm(v.lang).split('-')[0] === base) ?? null;
}
