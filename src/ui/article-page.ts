/**
 * The article page shared by the popup and the full-tab reader: header (title, byline · site · date · reading
 * time), the spam audit, the action bar, the settings panel, the read-aloud bar and the article itself.
 * The frame paints at once with a progress line; the article arrives when `load` resolves.
 *
 *   startArticlePage(doc, {mode, load}) ─► settings applied ─► frame painted ─► load() ─► render | explain
 */
import type { Article } from '../core/types.js';
import { readingTime } from '../core/reading-time.js';
import { spamRemovals } from '../core/audit.js';
import { fail, type Result } from '../messages/protocol.js';
import { localizePage, t, type MessageKey } from '../i18n/index.js';
import { formatNumber } from '../i18n/format.js';
import { loadSettings, onSettingsChanged, updateSettings } from '../settings/store.js';
import type { Settings } from '../settings/schema.js';
import { applySettings } from './apply-settings.js';
import { settingsPanel } from './settings-panel.js';
import { COPY_CODE, copyCode } from './code-copy.js';
import { ReadAloud } from './read-aloud/controller.js';
import { byRole, h } from './dom.js';
import { auditLabel } from './audit-labels.js';
import { markStage } from './stage-marks.js';

export type PageMode = 'popup' | 'reader';

export interface PageOptions {
  mode: PageMode;
  load: () => Promise<Result<Article>>;
  /** Popup: open the full-tab reader for this article (optionally printing it). */
  openReader?: (options: { print?: boolean; article: Article }) => void;
  /** Called once the article is on screen (reader: restore position; popup: keep it for the reader). */
  onShown?: (article: Article) => void | Promise<void>;
  /** The tab the article was cleaned from, once loaded (undefined for a saved article: no page to go back to). */
  tabId?: () => number | undefined;
}

/** Extra controls other features mount into the action bar (save menu, script conversion). */
export interface ArticleControls {
  doc: Document;
  actions: HTMLElement;
  /** The article as currently shown (after any conversion). */
  current: () => Article;
  /** Replaces the shown article, e.g. with its converted form. */
  show: (article: Article) => void;
  mode: PageMode;
  /** The tab the article came from, if it came from one (see PageOptions.tabId). */
  tabId: number | undefined;
}

type Mount = (controls: ArticleControls) => void;
const mounts: Mount[] = [];
/** Registers a control to mount in every article page (called at module load by feature modules). */
export const registerControl = (mount: Mount): void => void mounts.push(mount);

function frame(doc: Document, mode: PageMode, settings: Settings, change: (c: Partial<Settings>) => void): HTMLElement {
  const button = (action: string, label: MessageKey, extra: Record<string, string> = {}) =>
    h(doc, 'button', { type: 'button', 'data-action': action, ...extra }, t(label));
  const actions = h(
    doc,
    'nav',
    { class: 'actions', 'data-role': 'actions', hidden: true, 'aria-label': t('actionsLabel') },
    ...(mode === 'popup' ? [button('open-reader', 'actionOpenReader')] : []),
    button('copy', 'actionCopy'),
    button('print', 'actionPrint'),
    ...(ReadAloud.supported(doc.defaultView!) ? [button('listen', 'actionListen', { 'aria-pressed': 'false' })] : []),
    button('settings', 'actionSettings', { 'aria-expanded': 'false', title: t('settingsTitle') }),
  );
  const player = h(
    doc,
    'div',
    { class: 'player', 'data-role': 'player', hidden: true, role: 'group', 'aria-label': t('listenLabel') },
    button('listen-toggle', 'listenPause'),
    button('listen-stop', 'listenStop'),
    h(
      doc,
      'label',
      {},
      t('listenSpeed'),
      h(doc, 'input', {
        type: 'range',
        min: '0.5',
        max: '2.5',
        step: '0.1',
        value: String(settings.speechRate),
        'data-role': 'speed',
      }),
    ),
  );
  return h(
    doc,
    'main',
    { class: `sheet ${mode}`, 'aria-busy': 'true' },
    h(
      doc,
      'p',
      { class: 'status', 'data-role': 'status', role: 'status' },
      t(mode === 'popup' ? 'statusCleaning' : 'statusLoading'),
    ),
    h(
      doc,
      'header',
      { class: 'article-header' },
      h(doc, 'h1', { class: 'article-title', 'data-role': 'title' }),
      h(doc, 'p', { class: 'article-meta', 'data-role': 'meta', hidden: true }),
      h(doc, 'p', { class: 'article-source', 'data-role': 'source', hidden: true }),
      h(doc, 'p', { class: 'article-notice', 'data-role': 'notice', role: 'note', hidden: true }),
      h(doc, 'button', {
        type: 'button',
        class: 'article-audit',
        'data-role': 'audit',
        'data-action': 'audit',
        hidden: true,
        'aria-expanded': 'false',
      }),
      h(doc, 'ol', { class: 'audit-list', 'data-role': 'audit-list', hidden: true }),
      actions,
      settingsPanel(doc, settings, change, mode === 'reader'),
      player,
    ),
    h(doc, 'article', { class: 'article-body', 'data-role': 'article' }),
  );
}

function toggle(button: HTMLElement, panel: HTMLElement, open = panel.hidden): void {
  panel.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
}

export async function startArticlePage(doc: Document, options: PageOptions): Promise<void> {
  localizePage(doc);
  let settings = await loadSettings();
  applySettings(doc, settings);
  const change = (c: Partial<Settings>) => {
    settings = { ...settings, ...c };
    applySettings(doc, settings);
    void updateSettings(c);
  };
  onSettingsChanged((next) => {
    settings = next;
    applySettings(doc, next);
  });
  const main = frame(doc, options.mode, settings, change);
  doc.body.replaceChildren(main);
  // Marks read by the click-to-article benchmark (bench/click.bench.ts); they cost nothing otherwise.
  markStage('frame');
  // The sanitiser (DOMPurify) is needed for the article, not for the frame: it loads while the tab is cleaned.
  const rendering = import('./render-article.js');

  const result = await options.load().catch((error: unknown) => fail('failed', t('errorFailed', String(error))));
  const { renderArticle } = await rendering;
  main.setAttribute('aria-busy', 'false');
  const status = byRole(main, 'status');
  if (!result.ok) {
    status.textContent = result.error.message;
    status.dataset.kind = 'error';
    doc.body.dataset.error = result.error.code;
    return;
  }
  status.hidden = true;

  let current = result.value;
  const body = byRole(main, 'article');
  // The latest article's rendering, done when all of it is in place (a very long one fills in slices).
  let filling = Promise.resolve();
  const show = (article: Article) => {
    current = article;
    filling = renderArticle(
      {
        title: byRole(main, 'title'),
        meta: byRole(main, 'meta'),
        audit: byRole(main, 'audit'),
        notice: byRole(main, 'notice'),
        body,
      },
      article,
    );
    const meta = byRole(main, 'meta');
    const minutes = readingTime(article.textContent).minutes;
    const lang = doc.documentElement.lang;
    // A multi-page article says so (issue 16): the reader knows the text past page 1 came from the site's other pages.
    const pages = article.pages && article.pages > 1 ? t('pagesJoined', formatNumber(article.pages, lang)) : '';
    meta.textContent = [meta.textContent, t('readingTime', formatNumber(minutes, lang)), pages]
      .filter(Boolean)
      .join(' · ');
    meta.hidden = false;
    doc.title = article.title || doc.title;
  };
  show(current);
  markStage('article');
  // The save menu and script conversion bring the export code (Markdown, EPUB, zip): they load once the article has
  // painted (the frame that shows it: a callback before that frame's paint, and a task queued from it runs after).
  // Not while the article is on its way: the extractor document shares the popup's process, and its main thread
  // (src/extractor/), so compiling them then held the article up (issue 15).
  const controls = new Promise<typeof import('./controls.js')>((loaded) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        markStage('painted');
        loaded(import('./controls.js'));
      }),
    ),
  );
  fillAudit(doc, main, current);
  const actions = byRole(main, 'actions');
  actions.hidden = false;
  wireActions(
    doc,
    main,
    options,
    () => current,
    () => settings,
  );
  await controls;
  const tabId = options.tabId?.();
  for (const mount of mounts) mount({ doc, actions, current: () => current, show, mode: options.mode, tabId });
  // The reading position and printing need the whole article in place, whichever was shown last.
  for (let waited: Promise<void> | null = null; waited !== filling;) await (waited = filling);
  markStage('filled');
  await options.onShown?.(current);
}

/** Each removed block as a label in the reader's language over its (already capped) text; the raw code is the title. */
function fillAudit(doc: Document, main: HTMLElement, article: Article): void {
  const list = byRole(main, 'audit-list');
  list.replaceChildren(...spamRemovals(article.removed).map((r) => auditItem(doc, r)));
}

/** One removed block as the reader sees it: its label in the reader's language, its text; the raw code as title. */
export function auditItem(doc: Document, removal: Article['removed'][number]): HTMLElement {
  const { key, substitutions } = auditLabel(removal.reason);
  return h(
    doc,
    'li',
    { title: removal.reason },
    h(doc, 'strong', { class: 'audit-label' }, t(key, ...substitutions)),
    ' ',
    h(doc, 'span', { class: 'audit-text' }, removal.text),
  );
}

function wireActions(
  doc: Document,
  main: HTMLElement,
  options: PageOptions,
  current: () => Article,
  settings: () => Settings,
): void {
  const win = doc.defaultView!;
  const say = (key: MessageKey) => {
    const status = byRole(main, 'status');
    status.textContent = t(key);
    status.dataset.kind = 'note';
    status.hidden = false;
    setTimeout(() => {
      status.hidden = true;
    }, 2500);
  };
  const reader = new ReadAloud(
    byRole(main, 'article'),
    () => current().lang,
    () => settings().speechRate,
    (state) => {
      const player = byRole(main, 'player');
      player.hidden = state === 'stopped';
      main.querySelector('[data-action="listen"]')?.setAttribute('aria-pressed', String(state !== 'stopped'));
      const toggleButton = player.querySelector('[data-action="listen-toggle"]')!;
      toggleButton.textContent = t(state === 'paused' ? 'listenResume' : 'listenPause');
    },
  );
  byRole<HTMLInputElement>(main, 'speed').addEventListener('change', (event) => {
    void updateSettings({ speechRate: Number((event.target as HTMLInputElement).value) });
  });

  main.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    switch (button?.dataset.action) {
      case 'open-reader':
        options.openReader?.({ article: current() });
        break;
      case 'print':
        if (options.mode === 'popup') options.openReader?.({ print: true, article: current() });
        else win.print();
        break;
      case 'copy':
        import('./copy-article.js')
          .then(({ copyArticle }) => copyArticle(win, current()))
          .then(
            () => say('copied'),
            () => say('copyFailed'),
          );
        break;
      case COPY_CODE:
        void copyCode(win, button);
        break;
      case 'settings':
        toggle(button, byRole(main, 'settings'));
        break;
      case 'audit':
        toggle(button, byRole(main, 'audit-list'));
        break;
      case 'listen':
        if (reader.current === 'stopped') reader.play();
        else reader.stop();
        break;
      case 'listen-toggle':
        if (reader.current === 'playing') reader.pause();
        else reader.play();
        break;
      case 'listen-stop':
        reader.stop();
        break;
      default:
        break;
    }
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const role of ['settings', 'audit-list']) byRole(main, role).hidden = true;
  });
  win.addEventListener('pagehide', () => reader.stop());
}
