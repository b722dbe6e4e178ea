/**
 * Captions, photo credits and slideshow chrome. Readability keeps `<figcaption>` and the credit lines
 * news sites print under images ("Photo: Damian Dovarganes, AP", "Image copyright Getty Images",
 * "(Image: © NASA/ESA)", "…Credit: EPA"); Hearst-style galleries add "Image 1 of 23", "Caption", "Close".
 * None of it is the article's prose, and the Zyte ground truth (like a reader) leaves it out.
 * The image itself stays: only the caption text goes.
 */
import { alive, classAndId, leafBlocks, remove, textOf, tooBig, wordCount, type PruneContext } from './util.js';

const CAPTION_CLASS =
  /(?:^|[\s_-])(?:wp-)?(?:caption|captions|figcaption|credit|credits|photo-?credit|image-?credit|media-?credit|img-?credit|copyright)(?:$|[\s_-])/i;

const CREDIT_LINE = new RegExp(
  [
    // "Photo: X, AP", "Foto: X", "Image: Hanwha", "Credit: Tyvak", "Source: News agencies" on its own line
    String.raw`^\(?(?:photo|photos|image|images|picture|foto|fotos|credit|credits|illustration|video|source|fonte|quelle)\s*(?:credit)?\s*[:：]`,
    // BBC: "Image copyright Getty Images", "Image caption …", "Media caption …"
    String.raw`^(?:image|media|photo)\s+(?:copyright|caption|credit)\b`,
    // "(Image: © Shutterstock)", "© John Brecher …", "© Reuters"
    String.raw`^\(?©`,
    // "Image 1 of 23", "Image 1 of / 23", "1 of 6"
    String.raw`^(?:image|photo|slide)?\s*\d+\s+of\s+/?\s*\d+$`,
    String.raw`^this slideshow requires javascript\.?$`,
    // Chinese photo lines: "图为…", "图片来源：新华社", "摄影：孙强"
    String.raw`^[（(]?(?:图为|圖為|图片来源|圖片來源|图源|圖源|摄影|攝影)`,
    String.raw`^media playback is unsupported on your device$`,
  ].join('|'),
  'i',
);

/** A caption sentence that ends in its credit: "…sought treatment Credit: EPA", "… (Photo: Getty Images)". */
const TRAILING_CREDIT =
  /(?:credit|photo|image|foto|picture)\s*[:：]\s*[^.!?]{1,80}\)?$|\((?:photo|image|credit)s?\s*[:：][^)]{1,80}\)$/i;
/** AP-style captions end in "(AP Photo/David Zalubowski)" or "(AP Photo/Alan Diaz, File)" (Hearst, Fox). */
/** A Chinese caption that ends in its credit: "…开工现场。（图片来源：城市晚报 记者 孙强 摄）", "…（資料照）". */
const HAN_CREDIT =
  /[（(](?:图片来源|圖片來源|图源|圖源|图|圖|摄影|攝影|资料照|資料照)[^）)]{0,40}[）)]$|[（(][^）)]{1,30}(?:摄|攝)[）)]$/;
const AGENCY_CREDIT = /\((?:[\p{Lu}]{2,8}\s+)?(?:photo|image|foto)s?\s*\/[^)]{1,80}\)$/iu;

/**
 * "Photographed by Sharokh Mirzai.", "Photograph by H. Armstrong Roberts, ClassicStock/Corbis" (magazines): the
 * name is capitalised and nothing follows it, so "Photographs by amateurs helped confirm the orbit." stays.
 */
const PHOTOGRAPHER_LINE =
  /^(?:[Pp]hotographed|[Pp]hotographs?|[Pp]hotos?|[Pp]ictures?|[Ii]llustrations?|[Ii]llustrated|[Ii]mages?)\s+by\s+\p{Lu}[\p{L}.'’-]*(?:[\s,/&]+(?:and\s+)?[\p{Lu}\d][\p{L}\d.'’/-]*)*\.?$/u;

const MAX_CAPTION_WORDS = 80;

export function pruneCaptions(ctx: PruneContext): void {
  for (const el of Array.from(ctx.root.querySelectorAll('figcaption'))) {
    if (!tooBig(ctx, el, MAX_CAPTION_WORDS)) remove(ctx, el, 'caption');
  }
  for (const el of Array.from(ctx.root.querySelectorAll('[class], [id]'))) {
    if (!alive(ctx, el) || !CAPTION_CLASS.test(classAndId(el))) continue;
    // A wrapper, not a caption: headings or several paragraphs. Hearst's `caption-full` holds one long <p>.
    if ((el.querySelector('h1, h2, h3, h4') || el.querySelectorAll('p').length > 1) && wordCount(textOf(el)) > 25)
      continue;
    if (!tooBig(ctx, el, MAX_CAPTION_WORDS)) remove(ctx, el, 'caption');
  }
  for (const el of leafBlocks(ctx.root)) {
    const text = textOf(el);
    const words = wordCount(text);
    if (((CREDIT_LINE.test(text) && words <= 40) || (PHOTOGRAPHER_LINE.test(text) && words <= 12)) && !tooBig(ctx, el))
      remove(ctx, el, 'credit');
    else if (
      (TRAILING_CREDIT.test(text) || AGENCY_CREDIT.test(text) || HAN_CREDIT.test(text)) &&
      words <= 60 &&
      !tooBig(ctx, el)
    )
      remove(ctx, el, 'caption');
  }
}
