/**
 * The reader's words for each spam removal in the audit list: a `Removal.reason` code (vocabulary in
 * src/core/audit.ts) → the message key of a short label and its substitutions. Pure, so it is testable
 * without a browser; the article page looks the key up with `t()` and keeps the code as the item's title.
 *
 *   'spam:hidden-offscreen' → { key: 'auditReasonHiddenOffscreen', substitutions: [] }   "Hidden spam — parked off-screen"
 *   'spam:something-new'    → { key: 'auditReasonOther', substitutions: ['spam:something-new'] }   the code itself
 */
import type { MessageKey } from '../i18n/index.js';

export interface AuditLabel {
  key: MessageKey;
  substitutions: string[];
}

/** `spam:hidden-<method>`: how the block was hidden from the reader. */
const HIDDEN_METHODS: Readonly<Record<string, MessageKey>> = {
  display: 'auditReasonHiddenDisplay',
  visibility: 'auditReasonHiddenVisibility',
  opacity: 'auditReasonHiddenOpacity',
  attribute: 'auditReasonHiddenAttribute',
  offscreen: 'auditReasonHiddenOffscreen',
  indent: 'auditReasonHiddenIndent',
  clip: 'auditReasonHiddenClip',
  'zero-size': 'auditReasonHiddenZeroSize',
  fontsize: 'auditReasonHiddenFontsize',
  colour: 'auditReasonHiddenColour',
  marquee: 'auditReasonHiddenMarquee',
};

const REASONS: Readonly<Record<string, MessageKey>> = {
  tagsoup: 'auditReasonTagsoup',
  'spam:linkfarm': 'auditReasonLinkfarm',
  'spam:keywords-line': 'auditReasonKeywordsLine',
  'spam:gloss': 'auditReasonGloss',
  'spam:docwrite': 'auditReasonDocwrite',
  'spam:cloaking': 'auditReasonCloaking',
  'spam:overlay': 'auditReasonOverlay',
  'spam:title': 'auditReasonTitle',
  'spam:description': 'auditReasonDescription',
  'spam:keywords': 'auditReasonKeywords',
  'site:remove': 'auditReasonSiteRule',
};

const HIDDEN_PREFIX = 'spam:hidden-';

/** The label for `reason`; a reason this build does not know is shown as its raw code. */
export function auditLabel(reason: string): AuditLabel {
  const method = reason.startsWith(HIDDEN_PREFIX) ? reason.slice(HIDDEN_PREFIX.length) : undefined;
  const key = method !== undefined ? own(HIDDEN_METHODS, method) : own(REASONS, reason);
  return key ? { key, substitutions: [] } : { key: 'auditReasonOther', substitutions: [reason] };
}

const own = (table: Readonly<Record<string, MessageKey>>, name: string): MessageKey | undefined =>
  Object.hasOwn(table, name) ? table[name] : undefined;
