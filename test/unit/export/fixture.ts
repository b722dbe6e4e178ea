/** A shared article for the export tests: a table, fenced code, images, a CJK title, hostile bits. */
import { JSDOM } from 'jsdom';
import type { Article } from '../../../src/core/types.js';
import type { ExportWindow } from '../../../src/core/export/labels.js';

export const win = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://news.example/a' })
  .window as unknown as ExportWindow;

/** The smallest valid PNG (1×1, transparent). */
export const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);

export const CONTENT = `<div id="readability-page-1" class="page">
<p>第一段:山東省的<a href="/local/page">鄉村</a>新職業培訓。<span>Inline <b>bold</b></span></p>
<figure><img src="/img/photo.png" alt="A photo" srcset="/img/photo-2x.png 2x"><figcaption>Caption</figcaption></figure>
<p><img src="https://cdn.other.example/remote.jpg" alt="Remote"></p>
<table><thead><tr><th>Year</th><th>Jobs</th></tr></thead><tbody><tr><td>2020</td><td>40萬</td></tr><tr><td>2021</td><td>45 | 萬</td></tr></tbody></table>
<pre><code class="language-ts">const a = 1 &lt; 2;
console.log(a);</code></pre>
<ul><li>one</li>stray text<li>two</li></ul>
<span><p>block in inline</p></span>
<p><font color="red">old</font> <center>centered</center></p>
<p><a href="#note">to note</a> <a href="#missing">nowhere</a> <a href="javascript:alert(1)">bad</a></p>
<p id="note">Note<script>alert(1)</script><img src="x" onerror="alert(1)"></p>
</div>`;

export function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/2024/05/story.html#comments',
    title: '山東脫貧攻堅“成績單”: 40萬人 / 每年?',
    byline: '張春曉',
    siteName: 'Example News',
    lang: 'zh-TW',
    dir: 'ltr',
    publishedTime: '2024-05-01T08:00:00+08:00',
    excerpt: null,
    content: CONTENT,
    textContent: '第一段',
    length: 3,
    removed: [],
    ...overrides,
  };
}

export const SAVED = '2024-06-02T10:20:30.456Z';
