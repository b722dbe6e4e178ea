/**
 * A page Winnow alone reads wrongly — a short story beside a longer column of readers' replies — and the
 * settings file of a reader who fixed it for its site, for the command line's `--settings FILE` tests.
 */
import { DEFAULT_SETTINGS } from '../../src/settings/schema.js';
import { settingsFile } from '../../src/settings/file.js';

export const FIXED_HOST = 'news.example.com';

const FERRY = [
  'The harbour ferry returned to service on Monday after six weeks in dry dock, the port authority said.',
  'Engineers replaced both propeller shafts and a cracked section of the hull found during a routine check.',
  'Commuters, who had relied on a replacement bus, welcomed the return of the ten-minute crossing.',
];
const REPLY = (i: number) =>
  `Reply ${i} about the ferry: I have used it for years, and honestly, the service has never been as unreliable as this spring, with delays, cancellations, and no word from anyone about when things would improve.`;
export const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour ferry returns after repairs | Coast Courier</title></head>
<body><div class="wrap">
 <div class="col-a"><div class="story text-widget"><h1>Harbour ferry returns after repairs</h1>${FERRY.map((p) => `<p>${p}</p>`).join('')}</div></div>
 <div class="col-b"><h2>What readers say</h2><div class="reader-replies">
  ${[1, 2, 3, 4, 5].map((i) => `<div class="reply"><p>${REPLY(i)}</p></div>`).join('\n  ')}
 </div></div>
</div></body></html>`;

/** The exported settings with one fix: on FIXED_HOST, the story is the article. */
export const SETTINGS = settingsFile({
  ...DEFAULT_SETTINGS,
  siteRules: [{ host: FIXED_HOST, article: '.story', remove: [] }],
});
