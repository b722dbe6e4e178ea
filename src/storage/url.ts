/**
 * The library's key: the article's address without its fragment. `#comments` and `#section-2` are the same
 * article, so saving from either updates the one entry. Query strings stay: on many news sites
 * `?id=123` *is* the article.
 */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    // Not a URL (a local file opened oddly, a test page): keep it, minus anything after '#'.
    return url.split('#', 1)[0]!.trim();
  }
}
