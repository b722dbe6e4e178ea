/**
 * A forum thread as the software prints it, every post and its parts numbered with the post's id
 * (src/core/extract/numbered-thread.ts). Generated threads of two to eight posts in Discuz! X's layout (Chinese: the
 * author card with its counters and rank, the floor's name, the stamp, the message, the signature, the controls) and
 * vBulletin's (English: the post count, the join date, the message, the menu), as a saved page gives them: the reader
 * gets every message in page order, a quoted post's words in their place, and none of the furniture — whatever
 * Readability picked: the thread, its opening post, one reply (the opening post a word, "顶一个"), or the footer (short
 * posts, each in a table of its own, score apart, and the footer's counters outweigh each). A thread whose software numbers the author's card and
 * the signature but not the message (phpBB) keeps every message; a blog post with its numbered comments keeps its
 * story; records numbered with one part (a plugin's popups), a data table's numbered rows and a live blog's titled
 * entries are no thread.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanHtml } from '../../helpers/dom.js';
import { numberedThread } from '../../../src/core/extract/numbered-thread.js';
import { expectInOrder } from '../../helpers/order.js';

const HAN_MESSAGES = [
  '今天去了趟老城区，发现那家开了二十年的面馆还在营业，老板说房租涨了不少，但老顾客多，舍不得关门。',
  '上周刚去过，排队排了半个小时，味道确实没变，就是价格涨了两块钱。',
  '小时候经常去，现在搬家了很少回去，有机会一定再去尝尝。',
  '顶一个',
  '听说明年那一片要拆迁，不知道面馆会搬到哪里去，希望还能找到。',
  '楼主拍张照片上来看看吧，好多年没回去了。',
  '我记得以前门口有棵大槐树，夏天在树下吃面特别舒服。',
  '支持老字号，这种店越来越少了。',
];
const EN_MESSAGES = [
  'I replaced the fuel pump on my 2004 Civic last weekend and now it idles rough for the first minute.',
  'Did you reset the ECU after the swap? Mine did the same until I pulled the fuse for ten minutes.',
  'Check the pressure regulator too, a cracked hose there gives exactly that symptom on cold starts.',
  'Thanks!',
  'Pulled the fuse overnight and it is smooth now. Thanks everyone for the help.',
  'Good to hear. Mark the thread as solved so others can find it.',
  'Same problem here on a 2006, I will try the fuse trick tonight.',
  'Worked for me as well, cheers.',
];
const FLOORS = ['楼主', '沙发', '板凳', '地板', '5#', '6#', '7#', '8#'];

const threads = fc
  .record({
    family: fc.constantFrom('discuz', 'vbulletin'),
    posts: fc.integer({ min: 2, max: 8 }),
    firstId: fc.integer({ min: 1000, max: 9_000_000 }),
    signature: fc.boolean(),
    /** Which message each post says: a one-word opening post leaves Readability a reply, or nothing, to pick. */
    order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
    /** The second post quotes the first, in the software's quote box. */
    quoted: fc.boolean(),
    /** Discuz!'s footer, whose counters outweigh a thread of short posts each in a table of its own. */
    footer: fc.boolean(),
    /** Discuz! stamps to the second: a stamp longer, in characters, than a one-line reply. */
    seconds: fc.boolean(),
    /** A message written a clause a line, each line shorter than the stamp beside it. */
    lines: fc.boolean(),
  })
  // A thread of nothing but a word or two per post ("顶一个", "Thanks!") gives the rule nothing to know it by.
  .filter((t) => t.order.slice(0, t.posts).some((m) => HAN_MESSAGES[m]!.length >= 20));
const QUOTES = {
  discuz: '楼主说的那家面馆我也去过，就在老槐树旁边。',
  vbulletin: 'Quoted: it idles rough for the first minute.',
};
const messageOf = (t: Thread, i: number) => (t.family === 'discuz' ? HAN_MESSAGES : EN_MESSAGES)[t.order[i]!]!;
/** The quote box the second post opens with, if it quotes. */
function quoteBox(t: Thread, i: number): string {
  if (!t.quoted || i !== 1) return '';
  return t.family === 'discuz'
    ? `<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=${t.firstId}" target="_blank"><font color="#999999">街坊0 发表于 2012-3-4 12:10</font></a></font><br>${QUOTES.discuz}</blockquote></div><br>`
    : `<div style="margin:20px; margin-top:5px;"><div class="smallfont">Quote:</div><table><tr><td class="alt2"><div>Originally Posted by <strong>driver0</strong></div><div style="font-style:italic">${QUOTES.vbulletin}</div></td></tr></table></div>`;
}
type Thread = typeof threads extends fc.Arbitrary<infer T> ? T : never;

function discuzPost(n: number, i: number, t: Thread): string {
  return `<div id="post_${n}"><table id="pid${n}" class="plhin" cellspacing="0" cellpadding="0"><tr>
    <td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-${i}.html" class="xw1">街坊${i}</a></div></div>
    <div class="tns xg2"><table cellspacing="0" cellpadding="0"><tr><th><p><a href="#">${12 + i}</a></p>主题</th><th><p><a href="#">${345 + i}</a></p>帖子</th><td><p><a href="#">${1024 + i}</a></p>积分</td></tr></table></div>
    <p><em><a href="#">中级会员</a></em></p></td>
    <td class="plc"><div class="pi"><strong><a href="#" id="postnum${n}">${FLOORS[i]}</a></strong>
    <div class="pti"><div class="authi"><em id="authorposton${n}">发表于 2012-3-4 12:${String(10 + i).padStart(2, '0')}${t.seconds ? `:${String(i * 7).padStart(2, '0')}` : ''}</em><span class="pipe">|</span><a href="#" rel="nofollow">只看该作者</a></div></div></div>
    <div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${n}">
    ${quoteBox(t, i)}${t.lines ? messageOf(t, i).replace(/，/g, '，<br>') : messageOf(t, i)}</td></tr></table></div><div id="comment_${n}" class="cm"></div></div></div></td></tr>
    <tr><td class="plc plm">${t.signature ? `<div class="sign">生活就是一碗面，签名${i}</div>` : ''}</td></tr>
    <tr><td class="pls"></td><td class="plc"><div class="po"><em><a class="fastre" href="#">回复</a><a class="repquote" href="#">引用</a></em><p><a href="#">使用道具</a><a href="#">举报</a></p></div></td></tr>
    </table></div>`;
}

function vbulletinPost(n: number, i: number, t: Thread): string {
  return `<div id="edit${n}"><table id="post${n}" class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%">
    <tr><td class="thead"><a name="post${n}"></a>03-04-2012, 12:${String(10 + i).padStart(2, '0')} PM</td><td class="thead" align="right">#<a href="showpost.php?p=${n}" id="postcount${n}">${i + 1}</a></td></tr>
    <tr><td class="alt2" width="175"><div id="postmenu_${n}"><a class="bigusername" href="member.php?u=${i}">driver${i}</a></div>
    <div class="smallfont">Junior Member</div><div class="smallfont"><div>Join Date: Mar 2011</div><div>Posts: ${40 + i}</div></div></td>
    <td class="alt1" id="td_post_${n}"><div id="post_message_${n}">${quoteBox(t, i)}${messageOf(t, i)}</div>
    ${t.signature ? `<div>__________________<br />2004 Civic EX, daily driver ${i}</div>` : ''}</td></tr>
    <tr><td class="alt2"><img src="offline.gif" alt="driver${i} is offline" /></td><td class="alt1" align="right"><a href="newreply.php?do=newreply&amp;p=${n}">Reply With Quote</a></td></tr>
    </table></div>`;
}

const FOOTER =
  '<div id="flk"><p><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="/">本地论坛</a></strong></p><p class="xs0">GMT+8, 2024-5-14 15:30<span id="debuginfo">, Processed in 0.051234 second(s), 24 queries .</span></p></div>';

function threadPage(t: Thread): string {
  const posts = Array.from({ length: t.posts }, (_, i) =>
    (t.family === 'discuz' ? discuzPost : vbulletinPost)(t.firstId + i * 7, i, t),
  ).join('');
  const title =
    t.family === 'discuz' ? '老城区的面馆还在 - 生活杂谈 - 本地论坛' : 'Rough idle after fuel pump swap - Honda Forums';
  return `<!doctype html><html lang="${t.family === 'discuz' ? 'zh-CN' : 'en'}"><head><title>${title}</title></head><body>
    <div id="hd"><ul><li><a href="/">首页 Home</a></li><li><a href="/forum">论坛 Forum</a></li></ul></div>
    <div id="postlist" class="pl bm">${posts}</div>
    <div id="ft">${t.footer ? FOOTER : ''}Powered by forum software © 2001-2012</div></body></html>`;
}

const cleaned = (html: string) =>
  cleanHtml(html, { url: 'https://bbs.example.com/thread-1-1-1.html' })?.textContent ?? '';

describe('a thread whose software numbers its posts', () => {
  it('gives every message in page order and none of the furniture', () => {
    fc.assert(
      fc.property(threads, (t) => {
        const text = cleaned(threadPage(t));
        const messages = Array.from({ length: t.posts }, (_, i) => messageOf(t, i));
        if (t.quoted) messages.splice(1, 0, QUOTES[t.family]);
        // A message written a line a clause reads with its line breaks.
        expectInOrder(t.lines ? text.replace(/，\n+/g, '，') : text, messages);
        const furniture =
          t.family === 'discuz'
            ? ['积分', '中级会员', '只看该作者', '使用道具', '签名', FLOORS[1]!, 'Processed in']
            : ['Join Date', 'Junior Member', 'Reply With Quote', 'daily driver', 'is offline', 'Processed in'];
        for (const word of furniture) expect(text, word).not.toContain(word);
      }),
      { numRuns: 40, seed: 20261212 },
    );
  });

  it('is known by its numbering when each line of its messages is shorter than the stamp beside it', () => {
    fc.assert(
      fc.property(threads, (t) => {
        const page = threadPage({ ...t, family: 'discuz', lines: true, seconds: true });
        const thread = numberedThread(new JSDOM(page).window.document);
        expect(thread?.posts.length).toBe(t.posts);
      }),
      { numRuns: 40, seed: 20261214 },
    );
  });

  it('keeps every message where the software numbers the card and the signature but not the message', () => {
    fc.assert(
      fc.property(threads, (t) => {
        // phpBB's prosilver: div#p123 > div.postbody (div.content, unnumbered; div#sig123) + dl#profile123.
        const posts = Array.from({ length: t.posts }, (_, i) => {
          const n = t.firstId + i * 7;
          return `<div id="p${n}" class="post"><div class="inner"><div class="postbody"><h3><a href="#p${n}">Re: Rough idle</a></h3>
            <p class="author">by <a href="/u/${i}">driver${i}</a> » Tue Mar 04, 2012 12:${String(10 + i).padStart(2, '0')} pm</p>
            <div class="content">${EN_MESSAGES[i]}</div>${t.signature ? `<div id="sig${n}" class="signature">2004 Civic EX, daily driver ${i}</div>` : ''}</div>
            <dl class="postprofile" id="profile${n}"><dt><a href="/u/${i}">driver${i}</a></dt><dd>Posts: ${40 + i}</dd><dd>Joined: Mon Jan 01, 2018 12:00 pm</dd></dl></div></div>`;
        }).join('');
        const html = `<!doctype html><html lang="en"><head><title>Rough idle - Honda Forums</title></head><body><div id="page-body">${posts}</div></body></html>`;
        expectInOrder(cleaned(html), EN_MESSAGES.slice(0, t.posts));
      }),
      { numRuns: 30, seed: 20261213 },
    );
  });

  it('keeps a blog post whose comments are numbered, and takes no popups, data table or live blog for a thread', () => {
    const story = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the post, about the council's new bridge and what it will cost the town, in full.</p>`,
    ).join('');
    const comments = Array.from(
      { length: 4 },
      (_, i) =>
        `<li id="comment-${100 + i}"><div id="div-comment-${100 + i}"><span id="comment-date-${100 + i}">March ${i + 1}, 2020</span><p>Comment ${i + 1}: I agree with the post, the bridge is overdue.</p></div></li>`,
    ).join('');
    const blog = `<!doctype html><html lang="en"><head><title>The new bridge</title></head><body><article><h1>The new bridge</h1>${story}</article><ol class="commentlist">${comments}</ol></body></html>`;
    const text = cleaned(blog);
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Paragraph ${i} of the post`);
    const popups = Array.from(
      { length: 4 },
      (_, i) =>
        `<div id="pum-${200 + i}"><div id="popmake-${200 + i}">A picture's caption, number ${i + 1}, in a popup.</div></div>`,
    ).join('');
    const withPopups = blog.replace('</article>', `</article>${popups}`);
    expect(cleaned(withPopups)).toBe(cleaned(withPopups.replace(/id="(pum|popmake)-/g, 'id="x$1-')));
    // A data table whose rows and cells are numbered (a grid's markup): its columns are no posts, every cell stays.
    const rows = Array.from(
      { length: 6 },
      (_, i) =>
        `<tr id="row-${i}"><td id="name-${i}">Bridge ${i + 1}</td><td id="year-${i}">${1990 + i}</td><td id="note-${i}">Rebuilt after the flood of ${1990 + i}, with a wider deck and a footpath on the river side.</td></tr>`,
    ).join('');
    const table = `<!doctype html><html lang="en"><head><title>The town's bridges</title></head><body><article><h1>The town's bridges</h1><p>Every bridge the council looks after, with the year it opened and what was done to it since, as the survey lists them.</p><table><tbody>${rows}</tbody></table></article></body></html>`;
    const tableText = cleaned(table);
    for (let i = 0; i < 6; i++) expect(tableText).toContain(`Bridge ${i + 1}`);
    // A live blog whose entries number their parts: each entry's title is its own text, and stays.
    const entries = Array.from(
      { length: 5 },
      (_, i) =>
        `<article id="entry-${300 + i}"><h2 id="entry-title-${300 + i}">Update ${i + 1}: the council votes</h2><time id="entry-time-${300 + i}">14:0${i}</time><div id="entry-body-${300 + i}"><p>Entry ${i + 1} says what the council did at this hour, who spoke and how the vote went in the end.</p></div></article>`,
    ).join('');
    const live = `<!doctype html><html lang="en"><head><title>Council vote: live</title></head><body><main>${entries}</main></body></html>`;
    const liveText = cleaned(live);
    for (let i = 1; i <= 5; i++) expect(liveText).toContain(`Update ${i}: the council votes`);
  });
});
