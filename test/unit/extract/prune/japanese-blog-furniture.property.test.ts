/**
 * The lines a Japanese blog (Hatena, Ameba, WordPress themes) prints around a post, over generated posts: the ad
 * label "スポンサーリンク", the reader and comment buttons ("読者になる", "コメントを書く"), the share prompt ("この記事が気に
 * 入ったら / いいねしよう！"), the ranking banner ("にほんブログ村 ランキングに参加しています。応援クリックお願いします！"), the
 * post's dates ("投稿日：… 更新日：…"), the author box's heading ("この記事を書いた人") and a site's newsletter ask ("…の記事を毎朝
 * メールでまとめ読み（無料）", "メルマガ登録はこちら"). Found by generated posts, where
 * each leaked; a post of a few short paragraphs (a ranking banner is then more than a fifth of it, and goes as the
 * post's close). Every time: the lines go and every paragraph stays, word for word; the same words inside a sentence
 * take nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsAll, p, prune, RUNS } from './story-page.js';

const SENTENCES = [
  '今日は近所の公園で開かれた春祭りに行ってきました。',
  '天気も良くて、たくさんの家族連れでにぎわっていました。',
  '屋台では焼きそばやたこ焼きを食べ、子どもたちは金魚すくいに夢中でした。',
  '夕方からは地元の太鼓チームによる演奏があり、とても迫力がありました。',
  '帰りに駅前のカフェで休憩して、新作のケーキを食べました。',
  '甘さ控えめで、コーヒーとの相性も抜群でした。',
  '写真もたくさん撮ったので、また別の記事で紹介します。',
];
const post = fc.shuffledSubarray(SENTENCES, { minLength: 2, maxLength: 6 });

const LINES = [
  { html: p('スポンサーリンク'), text: 'スポンサーリンク' },
  { html: p('読者になる'), text: '読者になる' },
  { html: p('コメントを書く'), text: 'コメントを書く' },
  { html: p('この記事が気に入ったら<br>いいねしよう！'), text: 'いいねしよう' },
  {
    html: p('にほんブログ村 ランキングに参加しています。応援クリックお願いします！'),
    text: 'ランキングに参加しています',
  },
  { html: p('投稿日：2024年5月14日 更新日：2024年5月15日'), text: '投稿日' },
  { html: p('広告'), text: '広告' },
  { html: p('CNET Japanの記事を毎朝メールでまとめ読み（無料）'), text: 'メールでまとめ読み' },
  { html: p('メルマガ登録はこちら'), text: 'メルマガ登録' },
];
const furniture = fc.subarray(LINES, { minLength: 1 });

describe('generated posts: a Japanese blog’s lines around the post', () => {
  it('the lines go, under the post or above it; the post stays', () => {
    fc.assert(
      fc.property(post, furniture, fc.boolean(), (story, lines, above) => {
        // The ranking banner closes a post; the other lines sit above it as often as under it.
        const top = above ? lines.filter((l) => !l.text.startsWith('ランキング')) : [];
        const html = [
          ...top.map((l) => l.html),
          ...story.map(p),
          ...lines.filter((l) => !top.includes(l)).map((l) => l.html),
        ].join('');
        const run = prune(html, '春祭りに行ってきました');
        for (const line of lines) expect(run.kept).not.toContain(line.text);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the ranking banner goes under a two-line post with the date line after it (a case the property found)', () => {
    const story = [
      '甘さ控えめで、コーヒーとの相性も抜群でした。',
      '天気も良くて、たくさんの家族連れでにぎわっていました。',
    ];
    const html = [
      ...story.map(p),
      '<p>にほんブログ村 ランキングに参加しています。応援クリックお願いします！</p>',
      '<p>投稿日：2024年5月14日 更新日：2024年5月15日</p>',
    ].join('');
    const run = prune(html, '春祭りに行ってきました');
    expect(run.kept).not.toContain('ランキングに参加しています');
    expect(keepsAll(run, story)).toBe(true);
  });

  it('the same words in a sentence of the post take nothing', () => {
    const sentences = [
      '駅前の広告が新しくなり、春祭りのポスターが大きく貼られていました。',
      '太鼓チームは地域の皆さんに応援をお願いしていて、拍手が鳴りやみませんでした。',
      '友だちに読者になると言われたので、このブログを続ける気になりました。',
      'ランキングに参加している店の屋台は、どこも長い行列ができていました。',
    ];
    fc.assert(
      fc.property(post, fc.constantFrom(...sentences), (story, sentence) => {
        const run = prune([...story, sentence].map(p).join(''), '春祭りに行ってきました');
        expect(keepsAll(run, [...story, sentence])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
