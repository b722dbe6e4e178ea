/**
 * The lines Arabic news sites print in and under a story, over generated stories: the date line with its weekday and
 * the hour's morning or evening ("الثلاثاء، 14 نوفمبر 2023 02:15 م", "نشر في: …"), the byline ("كتب أحمد محمود",
 * "بقلم: سارة أحمد"), the source ("المصدر : الجزيرة + وكالات"), the ask to follow the site ("تابعوا آخر الأخبار عبر
 * حسابنا على تويتر"), the page's controls ("حجم الخط", "شارك") and the inserts of other stories ("اقرأ أيضا: …", a list
 * under "مواضيع متعلقة"). Found by pages written in the templates of Youm7, Al Jazeera and Al Arabiya, where each
 * leaked. Every time: the line goes and every paragraph stays, word for word; a sentence of the story that opens with
 * the same words takes nothing.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { asParagraph, expectInsertsGo, expectLinesGo, expectSentencesStay } from './story-page.js';

const WORDS =
  'الوزارة الحكومة المواطنين المحافظات الصحة التعليم الميزانية المشروع الطرق المستشفى المدارس البرلمان المياه الكهرباء الشركات الأسعار'.split(
    ' ',
  );
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 14 })
  .map((ws) => `أعلنت ${ws.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 2, maxLength: 4 }).map((ss) => ss.join(' '));
const story = fc.array(paragraph, { minLength: 4, maxLength: 7 });

const name = fc.constantFrom('أحمد محمود', 'سارة أحمد', 'محمد علي حسن', 'ليلى');
const date = fc
  .record({
    weekday: fc.constantFrom('الثلاثاء، ', 'الجمعة ', ''),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.constantFrom('نوفمبر', 'يناير', 'آب', 'تشرين الأول'),
    time: fc.constantFrom(' 02:15 م', ' 09:30 ص', ' 17:45', ''),
  })
  .map(({ weekday, day, month, time }) => `${weekday}${day} ${month} 2023${time}`);
const lines = fc.oneof(
  date,
  date.map((d) => `نشر في: ${d}`),
  date.map((d) => `آخر تحديث: ${d}`),
  name.map((n) => `كتب ${n}`),
  name.map((n) => `بقلم: ${n}`),
  fc.constantFrom('المصدر : الجزيرة + وكالات', 'المصدر: وكالة الأنباء الرسمية', 'المصادر: رويترز'),
  fc.constantFrom('تابعوا آخر الأخبار عبر حسابنا على تويتر', 'تابعونا على فيسبوك', 'تابع قناتنا على يوتيوب'),
  fc.constantFrom('حجم الخط', 'شارك', 'طباعة', 'أضف تعليق', 'التعليقات'),
);

describe('generated stories: an Arabic news site’s lines', () => {
  it('a date, byline, source, follow or control line goes; the story stays', () => {
    expectLinesGo(lines.map(asParagraph), story);
  });

  it('a linked story under "اقرأ أيضا:", or a list under its heading, goes; the story stays', () => {
    const insert = fc.oneof(
      fc
        .constantFrom('اقرأ أيضا', 'اقرأ أيضاً', 'شاهد أيضا')
        .map((label) => ({ html: `<p>${label}: <a href="/1">الصحة: لا زيادة في أسعار الأدوية</a></p>`, text: label })),
      fc.constantFrom('اقرأ أيضا', 'مواضيع متعلقة', 'أخبار ذات صلة', 'الأكثر قراءة').map((heading) => ({
        html: `<h3>${heading}</h3><ul><li><a href="/2">منظمة الصحة العالمية تحذر من موجة جديدة</a></li><li><a href="/3">كيف تحمي نفسك من الإنفلونزا في الشتاء</a></li></ul>`,
        text: heading,
      })),
    );
    expectInsertsGo(insert, story);
  });

  it('a sentence of the story that opens with the same words takes nothing', () => {
    expectSentencesStay(
      [
        'كتب الرئيس رسالة إلى الوزير يطالب فيها بزيادة ميزانية المستشفيات',
        'تابع الوزير جولته في المحافظات الجنوبية وتفقد عددا من المدارس الجديدة.',
        'المصدر الرئيسي للمياه في المنطقة هو النهر، بحسب تقرير الوزارة.',
        'ووصل الوفد مساء الثلاثاء 14 نوفمبر إلى القاهرة لبحث المشروع مع الحكومة.',
        'شارك أكثر من ألف طالب في المسابقة التي نظمتها وزارة التعليم هذا العام.',
      ],
      story,
    );
  });
});
