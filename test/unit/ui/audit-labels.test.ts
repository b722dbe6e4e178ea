/** The audit list's labels: every removal reason documented in src/core/audit.ts has one in every UI language. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditLabel } from '../../../src/ui/audit-labels.js';

const src = new URL('../../../src/', import.meta.url);
const catalogue = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(new URL(`_locales/${locale}/messages.json`, src), 'utf8'));
const en = catalogue('en');

// The vocabulary as src/core/audit.ts documents it, read from its header comment so a new reason there fails here.
const doc = readFileSync(new URL('core/audit.ts', src), 'utf8')
  .match(/\/\*\*([\s\S]*?)\*\//)![1]!
  .replace(/^\s*\* ?/gm, '');
const methods = doc
  .match(/<method> is one of:([^.]*)\./)![1]!
  .replace(/\([^)]*\)/g, '')
  .split(',')
  .map((m) => m.trim());
const reasons = [...new Set(doc.match(/(?<![\w:-])(?:tagsoup|spam:(?!hidden-)[a-z-]+|site:[a-z-]+)(?![\w:-])/g))];

describe('audit labels', () => {
  it('reads the documented vocabulary', () => {
    expect(methods).toEqual([
      'display',
      'visibility',
      'opacity',
      'attribute',
      'offscreen',
      'indent',
      'clip',
      'zero-size',
      'fontsize',
      'colour',
      'marquee',
    ]);
    expect(reasons.sort()).toEqual([
      'site:remove',
      'spam:cloaking',
      'spam:description',
      'spam:docwrite',
      'spam:gloss',
      'spam:keywords',
      'spam:keywords-line',
      'spam:linkfarm',
      'spam:overlay',
      'spam:title',
      'tagsoup',
    ]);
  });

  it.each([...reasons, ...methods.map((m) => `spam:hidden-${m}`)])(
    '%s has its own label in the English catalogue',
    (reason) => {
      const { key, substitutions } = auditLabel(reason);
      expect(key).not.toBe('auditReasonOther');
      expect(substitutions).toEqual([]);
      expect(en).toHaveProperty(key);
      expect(en[key]!.message).not.toMatch(/spam:|tagsoup|\$/);
    },
  );

  it('gives every hidden method its own label, all saying hidden spam', () => {
    const keys = methods.map((m) => auditLabel(`spam:hidden-${m}`).key);
    expect(new Set(keys).size).toBe(methods.length);
    for (const key of keys) expect(en[key]!.message).toMatch(/^Hidden spam — \S/);
    expect(en[auditLabel('spam:hidden-offscreen').key]!.message).toBe('Hidden spam — parked off-screen');
    expect(en[auditLabel('spam:hidden-colour').key]!.message).toBe('Hidden spam — same colour as the background');
    expect(catalogue('zh_CN')[auditLabel('spam:hidden-offscreen').key]!.message).toBe('隐藏垃圾内容：移出屏幕外');
    expect(catalogue('zh_TW')[auditLabel('spam:linkfarm').key]!.message).toBe('連結農場');
  });

  it.each(['spam:future-trick', 'spam:hidden-new-method', 'hidden:display', 'constructor', 'spam:hidden-toString'])(
    'falls back to the raw code for %s',
    (reason) => {
      const label = auditLabel(reason);
      expect(label).toEqual({ key: 'auditReasonOther', substitutions: [reason] });
      expect(en[label.key]!.message).toBe('$CODE$');
    },
  );
});
