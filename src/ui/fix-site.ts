/**
 * "Fix this page" in the popup and the reader (issue 16, item 5): the reader points at the block that is the
 * article, or Shift-points at a block to remove, on the page itself (src/content/picker.ts, started by the
 * background: src/background/fix-site.ts); the fix is kept for the site and the page is cleaned again with it.
 * An article cleaned with a fix says so — "Using your fix for example.com", or that the fix did not match this
 * page — with Undo, which deletes the site's fix and shows the article as Winnow finds it without one.
 */
import type { Article } from '../core/types.js';
import { hostOf } from '../core/site-rules/hosts.js';
import { withoutSite } from '../core/site-rules/edit.js';
import { request } from '../messages/client.js';
import { t } from '../i18n/index.js';
import { loadSettings, updateSettings } from '../settings/store.js';
import { keepArticle } from '../session/article-handoff.js';
import { auditItem, registerControl } from './article-page.js';
import { h } from './dom.js';
import { SITE_REMOVE } from '../core/site-rules/apply.js';

const STYLE = `.site-fix { margin: 8px 0; padding: 6px 10px; border-radius: 6px; background: var(--code-bg, rgba(127,127,127,.12)); font-size: 14px; }
.site-fix button { margin-inline-start: 8px; }
.site-fix details { margin-top: 4px; }
.fix-status { font-size: 13px; color: var(--muted); }`;

function addStyle(doc: Document): void {
  if (doc.getElementById('winnow-fix-site-style')) return;
  const style = doc.createElement('style');
  style.id = 'winnow-fix-site-style';
  style.textContent = STYLE;
  doc.head.append(style);
}

registerControl(({ doc, actions, current, show, mode, tabId }) => {
  const host = hostOf(current().url);
  if (tabId === undefined || !host || !/^https?:/.test(current().url)) return;
  addStyle(doc);
  const button = h(
    doc,
    'button',
    { type: 'button', 'data-action': 'fix-site', title: t('fixSiteTitle') },
    t('actionFixSite'),
  );
  const status = h(doc, 'span', { class: 'fix-status', 'data-role': 'fix-status', role: 'status' });
  const undo = h(doc, 'button', { type: 'button', 'data-action': 'fix-undo' }, t('fixUndo'));
  const words = h(doc, 'span', {});
  // What the fix took out, each block with its audit label, so nothing it removes goes unseen.
  const removedList = h(doc, 'ol', { class: 'audit-list' });
  const removed = h(doc, 'details', { 'data-role': 'site-fix-removed' }, h(doc, 'summary', {}), removedList);
  const note = h(
    doc,
    'div',
    { class: 'site-fix', 'data-role': 'site-fix', role: 'status', hidden: true },
    words,
    undo,
    removed,
  );
  actions.append(button, status);
  actions.before(note);

  const describe = (article: Article) => {
    const report = article.siteRule;
    note.hidden = !report;
    if (!report) return;
    const applied = report.article === 'applied' || report.removed > 0;
    note.dataset.state = applied ? 'applied' : 'missed';
    words.textContent = t(applied ? 'fixApplied' : 'fixMissed', host);
    const blocks = article.removed.filter((r) => r.reason === SITE_REMOVE);
    removed.hidden = blocks.length === 0;
    removed.querySelector('summary')!.textContent = t('fixRemoved', blocks.length);
    removedList.replaceChildren(...blocks.map((r) => auditItem(doc, r)));
  };
  describe(current());

  button.addEventListener('click', () => {
    status.textContent = '';
    void request('fix-site', { tabId }).then((result) => {
      if (!result.ok) status.textContent = result.error.message;
      // The popup would close as the reader clicks into the page anyway; closing it now hands the page the keys.
      else if (mode === 'popup') doc.defaultView?.close();
      else status.textContent = t('fixPicking');
    });
  });

  undo.addEventListener('click', () => {
    undo.disabled = true;
    void (async () => {
      const { siteRules } = await loadSettings();
      await updateSettings({ siteRules: withoutSite(siteRules, host) });
      const result = await request('extract-tab', { tabId });
      if (result.ok) {
        show(result.value);
        describe(result.value);
        await keepArticle(tabId, result.value);
      } else status.textContent = result.error.message;
    })().finally(() => {
      undo.disabled = false;
    });
  });
});
