/**
 * Bylines as Readability reads them from an author element whose parts ran together: generated (fast-check, seeded)
 * from names, the byline's word, dates and times in the forms news sites print, handles, addresses and the author
 * box's links, glued with or without a space. The reader gets the name with its word, nothing else; a byline with no
 * such parts is left as the page wrote it; a text that names no one is no byline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidyByline } from '../../../src/core/extract/byline-tidy.js';
import { clean } from '../../../src/core/clean.js';
import { parse } from '../../helpers/dom.js';

const SEED = 47;
/** Names that hold what the cuts look for: "on" (Reardon), "Mar" (Marcus), "Jan", capitals inside, initials, roles. */
const NAMES = [
  'Marguerite Reardon',
  'Marcus De Guzman',
  'Jan Kowalski',
  'Drew DeSilver',
  'Sandee LaMotte',
  'T.C. Sottek',
  'Ilana Muhlstein, MS, RDN',
  'Jörg Wirtgen & Jan-Keno Janssen',
  'Kevin Johnson and Kevin McCoy',
  'Raphaël Balenieri, correspondant à Pékin',
  'Stephen Collinson, CNN',
  '谢若含',
];
const BY_WORDS = ['', 'By ', 'by ', 'By: ', 'Von ', 'Par '];
const DATES = [
  'November 29, 2016',
  'Nov 29, 2016, 10:00am EST',
  'Tuesday, Aug. 17, 2010',
  'Dec 1st 2016 1:01PM',
  '22 Dec 2016 at 14:27 ET',
  '2016-12-13 22:33:06 UTC',
  '12.09.16',
  '18/03/2019',
  'am 25.04.2014',
  'on June 29, 2014 08:08 pm',
  '7 may 2026 22:03 GMT',
  '2023. 2. 5. 11:40',
  'Updated 9:55 AM ET, Tue November 29, 2016',
  '1 hr 4 mins ago',
];
const AFTER = [
  '',
  ' @janedoe',
  ' jane.doe@example.com',
  ' 24 comments',
  ' View author archive',
  ' Print E-mail',
  ' 5 minute Read',
];
const GLUE = ['', ' ', ' | ', ' - ', ' — ', ' · '];

describe('a byline that ran into its neighbours', () => {
  it('keeps the name and its word, whatever came after it and however it was glued', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BY_WORDS),
        fc.constantFrom(...NAMES),
        fc.constantFrom(...GLUE),
        fc.constantFrom(...DATES),
        fc.constantFrom(...AFTER),
        (by, name, glue, date, after) => {
          // Markup glues element to element: a date opening with a lowercase word ("am 25.04.2014") was written
          // with its space, in the same element.
          const sep = glue === '' && /^[a-z]/.test(date) ? ' ' : glue;
          expect(tidyByline(`${by}${name}${sep}${date}${after}`)).toBe(`${by}${name}`);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('keeps the name when what ran into it holds no digit (a handle, an address, the box’s links)', () => {
    const undated = [
      ' @janedoe',
      ' jane.doe@example.com',
      ' View author archive',
      ' Get Author RSS Feed',
      ' Follow Author',
      ' Print E-mail',
      ' Leave a comment',
      ' View Comments',
      ' More stories by Jane',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...BY_WORDS),
        fc.constantFrom(...NAMES),
        fc.constantFrom(...GLUE),
        fc.constantFrom(...undated),
        (by, name, glue, after) => {
          expect(tidyByline(`${by}${name}${glue}${after}`)).toBe(`${by}${name}`);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('keeps the name after a date that came first', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('By ', 'by '),
        fc.constantFrom(...NAMES),
        fc.constantFrom(...DATES),
        fc.constantFrom(' ', ' @ ', ' | '),
        (by, name, date, glue) => {
          expect(tidyByline(`${date}${glue}${by}${name}`)).toBe(`${by}${name}`);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('leaves a byline with nothing run into it as it is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BY_WORDS), fc.constantFrom(...NAMES), (by, name) => {
        expect(tidyByline(`${by}${name}`)).toBe(`${by}${name}`);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('keeps a forum poster’s name without the badge and level beside it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('福州小王', '鼓楼老李', '晋安区居民', '台北阿明'),
        fc.constantFrom('吧主', '小吧主', '版主', '楼主', '樓主', '管理员'),
        fc.integer({ min: 1, max: 18 }),
        fc.constantFrom('', ' '),
        (name, badge, level, glue) => {
          expect(tidyByline(`${name}${glue}${badge}${level}`)).toBe(name);
          expect(tidyByline(`${name}${glue}${badge}`)).toBe(name);
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
    // A name that ends in the same characters, alone, is a name: "版主" is no one's whole name.
    expect(tidyByline('版主')).toBe('版主');
  });

  it('is no byline when it names no one', () => {
    for (const text of [
      'Dec 1st 2016 1:01PM',
      'Last Updated: January 7, 2025',
      'View Comments',
      'Follow Author',
      'facebook twitter instagram pinterest youtube',
      'Photograph by Tyrone Turner, National Geographic Creative',
      'Dale Beanblossom says:',
    ])
      expect(tidyByline(text), text).toBeNull();
  });

  it('reaches the reader: the article’s byline is the name', () => {
    const story = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the council met on Tuesday and agreed the plan for the harbour and the bridge.</p>`,
    ).join('');
    const doc = parse(
      `<html><head><title>Council approves the bridge</title></head><body><article><h1>Council approves the bridge</h1>
      <div class="byline">By <a href="/nicole">Nicole Gallucci</a><time>2016-12-13 22:33:06 UTC</time><a href="#c">24 comments</a></div>
      ${story}</article></body></html>`,
      'https://news.example/story',
    ).window.document;
    expect(clean(doc)!.byline).toBe('By Nicole Gallucci');
  });
});
