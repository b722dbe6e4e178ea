/**
 * Fetching one http(s) page with the global fetch: redirects followed, a time limit over the whole
 * exchange (headers and body), and a size cap enforced while reading — a declared Content-Length is not
 * trusted, the bytes are counted.
 */
import { InputError } from './errors.js';
import type { Page } from './inputs.js';
import { VERSION } from './version.js';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 };

/**
 * `follow: false` refuses a redirect instead of following it (the following pages of a multi-page article: a page
 * that moves is not one of them, and no other host is ever asked); `signal` ends the fetch early too.
 */
export async function fetchPage(
  url: string,
  limits: FetchLimits,
  options: { follow?: boolean; signal?: AbortSignal } = {},
): Promise<Page> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    const response = await fetch(url, {
      signal,
      redirect: options.follow === false ? 'manual' : 'follow',
      headers: { 'user-agent': `winnow/${VERSION}`, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const bytes = await readCapped(response, limits.maxBytes);
    return { bytes, url: response.url || url, contentType: response.headers.get('content-type') };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (timeout.aborted) throw new InputError(`timed out after ${limits.timeoutMs / 1000} s`);
    if (signal.aborted) throw new InputError('stopped: out of time');
    throw new InputError(fetchFailure(error));
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new InputError(`larger than the ${formatSize(maxBytes)} limit`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** undici says only "fetch failed"; the reason (refused, unknown host, bad certificate) is in `cause`. */
function fetchFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message;
  const message = error instanceof Error ? error.message : String(error);
  return detail ? `${message} (${detail})` : message;
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} KB`;
}
