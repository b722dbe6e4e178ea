/**
 * A copy button on every code block of the shown article (popup and reader). The button sits beside the
 * `<pre>`, not in it, so neither read-aloud (which reads `pre` blocks) nor "copy article" picks up its label,
 * and it copies the code's own text: the lines and indentation code-blocks.ts kept, nothing else.
 */
import { t } from '../i18n/index.js';
import { h } from './dom.js';

export const COPY_CODE = 'copy-code';
/** How long the button says "Copied" before it offers to copy again. */
const CONFIRM_MS = 2000;

/** Wraps each `<pre>` of `body` with a copy button; called after every render of the article. */
export function addCodeCopyButtons(body: HTMLElement): void {
  const doc = body.ownerDocument;
  for (const pre of Array.from(body.querySelectorAll('pre'))) {
    if (!pre.textContent?.trim()) continue;
    const button = h(
      doc,
      'button',
      { type: 'button', class: 'code-copy', 'data-action': COPY_CODE, 'aria-label': t('codeCopyLabel') },
      t('codeCopy'),
    );
    const block = h(doc, 'div', { class: 'code-block' });
    pre.replaceWith(block);
    block.append(pre, button);
  }
}

/** Copies the code beside `button` as plain text and says so on the button (and to screen readers). */
export async function copyCode(win: Window, button: HTMLElement): Promise<void> {
  const code = button.parentElement?.querySelector('pre')?.textContent ?? '';
  let ok = true;
  try {
    await win.navigator.clipboard.writeText(code);
  } catch {
    ok = false;
  }
  button.textContent = t(ok ? 'codeCopied' : 'copyFailed');
  button.setAttribute('aria-live', 'polite');
  win.setTimeout(() => {
    button.textContent = t('codeCopy');
  }, CONFIRM_MS);
}
