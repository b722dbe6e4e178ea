/**
 * The spam fixtures (test/fixtures/spam/*.html) describe themselves: a `winnow-expect` meta holds what the
 * pipeline must do, `data-keep` marks text that must survive, `data-spam` marks text that must go. The static
 * suite (fixtures.test.ts) and the real-browser suite (e2e/live-visibility.test.ts) both read them here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { Article } from '../../../src/core/types.js';
import { isSpamRemoval } from '../../../src/core/audit.js';

export const FIXTURE_DIR = new URL('../../fixtures/spam/', import.meta.url);

export interface Expectation {
  /** A removal with exactly this reason must be recorded (both paths). */
  reason?: string;
  /** As `reason`, on the live path only (the spam exists only where scripts run). */
  liveReason?: string;
  /** Each of these must be the text of some removal on the live path (every overlay's address, say). */
  liveRemoved?: string[];
  /** No removal may have this reason on the live path (the same spam must not be counted twice there). */
  liveAbsent?: string;
  /** No removal may be counted as spam. */
  noSpam?: boolean;
  /** The article title after repair. */
  title?: string;
  kept?: string[];
  gone?: string[];
}

export interface Fixture {
  name: string;
  html: string;
  expect: Expectation;
  keep: string[];
  spam: string[];
}

const squash = (s: string) => s.replace(/\s+/g, '');

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(new URL(file, FIXTURE_DIR), 'utf8');
      const doc = new JSDOM(html).window.document;
      const meta = doc.querySelector('meta[name="winnow-expect"]')?.getAttribute('content') ?? '{}';
      const texts = (sel: string) =>
        Array.from(doc.querySelectorAll(sel))
          .map((e) => e.textContent ?? '')
          .filter((t) => t.trim());
      return {
        name: file.replace(/\.html$/, ''),
        html,
        expect: JSON.parse(meta) as Expectation,
        keep: texts('[data-keep]'),
        spam: texts('[data-spam]'),
      };
    });
}

/** Asserts one cleaned article against its fixture's expectations. */
export function checkArticle(fixture: Fixture, article: Article | null, path: 'static' | 'live'): void {
  expect(article, `${fixture.name}: no article`).not.toBeNull();
  const a = article as Article;
  const text = squash(a.textContent);
  const e = fixture.expect;
  for (const keep of [...fixture.keep, ...(e.kept ?? [])])
    expect(text, `${fixture.name} lost: ${keep}`).toContain(squash(keep));
  for (const gone of [...fixture.spam, ...(e.gone ?? [])])
    expect(text, `${fixture.name} kept spam`).not.toContain(squash(gone).slice(0, 40));
  const reasons = a.removed.map((r) => r.reason);
  const wanted = path === 'live' ? (e.liveReason ?? e.reason) : e.reason;
  if (wanted) expect(reasons, fixture.name).toContain(wanted);
  if (path === 'live' && e.liveAbsent) expect(reasons, fixture.name).not.toContain(e.liveAbsent);
  if (path === 'live')
    for (const t of e.liveRemoved ?? [])
      expect(
        a.removed.map((r) => r.text),
        fixture.name,
      ).toContain(t);
  if (e.noSpam) expect(a.removed.filter(isSpamRemoval), `${fixture.name} flagged as spam`).toEqual([]);
  // The title holds the real headline (site-name suffixes are the extract stage's business).
  if (e.title) expect(a.title).toContain(e.title);
}
