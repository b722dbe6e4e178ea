/**
 * The one message protocol between Winnow's contexts (popup, reader, background, content script).
 * Every request is declared once here with its response type; both ends use these types, and errors cross
 * as data (`{ ok: false, error }`), never as exceptions.
 */
import type { Article } from '../core/types.js';
import type { SavedScript } from '../storage/record.js';
import type { Handoff } from '../content/page-world-answer.js';
import type { Extracted } from '../extractor/extract-handoff.js';

export type ErrorCode =
  | 'restricted'
  | 'no-tab'
  | 'no-article'
  | 'too-large'
  | 'failed'
  // The library and saved files (src/storage, src/background/save-*.ts, downloads.ts).
  | 'quota'
  | 'storage'
  | 'not-found'
  | 'invalid-file'
  | 'download';

export interface UserError {
  code: ErrorCode;
  /** A sentence a reader understands; shown as is. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: UserError };

/**
 * The moments of one cleaning, on the wall clock (timeOrigin + now), carried beside its answer so the popup can
 * mark them for the click benchmark (src/ui/stage-marks.ts) without writing the page's timeline.
 */
export interface ContentTiming {
  /** The toolbar click reached the background (src/background/action-click.ts), when it started the cleaning. */
  clicked?: number;
  /** The extension asked the browser to inject the content script. */
  inject?: number;
  /** The content script's first line ran (its code parsed); set by a banner build.mjs adds. */
  parsed?: number;
  started: number;
  done: number;
  /** The background had the script's answer (the copy out of the page's process is between done and this). */
  returned?: number;
  /** The extractor document had the page the script prepared (src/extractor/), and had made its article. */
  extracting?: number;
  extracted?: number;
}

/** Request type → [request payload, response value]. */
export interface Protocol {
  /** Inject the content script into a tab and return its clean article. */
  'extract-tab': [{ tabId: number }, Article];
  /** The article of a tab the reader page was opened for: waits for the cleaning under way, else the kept one. */
  'tab-article': [{ tabId: number }, Article];
  /**
   * Hold the popup's article for the reader page it opens, when session storage cannot (an article past
   * Chromium's 10 MB quota); `tab-article` answers with it until the tab closes.
   */
  'hold-article': [{ tabId: number; article: Article }, null];
  /** Keep a (purified) article in the library; the same URL updates. Written here so a closing popup loses nothing. */
  'library-save': [{ article: Article; script: SavedScript | null }, { id: string; updated: boolean }];
  /** Save a file through the downloads API; `data` is text, or base64 bytes when `base64` is set. */
  'download-file': [{ filename: string; mime: string; data: string; base64: boolean }, { downloadId: number }];
  /**
   * "Fix this page": start the block picker in the tab (src/content/picker.ts). The picker answers with a
   * `PageProtocol` request; the background then saves the fix and shows the article cleaned with it.
   */
  'fix-site': [{ tabId: number }, { picking: true }];
}

/**
 * Requests whose handler reads the sender's tab (the full-tab reader that asked for "Fix this page" is shown the
 * fixed article): they go by a runtime message, whose sender names the tab. A port (worker-channel.ts) names the
 * page's address alone, so the worker refuses them there.
 */
export const NEEDS_SENDER_TAB: ReadonlySet<RequestType> = new Set<RequestType>(['fix-site']);

/**
 * Requests from Winnow's own scripts injected into a page (the block picker). The tab and the page's address
 * come from `sender`, never from the message: a page can only say which block the reader chose.
 */
export interface PageProtocol {
  /** The reader clicked a block: `article` = this is the article, `remove` = take this block out. */
  'site-picked': [{ kind: 'article' | 'remove'; selector: string }, null];
  /** The reader pressed Esc: nothing was chosen. */
  'site-pick-cancelled': [Record<string, never>, null];
}
export type PageRequestType = keyof PageProtocol;

/**
 * From the background to Chrome's extractor document (src/extractor/offscreen.ts): the article of a page the
 * page-world cleaner prepared (what its reader cannot see gone). Firefox's background extracts it itself.
 */
export type ExtractorRequest = { type: 'extract-prepared'; handoff: Handoff };
/** `started`: when the extractor document had the request (wall clock), for the click benchmark's stages. */
export type ExtractorResponse = Result<Extracted> & { started?: number };

export type RequestType = keyof Protocol;
export type Request<K extends RequestType = RequestType> = { type: K } & Protocol[K][0];
export type Response<K extends RequestType> = Result<Protocol[K][1]>;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): { ok: false; error: UserError } => ({
  ok: false,
  error: { code, message },
});

export function isRequest(message: unknown): message is Request {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}
