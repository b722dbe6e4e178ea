export function findBrowser(kind: 'chrome' | 'firefox'): string | null;
export const INSTALL_HINT: Record<'chrome' | 'firefox', string>;
