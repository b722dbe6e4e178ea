/**
 * The lines Russian, Turkish and Greek news sites print in and under a story, over generated stories: the controls
 * ("Поделиться", "ABONE OL", "Haberin devamı için tıklayın", "Κοινοποίηση"), the asks to follow the site ("Подписывайтесь
 * на РИА Новости в Telegram", "Ακολουθήστε το kathimerini.gr στο Google News…", "Bizi Google News'te takip edin"), the
 * date labels ("Güncelleme Tarihi: 14.11.2023 - 15:02", "обновлено: 15:02 14.11.2023") and the headings of other
 * stories' lists ("İLGİNİZİ ÇEKEBİLİR", "Самое читаемое", "Δημοφιλή"). Found
 * by pages written in the templates of RIA Novosti, Hürriyet and Kathimerini, where each leaked. Every time: the line
 * goes and every paragraph stays, word for word; a sentence that opens with the same words takes nothing.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { asParagraph, expectInsertsGo, expectLinesGo, expectSentencesStay } from './story-page.js';

const controls = fc.constantFrom(
  'Поделиться',
  'Комментарии',
  'Читать далее',
  'Реклама',
  'ABONE OL',
  'Paylaş',
  'Haberin devamı için tıklayın',
  'Devamını oku',
  'Yorumlar',
  'Κοινοποίηση',
  'Σχόλια',
  'Διαφήμιση',
);
const follows = fc.constantFrom(
  'Подписывайтесь на РИА Новости в Telegram',
  'Подписывайтесь на наш канал в Дзене',
  'Ακολουθήστε το kathimerini.gr στο Google News και μάθετε πρώτοι όλες τις ειδήσεις',
  "Bizi Google News'te takip edin",
  'Son dakika haberleri için bizi Twitter’da takip edin',
);
const dates = fc.constantFrom(
  'Güncelleme Tarihi: 14.11.2023 - 15:02',
  'Yayınlanma Tarihi: 14.11.2023 14:15',
  'обновлено: 15:02 14.11.2023',
  'Опубликовано: 14.11.2023 14:15',
  'Ενημερώθηκε: 14.11.2023 • 15:02',
);
const headings = fc.constantFrom(
  'İLGİNİZİ ÇEKEBİLİR',
  'İlgili Haberler',
  'En Çok Okunanlar',
  'Самое читаемое',
  'Читайте также',
  'Похожие новости',
  'Δημοφιλή',
  'Σχετικά άρθρα',
);

describe('generated articles: Russian, Turkish and Greek news sites’ lines', () => {
  it('a control, an ask to follow or a date line goes; the story stays', () => {
    expectLinesGo(fc.oneof(controls, follows, dates).map(asParagraph));
  });

  it('a list of other stories under its heading goes, between the paragraphs; the story stays', () => {
    const list = (heading: string) =>
      `<h3>${heading}</h3><ul><li><a href="/1">Taksi ücretlerine yeni düzenleme geliyor</a></li><li><a href="/2">Минтранс предложил новые правила для такси</a></li></ul>`;
    expectInsertsGo(headings.map((heading) => ({ html: list(heading), text: heading })));
  });

  it('a sentence that opens with the same words takes nothing', () => {
    expectSentencesStay([
      'Поделиться своим мнением о новой программе жители смогут на общественных слушаниях в следующем месяце.',
      'Paylaş butonuna basan kullanıcı sayısı geçen yıla göre yüzde yirmi arttı, dedi şirket yetkilisi.',
      'Σχόλια για το νέο πρόγραμμα έκαναν και οι δήμαρχοι των μεγάλων πόλεων της χώρας.',
      'По теме встречи стороны договорились провести консультации в начале следующего года.',
    ]);
  });
});
