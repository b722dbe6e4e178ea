/** Whether a page's URL is on one of the reader's listed hosts (or a subdomain), over http(s) only. */
export function autoHostMatches(url: string, hosts: readonly string[]): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) return false;
    host = parsed.hostname;
  } catch {
    return false;
  }
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}
