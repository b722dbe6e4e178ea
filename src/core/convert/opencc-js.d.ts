/**
 * opencc-js ships types for its entry points but not for the per-dictionary modules under `dict/`, which
 * Winnow imports one by one so a bundle carries only the tables a config needs. Each is a serialised
 * dictionary: `"key value|key value …"` (Apache-2.0 data from OpenCC).
 */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
