/**
 * Remembers how far the reader got in an article (as a fraction of the page, so a different window size or
 * font still lands near the same paragraph) and returns there next time. Kept in storage.local, newest 300.
 */
import browser from 'webextension-polyfill';

const KEY = 'readingPositions';
const KEEP = 300;
type Positions = Record<string, { at: number; fraction: number }>;

async function positions(): Promise<Positions> {
  return ((await browser.storage.local.get(KEY))[KEY] as Positions | undefined) ?? {};
}

/** How long a restored position follows the page as it settles. */
const SETTLE_MS = 3000;
/** What the reader does to scroll: from then on the position is theirs. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Returns to the saved position. The page may still grow after the article shows — its images load, the toolbar's
 * controls mount after the first paint — and a position taken once would then sit above where the reader stopped:
 * until the reader scrolls, or for a few seconds, the position follows the page's height.
 */
export async function restorePosition(win: Window, articleKey: string): Promise<void> {
  const saved = (await positions())[articleKey];
  if (!saved) return;
  const doc = win.document.documentElement;
  const place = () => win.scrollTo({ top: saved.fraction * (doc.scrollHeight - win.innerHeight) });
  place();
  const follow = new (win as Window & typeof globalThis).ResizeObserver(place);
  const stop = () => {
    follow.disconnect();
    for (const type of READER_INPUT) win.removeEventListener(type, stop);
  };
  follow.observe(win.document.body);
  for (const type of READER_INPUT) win.addEventListener(type, stop, { passive: true });
  win.setTimeout(stop, SETTLE_MS);
}

/** Saves the position while the reader scrolls (debounced) and when the page is hidden. */
export function trackPosition(win: Window, articleKey: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = async () => {
    const doc = win.document.documentElement;
    const range = doc.scrollHeight - win.innerHeight;
    const fraction = range > 0 ? Math.min(1, win.scrollY / range) : 0;
    const all = await positions();
    all[articleKey] = { at: Date.now(), fraction };
    const newest = Object.entries(all)
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, KEEP);
    await browser.storage.local.set({ [KEY]: Object.fromEntries(newest) });
  };
  win.addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => void save(), 400);
    },
    { passive: true },
  );
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.hidden) void save();
  });
}
