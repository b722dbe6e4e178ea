/**
 * Images for saved files. Core never fetches: the extension page fetches what `imageUrls` lists (when the
 * browser lets it — cross-origin images need CORS or a host permission Winnow does not ask for) and passes
 * the bytes back in. Whatever could not be read stays an absolute link, and each format says which.
 */

/** An image the extension could read, keyed by its absolute URL. */
export interface EmbeddedImage {
  url: string;
  bytes: Uint8Array;
}

export type ImageMap = ReadonlyMap<string, EmbeddedImage>;

/** No images read: every image stays a link. */
export const NO_IMAGES: ImageMap = new Map();

/** What a saved file did with its images, written into the file so a reader knows what to expect offline. */
export type ImageMode = 'none' | 'embedded' | 'linked' | 'mixed';

/** The absolute URL of an image source, or null for sources no file could use (javascript:, blob:, junk). */
export function absoluteImageUrl(src: string, base: string): string | null {
  if (src.startsWith('data:image/')) return src;
  try {
    const url = new URL(src, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Every distinct http(s) image the article shows, in document order. `root` is the parsed content. */
export function imageUrls(root: ParentNode, base: string): string[] {
  const urls = new Set<string>();
  for (const img of Array.from(root.querySelectorAll('img[src]'))) {
    const url = absoluteImageUrl(img.getAttribute('src') ?? '', base);
    if (url && !url.startsWith('data:')) urls.add(url);
  }
  return [...urls];
}

/**
 * The real type of an image from its first bytes. Servers mislabel images often enough (and e-readers are
 * strict enough) that the Content-Type header is not trusted. Null for anything else (HTML error pages too).
 */
export function sniffImageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | null {
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'image/png';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if (at(0) === 0x47 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x38) return 'image/gif';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** Base64 without Node's Buffer, in chunks so large images do not overflow the argument list. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function dataUrl(image: EmbeddedImage): string | null {
  const type = sniffImageType(image.bytes);
  return type ? `data:${type};base64,${base64(image.bytes)}` : null;
}

export function imageMode(embedded: number, linked: number): ImageMode {
  if (embedded && linked) return 'mixed';
  if (embedded) return 'embedded';
  return linked ? 'linked' : 'none';
}
