export type Browser = 'chrome' | 'firefox';
// A manifest is JSON of many shapes; what each browser receives is asserted in test/unit/build/manifest.test.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ManifestJson = Record<string, any>;
export function manifestFor(source: ManifestJson, browser: Browser, pkg: { version: string }): ManifestJson;
