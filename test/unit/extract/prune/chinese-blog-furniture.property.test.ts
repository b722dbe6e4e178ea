/**
 * The lines a Chinese blog prints around a post, over generated posts: the counters ("阅读(1234) | 评论(5) | 点赞(12)"),
 * the tip button ("打赏"), the date ("发表于 2024-05-14 10:30"), the category ("分类：生活随笔"), the previous and next
 * posts ("上一篇：…", "下一篇：…") and the asks ("点击关注，获取更多精彩内容", "喜欢这篇文章的话，欢迎点赞、收藏、转发！").
 * Found by generated posts, where each leaked. Every time: the lines go and every paragraph stays, word for word; a
 * sentence that asks one thing of its reader, or mentions the same words, takes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsAll, p, prune, RUNS } from './story-page.js';

const SENTENCES = [
  '周末和朋友去郊外爬山，天气晴朗，空气特别清新。',
  '山路不算难走，一路上能看到很多盛开的野花。',
  '到了山顶，整个城市尽收眼底，大家都忍不住拍了很多照片。',
  '下山后我们在农家乐吃了一顿地道的土菜，味道非常好。',
  '回来的路上有点堵车，不过大家都觉得很值得。',
  '下次打算带上帐篷，在山上看日出。',
];
const post = fc.shuffledSubarray(SENTENCES, { minLength: 2, maxLength: 6 });

const LINES = [
  { html: p('阅读(1234) | 评论(5) | 点赞(12)'), text: '阅读(1234)' },
  { html: p('打赏'), text: '打赏' },
  { html: p('发表于 2024-05-14 10:30'), text: '发表于' },
  { html: p('分类：<a href="/c">生活随笔</a>'), text: '生活随笔' },
  { html: p('上一篇：<a href="/p">春天的第一场雨</a>'), text: '春天的第一场雨' },
  { html: p('下一篇：<a href="/n">新买的相机到了</a>'), text: '新买的相机到了' },
  { html: p('点击关注，获取更多精彩内容'), text: '获取更多精彩内容' },
  { html: p('喜欢这篇文章的话，欢迎点赞、收藏、转发！'), text: '欢迎点赞' },
];
const furniture = fc.subarray(LINES, { minLength: 1 });

describe('generated posts: a Chinese blog’s lines around the post', () => {
  it('the lines go; the post stays', () => {
    fc.assert(
      fc.property(post, furniture, (story, lines) => {
        const run = prune(story.map(p).join('') + lines.map((l) => l.html).join(''), '周末郊外爬山记');
        for (const line of lines) expect(run.kept).not.toContain(line.text);
        expect(keepsAll(run, story)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a sentence of the post with the same words takes nothing', () => {
    const sentences = [
      '山顶的管理员欢迎游客分享照片，但请大家不要在岩石上刻字。',
      '朋友说，这条线路的评论很多，上一篇游记里也推荐过这里。',
      '我们关注了景区的公众号，发现周末还有免费的讲解服务。',
    ];
    fc.assert(
      fc.property(post, fc.constantFrom(...sentences), (story, sentence) => {
        const run = prune([...story, sentence].map(p).join(''), '周末郊外爬山记');
        expect(keepsAll(run, [...story, sentence])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
