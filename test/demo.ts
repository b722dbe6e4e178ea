/**
 * `npm start`: shows Winnow working on the bundled demo page (the seed page: a mirrored news article carrying
 * a porn-keyword <title>, tag soup and hidden links).
 *
 * - With a display: opens Chromium (or Firefox with `npm start -- --firefox`) with the extension loaded on the
 *   demo page and clicks Winnow's toolbar button; close the browser to finish.
 * - Without one (or with `--headless`): runs the same click headless, prints the clean article and writes the
 *   popup screenshot used by the README (test/screenshots/popup-seed.png).
 */
import { readFileSync } from 'node:fs';
import { launch, serve, type BrowserKind } from './e2e/harness.js';
import { spamRemovals } from '../src/core/audit.js';

const args = process.argv.slice(2);
const kind: BrowserKind = args.includes('--firefox') ? 'firefox' : 'chrome';
const headless = args.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const SCREENSHOT = new URL('./screenshots/popup-seed.png', import.meta.url).pathname;

const server = await serve({
  '/demo.html': readFileSync(new URL('./fixtures/pages/seed-page.html', import.meta.url), 'utf8'),
});
const url = server.url('/demo.html');
const browser = await launch(kind, { headless });

if (!headless) {
  console.log(
    `Winnow is open in ${kind === 'chrome' ? 'Chromium' : 'Firefox'} on ${url}. Close the browser to finish.`,
  );
  await browser.clickOn(url, { keepOpen: true });
  await new Promise<void>((done) => browser.browser.once('disconnected', () => done()));
} else {
  const shown = await browser.clickOn(url, kind === 'chrome' ? { screenshot: SCREENSHOT } : {});
  await browser.close();
  const article = shown.article;
  if (!article) {
    console.error(`Winnow showed no article: ${shown.status ?? 'no answer'}`);
    process.exitCode = 1;
  } else {
    console.log(`The page's <title> is spam; Winnow shows the real article (headless ${kind}):\n`);
    console.log(`# ${article.title}`);
    console.log([article.byline, article.siteName, article.publishedTime].filter(Boolean).join(' · '));
    console.log(`\n${article.textContent}\n`);
    const spam = spamRemovals(article.removed);
    console.log(`${spam.length} hidden spam blocks removed:`);
    for (const r of spam) console.log(`  [${r.reason}] ${r.text.slice(0, 70)}`);
    if (kind === 'chrome') console.log(`\nPopup screenshot: ${SCREENSHOT.slice(process.cwd().length + 1)}`);
  }
}
await server.close();
