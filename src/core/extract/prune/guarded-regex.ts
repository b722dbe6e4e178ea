/**
 * A costly regular expression behind a cheap necessary condition. Engines compile a regex on its first use,
 * in every page the content script runs in, and one with Unicode property classes (`\p{L}`) or a long
 * case-insensitive Unicode alternation costs Firefox 1–3 ms to compile — on every click, before it has
 * matched anything. The guard is a plain ASCII test that every match of the costly one also passes (keep it
 * so when editing either), so the costly one compiles only on pages where it could match.
 */
export interface Test {
  test(text: string): boolean;
}

export function guarded(guard: RegExp, costly: RegExp): Test {
  return { test: (text) => guard.test(text) && costly.test(text) };
}
