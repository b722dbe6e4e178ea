/**
 * Saves a file the page built through the downloads API. Chrome's service worker has no
 * URL.createObjectURL, so there the file travels as a data: URL; Firefox's downloads API refuses data:
 * URLs but its background page has object URLs. The choice is made on what the context offers, not on
 * the browser's name.
 */
import browser from 'webextension-polyfill';
import { fail, ok, type Protocol, type Response } from '../messages/protocol.js';
import { t } from '../i18n/index.js';

/** Object URLs are released once the download is over (or after a minute, whatever happens). */
const RELEASE_AFTER_MS = 60_000;

function bytesOf(data: string, base64: boolean): Uint8Array {
  if (!base64) return new TextEncoder().encode(data);
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function urlFor(mime: string, data: string, base64: boolean): { url: string; release: () => void } {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([bytesOf(data, base64) as BlobPart], { type: mime }));
    return { url, release: () => URL.revokeObjectURL(url) };
  }
  return { url: `data:${mime};base64,${base64 ? data : utf8Base64(data)}`, release: () => undefined };
}

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The page builds names with core/export/filename.ts; this only refuses what could escape the folder. */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const safeName = (name: string) => name.length > 0 && name.length < 250 && !/[/\\]|^\.|[\u0000-\u001f]/.test(name);

export async function downloadFile({
  filename,
  mime,
  data,
  base64,
}: Protocol['download-file'][0]): Promise<Response<'download-file'>> {
  if (!safeName(filename)) return fail('download', t('saveErrorDownload', filename));
  const { url, release } = urlFor(mime, data, base64);
  try {
    const downloadId = await browser.downloads.download({ url, filename, conflictAction: 'uniquify' });
    const timer = setTimeout(release, RELEASE_AFTER_MS);
    const done = (delta: { id: number; state?: { current?: string } }) => {
      if (delta.id !== downloadId || !delta.state?.current || delta.state.current === 'in_progress') return;
      clearTimeout(timer);
      release();
      browser.downloads.onChanged.removeListener(done);
    };
    browser.downloads.onChanged.addListener(done);
    return ok({ downloadId });
  } catch (error) {
    release();
    return fail('download', t('saveErrorDownload', String(error)));
  }
}
