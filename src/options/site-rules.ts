/**
 * The options page's list of fixes for sites ("Fix this page"): each site with what its fix does, and Delete.
 * The list follows the settings, so a fix made in another tab appears here at once.
 */
import { t } from '../i18n/index.js';
import { withoutSite } from '../core/site-rules/edit.js';
import type { SiteRule } from '../core/site-rules/types.js';
import { loadSettings, updateSettings } from '../settings/store.js';
import { byRole, h } from '../ui/dom.js';

export function renderSiteRules(doc: Document, rules: readonly SiteRule[]): void {
  const list = byRole(doc, 'site-rules');
  if (rules.length === 0) {
    list.replaceChildren(h(doc, 'li', {}, t('optionsSiteRulesNone')));
    return;
  }
  list.replaceChildren(
    ...rules.map((rule) => {
      const remove = h(
        doc,
        'button',
        { type: 'button', 'aria-label': `${t('optionsRemove')} ${rule.host}` },
        t('optionsRemove'),
      );
      remove.addEventListener('click', () => {
        void loadSettings().then((s) => updateSettings({ siteRules: withoutSite(s.siteRules, rule.host) }));
      });
      const parts = [
        ...(rule.article ? [t('optionsSiteRuleArticle', rule.article)] : []),
        ...(rule.remove.length ? [t('optionsSiteRuleRemove', rule.remove.join(', '))] : []),
      ];
      return h(
        doc,
        'li',
        { 'data-host': rule.host },
        h(doc, 'strong', {}, rule.host),
        ' ',
        h(doc, 'code', {}, parts.join(' · ')),
        remove,
      );
    }),
  );
}
