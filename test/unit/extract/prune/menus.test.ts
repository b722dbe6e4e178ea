import { describe, expect, it } from 'vitest';
import { pruneMenus } from '../../../../src/core/extract/prune/menus.js';
import { runRule } from './prune-helper.js';

describe('prune: menus', () => {
  it('takes a nav element and a list of one-word links', () => {
    const r = runRule(
      pruneMenus,
      '<nav><a>Home</a> <a>News</a></nav><ul><li><a>Sign In</a></li><li><a>Home</a></li><li><a>News</a></li><li><a>Sports</a></li></ul>',
    );
    expect(r.text).not.toMatch(/Sign In|Sports/);
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:menu', 'prune:menu']);
  });

  it('keeps a list of short items that are not links, and a list of long linked items', () => {
    const r = runRule(
      pruneMenus,
      '<ul><li>Flour</li><li>Sugar</li><li>Eggs</li><li>Butter</li></ul>' +
        '<ul><li><a>The council approved the bridge after a long debate</a></li><li><a>Residents asked for a new library in the old school</a></li>' +
        '<li><a>The mayor promised lower taxes for small shops</a></li><li><a>A new bus line will connect the two halves of town</a></li></ul>',
    );
    expect(r.removed).toEqual([]);
  });

  it('takes breadcrumb lines, labelled or opening on the home page, in several languages', () => {
    const r = runRule(
      pruneMenus,
      '<p>You are here: <a>Home</a> / <a>Education</a> / The Failure Of Public Schooling In One Chart</p>' +
        '<div>Sie sind hier: <a>Startseite</a> &gt; <a>Politik</a> &gt; Haushalt</div>' +
        '<p><a>Accueil</a> › <a>Politique</a> › Le budget voté</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:breadcrumb', 'prune:breadcrumb', 'prune:breadcrumb']);
    expect(r.text).not.toMatch(/Startseite|Accueil|You are here/);
  });

  it('takes a Japanese breadcrumb with full-width separators and long section names', () => {
    // JNSA's event page: "HOME　＞　イベント・セミナー情報　＞　Network Security Forum　＞ NSF 2019 in Kansai".
    const r = runRule(
      pruneMenus,
      '<p><a>HOME</a>\u3000＞\u3000<a>イベント・セミナー情報</a>\u3000＞\u3000<a>Network Security Forum</a>\u3000＞ NSF 2019 in Kansai</p>',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['prune:breadcrumb']);
  });

  it('keeps a sentence about a home page and a path written in the text', () => {
    const r = runRule(
      pruneMenus,
      '<p>Home / office hybrids are now the norm, the survey found.</p>' +
        '<p>The file lives in Home / Documents / Taxes, where the script looks for it every night before the backup runs.</p>',
    );
    expect(r.removed).toEqual([]);
  });
});
