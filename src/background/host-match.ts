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

/**
 * The host permission pattern for a page: scheme and host, any port. Match patterns with a port are not
 * honoured by Firefox (a grant for http://127.0.0.1:8080/* does not let it script that page).
 */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
