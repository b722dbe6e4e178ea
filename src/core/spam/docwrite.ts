/**
 * Script-written hidden spam on the static path (pattern 12): `document.write('<div style="display:none">' +
 * links + '</div>')`. Where scripts run (the live page) the written block is in the DOM and visibility names
 * it; on the CLI path it never exists, so the script itself is the evidence. Its string literals are read as
 * the HTML it would write, parsed inert (a `<template>`: nothing loads or runs), and judged like any hidden
 * block (hidden-spam.ts). A match is recorded as `spam:docwrite` with the text of the links it would write,
 * and the script leaves the clone.
 *
 * Look-alikes that stay: analytics and ad loaders writing `<script src>` or an empty counter `<span>`
 * (hm.baidu.com, cnzz) — nothing hidden, or hidden without a spam signal.
 *
 * `document.write(atob('…'))`, `eval(String.fromCharCode(…))`, packed scripts and the like are read through
 * script-decode.ts: each decoded reading is judged as plain text is.
 */
import type { Removal } from '../types.js';
import { capText, collapsedText, elementsByTag } from '../dom.js';
import { parseDeclarations } from '../visibility/css-parse.js';
import { isZeroFontSize, ownHidingReason } from '../visibility/hiding.js';
import { inlineScripts, stringLiterals } from './script-text.js';
import { scriptReadings } from './script-decode.js';
import { hiddenSpamSignal } from './hidden-spam.js';
import { pageDomain } from './hosts.js';

/** The script writes markup. */
const WRITES = /\.\s*(?:write(?:ln)?|insertAdjacentHTML)\s*\(|\.\s*(?:inner|outer)HTML\s*\+?=/;
/** Cheap test on the written text before anything is parsed: some inline hiding is declared in it. */
const HIDING_HINT =
  /display\s*:\s*none|visibility\s*:\s*hidden|:\s*-\s*\d{3,}|font-size\s*:\s*0|height\s*:\s*[01]px|opacity\s*:\s*0|\shidden[\s>=]/i;
/** Literals that hide what they write from a plain reading: escapes, percent-encoding, char codes. */
const ENCODED = /\\[xu]|%3C|%22|%3A|unescape|fromCharCode|atob/i;
/** Written markup beyond this is not a spam snippet; the cap bounds the parse. */
const MAX_WRITTEN = 100_000;

/** How an element of the written markup hides itself, from its own inline style (or `hidden`), or null. */
function hidingOf(el: Element): string | null {
  if (el.hasAttribute('hidden')) return 'attribute';
  const attr = el.getAttribute('style');
  if (!attr) return null;
  const decls = parseDeclarations(attr);
  const get = (property: string) => decls.get(property)?.value ?? '';
  return ownHidingReason(el, get) ?? (isZeroFontSize(get('font-size')) ? 'fontsize' : null);
}

/** The hidden spam a piece of written HTML carries: the text of its links (or of the block), or null. */
export function writtenSpam(html: string, clone: Document, page: string): string | null {
  if (!HIDING_HINT.test(html)) return null;
  const template = clone.createElement('template');
  // A template in the inert clone: its content never runs or loads; it is only read for text and hiding.
  // eslint-disable-next-line no-restricted-syntax -- parsing into the inert clone, not a sink
  template.innerHTML = html.slice(0, MAX_WRITTEN);
  const holder = template.content.ownerDocument.createElement('div');
  holder.append(template.content);
  let firstMethod: string | null = null;
  for (const el of Array.from(holder.querySelectorAll('[style], [hidden]'))) {
    const method = hidingOf(el);
    if (!method) continue;
    firstMethod ??= method;
    if (hiddenSpamSignal(el, method, page)) return linkText(el);
  }
  // Links assembled in a variable land beside the hidden wrapper in a literal-order reading: judge the whole.
  return firstMethod && hiddenSpamSignal(holder, firstMethod, page) ? linkText(holder) : null;
}

function linkText(el: Element): string {
  const anchors = elementsByTag(el, 'a')
    .map((a) => collapsedText(a))
    .filter(Boolean);
  return anchors.length > 0 ? anchors.join(' ') : collapsedText(el);
}

export function writtenHiddenSpam(clone: Document): Removal[] {
  const removed: Removal[] = [];
  let page: string | null = null;
  for (const [script, text] of inlineScripts(clone)) {
    // The script's own text, and what it hides behind atob, fromCharCode, the packer… (script-decode.ts).
    for (const reading of scriptReadings(script, text)) {
      if (!WRITES.test(reading)) continue;
      // Decoding every literal of a library that sets innerHTML is the cost of this rule: the text must
      // declare some hiding, or hold encoded literals that might.
      if (!HIDING_HINT.test(reading) && !ENCODED.test(reading)) continue;
      page ??= pageDomain(clone);
      const spam = writtenSpam(stringLiterals(reading).join(''), clone, page);
      if (spam === null) continue;
      script.remove();
      removed.push({ reason: 'spam:docwrite', text: capText(spam) });
      break;
    }
  }
  return removed;
}
