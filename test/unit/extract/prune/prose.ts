/**
 * Seeded story text for the prune rules' page generators: words from one small vocabulary, phrases with a
 * capital, sentences with a full stop, paragraphs of three to five sentences; and report-like prose (`newsSentence`,
 * `newsParagraph`) with the small words, numbers and quotes a real paragraph has.
 */
import fc from 'fast-check';

const WORDS = (
  'river council bridge morning harbour winter valley market garden station village engineer mayor budget ' +
  'school library road tower festival farmer ferry island orchard museum railway quarry meadow lantern canal ' +
  'weather traffic plan vote repair opening season report survey builder workshop'
).split(' ');

export const word = fc.constantFrom(...WORDS);
export const phrase = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((ws) => {
    const s = ws.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  });
export const sentence = (min: number, max: number) => phrase(min, max).map((s) => `${s}.`);
export const paragraph = fc.array(sentence(8, 16), { minLength: 3, maxLength: 5 }).map((ss) => ss.join(' '));

/**
 * Prose that reads like a report: who did what, with the articles, verbs, numbers, names, months and quotes a real
 * paragraph has (the vocabulary above has none), so a rule that keys on small words meets them in the story too.
 * Each sentence in words of its own: a story says each at most once, as a real one does (a paragraph made of
 * sentences said before is what the duplicates rule takes, as a copy of the story).
 */
type Slots = [n: number, name: string, month: string];
const REPORT: Array<(...slots: Slots) => string> = [
  (n) => `The council voted ${(n % 5) + 5} to ${n % 4} on Tuesday to pay for the repairs to the old stone bridge.`,
  (n) => `Engineers say the work will take ${n} more months, because the river has been higher than usual all winter.`,
  (_, __, m) => `The harbour authority warned that the storms in ${m} had damaged the quay and two of its cranes.`,
  (n, name) => `“We have waited long enough for this,” said ${name}, who has lived in the village for ${n} years.`,
  (n) => `The project is expected to cost ${n} million dollars, ${(n % 30) + 5} percent more than the first estimate.`,
  () => 'Residents of the valley complained about the noise from the quarry at a meeting in the town hall.',
  (n) =>
    `A spokeswoman for the ministry said the money would be paid in ${(n % 6) + 2} instalments, the last in spring.`,
  (n) => `The new library opened to visitors on Saturday, and ${n * 10} people borrowed books on the first day.`,
  () => 'Shop owners on the high street said trade had fallen by a third since the road was closed.',
  () => 'The railway operator has not said when the line to the coast will reopen.',
  () => 'Local farmers agreed to share the cost of the survey with the county, officials said.',
  (_, name, m) => `The school board will publish the results of the inquiry in ${m}, ${name} told the meeting.`,
  () => 'Two of the contractors met the builders on Monday to discuss the delays.',
  (n) => `The regional government rejected the plan by ${(n % 5) + 5} votes to ${n % 4} after a long debate.`,
  (_, name) => `The mayor, ${name}, said she expected the tower to be finished by the end of next year.`,
  (n) => `Traffic on the ring road was sent through the village for ${n} weeks while the bridge was shut.`,
  (n) => `Last year the ferry carried ${n} thousand passengers, more than at any time since 1998.`,
  () => 'Critics of the scheme say the money would be better spent on the hospital and the schools.',
  () => 'The museum plans to show the finds from the dig in a new gallery on the ground floor.',
  (_, name) => `Divers found that the piers had been scoured by the current, ${name} said.`,
  (n) => `Opponents gathered ${n} hundred signatures against the plan in less than a week.`,
  (_, __, m) => `The county’s own report, published in ${m}, had called the bridge unsafe for lorries.`,
  () => 'Since the closure, children from the far bank have taken a bus that adds an hour to their day.',
  () => 'The festival will go ahead in August, the organisers said, but on the meadow by the canal.',
  () => 'Insurance will cover only part of the damage, according to a letter seen by the paper.',
  (_, name) => `${name}, who runs the bakery by the station, said her takings had halved since the spring.`,
  (_, __, m) => `Work on the railway tunnel stopped in ${m} when the builder ran out of money.`,
  (n) => `The vote was the closest the council has held in ${n} years.`,
  () => 'Police closed the lane to the orchard after part of the bank slipped into the water.',
  (n) => `The weather station on the hill recorded ${n} millimetres of rain in a single night.`,
];
const NAMES = ['Maria Lopez', 'Tom Becker', 'Anna Novak', 'James Okafor', 'Li Wei', 'Sarah Dunn'];
const MONTHS = ['January', 'March', 'May', 'August', 'October', 'December'];
const slots: fc.Arbitrary<Slots> = fc.tuple(
  fc.integer({ min: 2, max: 60 }),
  fc.constantFrom(...NAMES),
  fc.constantFrom(...MONTHS),
);

/** One report sentence (a story that says it too may say it again: use it beside a sentence of its own). */
export const newsSentence = fc
  .tuple(fc.nat(REPORT.length - 1), slots)
  .map(([id, [n, name, month]]) => REPORT[id]!(n, name, month));

/** `min` to `max` report sentences, each at most once, in paragraphs of two to four. */
export const reportParagraphs = (min: number, max: number) =>
  fc
    .shuffledSubarray([...REPORT.keys()], { minLength: min, maxLength: Math.min(max, REPORT.length) })
    .chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.array(slots, { minLength: ids.length, maxLength: ids.length }),
        fc.array(fc.integer({ min: 2, max: 4 }), { minLength: ids.length, maxLength: ids.length }),
      ),
    )
    .map(([ids, filled, sizes]) => {
      const sentences = ids.map((id, i) => REPORT[id]!(...filled[i]!));
      const paras: string[] = [];
      let at = 0;
      for (const size of sizes) {
        if (at >= sentences.length) break;
        paras.push(sentences.slice(at, at + size).join(' '));
        at += size;
      }
      return paras;
    });

/** Han prose: two-character words from a small vocabulary, sentences ending in 。 */
const HAN_WORDS =
  '市府 議會 今天 表示 民眾 橋梁 工程 預算 學校 居民 交通 計畫 颱風 道路 社區 醫院 警方 調查 公園 捷運'.split(' ');
export const hanSentence = fc
  .array(fc.constantFrom(...HAN_WORDS), { minLength: 10, maxLength: 20 })
  .map((ws) => `${ws.join('')}。`);
export const hanParagraph = fc.array(hanSentence, { minLength: 2, maxLength: 4 }).map((ss) => ss.join(''));
export const hanName = fc
  .array(fc.constantFrom(...'林王陳張李黃吳劉蔡楊悅明華志偉美玲'), { minLength: 2, maxLength: 3 })
  .map((cs) => cs.join(''));
export const hanStory = fc.array(hanParagraph, { minLength: 4, maxLength: 8 });
