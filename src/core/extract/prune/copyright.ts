/**
 * Copyright, syndication and citation footers inside the container: "Copyright ⓒ Entermedia.co.kr.
 * 무단전재 및 재배포 금지", "© 2019 Capitol Hill Publishing Corp.", "Via SyndiGate.info", phys.org's
 * "Citation: … retrieved … from …" and "This document is subject to copyright", Chinese 版权所有 /
 * 未经授权禁止转载 lines, disclaimers ("声明：…仅供参考，不构成投资建议", "Disclaimer: …", a platform's "本文为…作者或机构…发布，仅代表该作者或机构观点，
 * 不代表…的观点或立场" and its "特别声明" heading; a content platform's "特别声明：以上内容…为自媒体平台“网易号”用户上传并发布，
 * 本平台仅提供信息存储服务" with its English "Notice: … only provides information storage services", Sohu's "…搜狐仅提供
 * 信息存储空间服务"), the takedown notices of reposting sites
 * and resource blogs ("如有侵权请联系删除", "本站资源仅供学习研究，如果侵犯了您的合法权益，请联系本站删除") and reprint notes ("本文原标题：
 * 《…》", "（原标题：…）") and first-published notes ("Der Beitrag erscheint zuerst auf …", "Cet article est paru dans notre newsletter …";
 * not the English "This article was originally published by …", which the Zyte annotators keep as the article's
 * last line), and trademark notices ("Apple, the Apple logo, Mac … are trademarks of Apple.", "The McDonald’s logo is a
 * registered trademark of …", "Other company and product names may be trademarks of their respective owners.", "All
 * other trademarks mentioned herein are the property of their respective owners." — a story that names a trademark
 * says neither "the … logo … are trademarks" in one sentence nor "trademarks of" or "… are the property of their
 * respective owners"; "the names of their respective owners" is a story's). Legal boilerplate, never the story — also
 * when it is one line of a block written with <br>s, and then only that line goes.
 */
import {
  brLines,
  closesStory,
  leafBlocks,
  remove,
  removeLine,
  textOf,
  tooBig,
  wordCount,
  type PruneContext,
} from './util.js';
import { vocabulary } from './split-alternation.js';

const LEGAL = vocabulary(
  /^(?:copyright\b|©|\(c\)\s*\d{4}|ⓒ)|all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|tod[oa]s\s+(?:los\s+)?(?:derechos|os\s+direitos)\s+reservados|riproduzione\s+riservata|tutti\s+i\s+diritti\s+riservati|alle\s+rechten\s+voorbehouden|wszelkie\s+prawa\s+zastrzeżone|alle\s+rettigheder\s+forbeholdes|alla\s+rättigheter\s+förbehållna|\bthe\s+contents\s+of\s+this\s+site\s+are\s+©|subject\s+to\s+copyright|^citation\s*:|^via\s+\S+\.\w{2,4}$|무단\s*전재|재배포\s*금지|版权所有|版權所有|未经(?:授权|许可)|未經(?:授權|許可)|(?:禁止|不得)转载|(?:禁止|不得)轉載|转载请(?:注明|保留)|轉載請(?:註明|保留)|如有侵[权權]|侵[犯害]了?(?:您|你)的(?:合法)?(?:权益|權益|权利|權利)|(?:联系|聯繫)(?:我们|我們|本站|站长|站長|小编|小編)[^，,。]{0,12}(?:删除|刪除)|(?:我们|我們|本站)(?:会|會|将|將)?(?:及时|及時|立即|第一时间|第一時間)?(?:处理|處理|予以)?(?:删除|刪除)|(?:本站|本文|以上|资源|資源|内容|內容)[^，,。]{0,8}(?:仅供|僅供)(?:学习|學習|研究|交流)|^本站(?:发布|發布|提供|分享)?的?(?:资源|資源|内容|內容|文章|软件|軟體)(?:均|皆|大多|大部分)?(?:来源于|來源於|来自|來自|收集于|收集於)(?:互联网|互聯網|网络|網絡|網路)|^(?:免责声明|免責聲明|特别声明|特別聲明|版权声明|版權聲明|郑重声明|鄭重聲明|声明|聲明|disclaimer|haftungsausschluss|avertissement|aviso\s+legal)\s*[:：]|(?:仅|僅)提供信息(?:存储|存儲|发布|發布)(?:空间|空間)?(?:服务|服務|平台)(?![的之])|\bonly\s+provides?\s+information\s+storage\s+services?\b|^(?:特别声明|特別聲明|免责声明|免責聲明|声明|聲明)$|(?:仅|僅)代表(?:该|該)?作者|不代表(?:本站|本网|本網|本平台|本报|本報|[^，,。\s]{1,8}?(?:网|網|新闻|新聞|平台))的?(?:观点|立场|觀點|立場)|^[（(]?\s*(?:本文)?原标题\s*[:：]|^[（(]?\s*(?:本文)?原標題\s*[:：]|^(?:dieser\s+|der\s+)?(?:beitrag|artikel|text)\s+(?:erschien|erscheint|ist)\s+(?:zuerst|ursprünglich|erstmals)|^cet\s+article\s+(?:est\s+paru|a\s+été\s+(?:initialement\s+)?publié|est\s+initialement\s+paru)|^(?:este\s+artículo|questo\s+articolo|este\s+artigo)\s+(?:fue|è\s+stato|foi)\s+(?:publicad[oa]|pubblicato)\s+(?:originalmente|originariamente|inicialmente)|\b(?:(?:trademarks?|marks|names)(?:\s+[\w-]+){0,3}?\s+(?:are|is)\s+the\s+property|trademarks?|marks)\s+of\s+their\s+respective\s+(?:owners|holders|companies)|\bthe\s+[^\s,.]+(?:\.[^\s,.]+)*(?:\s+[^\s,.]+(?:\.[^\s,.]+)*){0,2}\s+logo\b(?:[^.]|\.(?!\s)){0,200}\b(?:are|is(?:\s+an?)?)\s+(?:registered\s+)?trademarks?\b/i,
);

const MAX_WORDS = 60;
const isLegal = (text: string) => LEGAL.test(text) && wordCount(text) <= MAX_WORDS;

export function pruneCopyright(ctx: PruneContext): void {
  const blocks = leafBlocks(ctx.root);
  for (const [at, el] of blocks.entries()) {
    // The lines first: a notice written under the story's last sentence ("…the repairs.<br><br>Apple and the Apple
    // logo are trademarks of Apple.") takes its own line, not the sentence above it.
    const legalLines = brLines(el).filter((line) => isLegal(line.text));
    if (legalLines.length > 0) for (const line of legalLines) removeLine(ctx, el, line, 'copyright');
    else if (isLegal(textOf(el)) && (!tooBig(ctx, el) || closesStory(ctx, blocks, at))) remove(ctx, el, 'copyright');
  }
}
