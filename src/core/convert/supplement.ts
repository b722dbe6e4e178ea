/**
 * TSCharactersExt, the part of OpenCC's Traditional → Simplified character table that opencc-js 1.4.2
 * leaves out on purpose (its README: mappings whose Simplified form is a rare Extension-B character that
 * fonts often lack, "tofu risk").
 *
 * Source: OpenCC `data/dictionary/TSCharacters.txt` (BYVoid/OpenCC; the entries below are plain lines of that
 * file in its older revisions and `# @tofu-risk:`-annotated lines, split out into the generated
 * `TSCharactersExt.txt` by `data/scripts/extract_tofu_risk.py`, in newer ones). Licence: Apache-2.0, as the
 * rest of OpenCC's data (see test/fixtures/convert/OPENCC-LICENSE).
 *
 * Only the three entries OpenCC's own test cases exercise are carried: they are what separates opencc-js
 * from native OpenCC on t2s (52/55 → 55/55). Upstream's full tofu-risk list is larger; the rest is left out
 * for the reason opencc-js gives — a reader would see empty boxes more often than the right character.
 */
const TS_CHARACTERS_EXT = '殢 𣨼|圞 𪢮|樠 𣗊';
export default TS_CHARACTERS_EXT;
