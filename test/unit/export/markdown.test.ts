import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/core/export/markdown.js';
import { article, SAVED, win } from './fixture.js';

describe('Markdown', () => {
  const md = toMarkdown(article(), { domParser: new win.DOMParser(), saved: SAVED });
  it('writes YAML front matter with every field, quoted', () => {
    const front = md.split('---\n')[1]!;
    expect(front.split('\n').filter(Boolean)).toEqual([
      'title: "山東脫貧攻堅“成績單”: 40萬人 / 每年?"',
      'author: "張春曉"',
      'site: "Example News"',
      'source: "https://news.example/2024/05/story.html#comments"',
      'published: "2024-05-01T08:00:00+08:00"',
      `saved: "${SAVED}"`,
      'lang: "zh-TW"',
    ]);
  });
  it('leaves out fields the article lacks', () => {
    const bare = toMarkdown(article({ byline: null, siteName: null, publishedTime: null, lang: null }), {
      domParser: new win.DOMParser(),
    });
    expect(bare).not.toMatch(/^(author|site|published|saved|lang):/m);
  });
  it('writes GFM tables, fenced code with its language, images and the title heading', () => {
    expect(md).toContain('# 山東脫貧攻堅“成績單”: 40萬人 / 每年?');
    expect(md).toMatch(/\| Year \| Jobs \|\n\| -+ \| -+ \|\n\| 2020 \| 40萬 \|/);
    expect(md).toContain('```ts\nconst a = 1 < 2;\nconsole.log(a);\n```');
    expect(md).toContain('![A photo](/img/photo.png)');
    expect(md).toContain('![Remote](https://cdn.other.example/remote.jpg)');
  });
});
