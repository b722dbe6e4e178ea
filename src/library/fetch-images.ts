/**
 * Reads an article's images for saved files, where the browser lets the extension: same-origin or
 * CORS-enabled images, or hosts the reader granted. Winnow asks for no host permission just for this, so
 * many images stay links — the files say so. Bounded: a slow or huge image never holds up a save.
 */
import type { EmbeddedImage } from '../core/export/images.js';
import { sniffImageType } from '../core/export/images.js';

const LIMITS = {
  perImageBytes: 5 * 1024 * 1024,
  totalBytes: 30 * 1024 * 1024,
  timeoutMs: 8_000,
  parallel: 4,
  count: 60,
};

async function fetchOne(url: string): Promise<EmbeddedImage | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), LIMITS.timeoutMs);
  try {
    // No cookies and no referrer: saving must not tell the site anything reading it did not.
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (!response.ok) return null;
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > LIMITS.perImageBytes) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length <= LIMITS.perImageBytes && sniffImageType(bytes) ? { url, bytes } : null;
  } catch {
    return null; // CORS refusal, network error, abort: the image stays a link
  } finally {
    clearTimeout(timer);
  }
}

export async function fetchImages(urls: readonly string[]): Promise<Map<string, EmbeddedImage>> {
  const images = new Map<string, EmbeddedImage>();
  const queue = urls.slice(0, LIMITS.count);
  let total = 0;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const image = await fetchOne(url);
      if (image && total + image.bytes.length <= LIMITS.totalBytes) {
        total += image.bytes.length;
        images.set(url, image);
      }
    }
  };
  await Promise.all(Array.from({ length: LIMITS.parallel }, worker));
  return images;
}
