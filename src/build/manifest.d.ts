export type Browser = 'chrome' | 'firefox';
export function manifestFor(source: Record<string, any>, browser: Browser, pkg: { version: string }): Record<string, any>;
