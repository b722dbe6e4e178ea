/**
 * The block picker behind "Fix this page", injected into the tab only when the reader asks (the click in the
 * popup or reader granted activeTab; src/background/fix-site.ts injects it):
 *
 *   pointer over the page ─► the block under it outlined (↑ ↓ a wider or narrower block)
 *   click ─► "this is the article"   Shift+click ─► "remove this block"   Esc ─► nothing
 *        └─► selectorFor(block) (src/core/site-rules) ─► the background saves it and cleans the page again
 *
 * It never changes the page's content: the outline and the hint live in a closed shadow root on one element
 * outside <body>, which takes no pointer events, and that element and every listener go when the picker ends.
 * The page's own handlers never see the picking clicks and keys (captured first, stopped).
 */
import { selectorFor } from '../core/site-rules/selector.js';
import { pageRequest } from '../messages/client.js';
import { t } from '../i18n/index.js';
import type { Pick } from '../core/site-rules/edit.js';

const ACTIVE = '__winnowPicking';
const ARTICLE_COLOUR = '#1a73e8';
const REMOVE_COLOUR = '#d93025';

/** The nearest block-level element at or above `el` that is worth naming (never <html> or <body>). */
function blockOf(el: Element | null, win: Window): Element | null {
  let node = el;
  while (node && win.getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
  const root = node?.ownerDocument;
  return node && node !== root?.documentElement && node !== root?.body ? node : null;
}

function overlay(doc: Document): { host: HTMLElement; box: HTMLElement; hint: HTMLElement } {
  const host = doc.createElement('winnow-picker');
  host.style.cssText = 'all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.style.cssText = `position:fixed;box-sizing:border-box;pointer-events:none;display:none;border:3px solid ${ARTICLE_COLOUR};background:rgba(26,115,232,.12);`;
  const hint = doc.createElement('div');
  hint.style.cssText =
    'position:fixed;left:50%;bottom:16px;transform:translateX(-50%);max-width:90vw;padding:8px 14px;border-radius:8px;' +
    'background:#202124;color:#fff;font:14px/1.4 system-ui,sans-serif;pointer-events:none;box-shadow:0 2px 8px rgba(0,0,0,.3);';
  hint.textContent = t('fixPickerHint');
  shadow.append(box, hint);
  return { host, box, hint };
}

export function startPicker(doc: Document, win: Window, done: (pick: Pick | null) => void): void {
  const { host, box } = overlay(doc);
  doc.documentElement.append(host);
  let base: Element | null = null;
  let depth = 0;
  let removing = false;

  const target = (): Element | null => {
    let el = base;
    for (let i = 0; i < depth && el?.parentElement && el.parentElement !== doc.body; i++) el = el.parentElement;
    return el;
  };
  const draw = () => {
    const el = target();
    if (!el) {
      box.style.display = 'none';
      return;
    }
    const r = el.getBoundingClientRect();
    const colour = removing ? REMOVE_COLOUR : ARTICLE_COLOUR;
    Object.assign(box.style, {
      display: 'block',
      left: `${r.left}px`,
      top: `${r.top}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
      borderColor: colour,
      background: removing ? 'rgba(217,48,37,.12)' : 'rgba(26,115,232,.12)',
    });
  };

  const onMove = (event: MouseEvent) => {
    removing = event.shiftKey;
    const under = blockOf(doc.elementFromPoint(event.clientX, event.clientY), win);
    if (under !== base) {
      base = under;
      depth = 0;
    }
    draw();
  };
  // The page must not act on the picking click (follow a link, open a menu).
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onClick = (event: MouseEvent) => {
    swallow(event);
    const el = target();
    if (el) end({ kind: event.shiftKey ? 'remove' : 'article', selector: selectorFor(el) });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Shift') {
      removing = event.type === 'keydown';
      draw();
      return;
    }
    if (event.type !== 'keydown') return;
    if (event.key === 'Escape') end(null);
    else if (event.key === 'ArrowUp') depth++;
    else if (event.key === 'ArrowDown') depth = Math.max(0, depth - 1);
    else return;
    swallow(event);
    draw();
  };

  const listeners: Array<[string, EventListener]> = [
    ['mousemove', onMove as EventListener],
    ['click', onClick as EventListener],
    ['mousedown', swallow],
    ['mouseup', swallow],
    ['pointerdown', swallow],
    ['pointerup', swallow],
    ['auxclick', swallow],
    ['keydown', onKey as EventListener],
    ['keyup', onKey as EventListener],
    ['scroll', draw],
    ['resize', draw],
  ];
  for (const [type, listener] of listeners) win.addEventListener(type, listener, true);

  function end(pick: Pick | null): void {
    for (const [type, listener] of listeners) win.removeEventListener(type, listener, true);
    host.remove();
    done(pick);
  }
}

/** Starts the picker once per page (a second "Fix this page" while it is up changes nothing). */
export function run(): boolean {
  const holder = globalThis as Record<string, unknown>;
  if (holder[ACTIVE]) return false;
  holder[ACTIVE] = true;
  startPicker(document, window, (pick) => {
    delete holder[ACTIVE];
    void (pick ? pageRequest('site-picked', pick) : pageRequest('site-pick-cancelled', {}));
  });
  return true;
}
