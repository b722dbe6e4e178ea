/**
 * Captions, photo credits and slideshow chrome. Readability keeps `<figcaption>` and the credit lines
 * news sites print under images ("Photo: Damian Dovarganes, AP", "Image copyright Getty Images",
 * "(Image: © NASA/ESA)", "…Credit: EPA"); Hearst-style galleries add "Image 1 of 23", "Caption", "Close"; a gallery
 * set out as lines numbers each caption ("Firefox Aurora [2/10]").
 *
 * A figure's caption that belongs to an image still in the article stays with it: it says what the picture
 * shows, and readers of every reading tool ask for it (issue 16). What goes is a caption left without its
 * picture (the gallery's, the video's that Readability dropped), a line that is only a credit, caption lines
 * outside a figure, and slideshow chrome.
 * The image itself always stays: a caption wrapper that holds it (WordPress's `div.wp-caption`) is no caption.
 */
import { alive, classAndId, leafBlocks, remove, textOf, tooBig, wordCount, type PruneContext } from './util.js';
import { vocabulary } from './split-alternation.js';

const CAPTION_CLASS =
  /(?:^|[\s_-])(?:wp-)?(?:caption|captions|figcaption|credit|credits|photo-?credit|image-?credit|media-?credit|img-?credit|copyright)(?:$|[\s_-])/i;

/** The names among those that say credit, not description. */
const CREDIT_CLASS =
  /(?:^|[\s_-])(?:credit|credits|photo-?credit|image-?credit|media-?credit|img-?credit|copyright)(?:$|[\s_-])/i;

const CREDIT_LINE = vocabulary(
  new RegExp(
    [
      // "Photo: X, AP", "Foto: X", "Image: Hanwha", "Credit: Tyvak", "Source: News agencies" on its own line
      String.raw`^\(?(?:photo|photos|image|images|picture|foto|fotos|credit|credits|illustration|video|source|fonte|quelle)\s*(?:credit)?\s*[:：]`,
      // A post's picture labelled by its role, and the other languages' "source": "Titelbild: Stadt Weimar", "Symbolbild",
      // "Fuente: Europa Press", "Bron: ANP", "Źródło: PAP".
      String.raw`^\(?(?:titelbild|beitragsbild|symbolbild|vorschaubild|fuente|bron|źródło|kilde|källa|lähde)\s*(?:[:：]|$)`,
      // The same credit lines on European sites: "Bild: picture alliance/dpa", "Crédit photo : AFP", "Zdjęcie: PAP",
      // "Kuvat: Tommi Tuomi" (Finnish), and Vietnamese "Ảnh: Cao Trung Hiếu".
      String.raw`^\(?(?:bild(?:quelle)?|bilder|crédits?(?:\s+photos?)?|créditos?(?:\s+(?:de\s+)?(?:foto|imagen|fotografía))?|fotografía|fotografie|fotografia|zdjęcie|fot\.|kuvat?|ảnh|imagen|immagine|afbeelding|beeld|φωτογραφία|φωτό)\s*[:：]`,
      // The credits' own names: "Bildnachweis: Stadt Musterstadt", "Fotonachweis:", "Crédit photo :", "Foto di
      // copertina:".
      String.raw`^\(?(?:bildnachweis(?:e)?|fotonachweis(?:e)?|bildrechte|bildquellen|fotoquelle|photo\s+credits?|crédit\s+(?:image|photo)|source\s+(?:photo|image)|(?:imagen|foto)\s+de\s+portada|(?:foto|immagine)\s+di\s+copertina|credit[oi]\s+fotografic[oi]|fonte\s+(?:foto|immagine)|fotocredits?|beeldrecht(?:en)?|źródło\s+zdjęcia)\s*[:：]`,
      // An archive picture's and an agency's or a screen grab's credit: "Foto d'archivio", "ANSA/ Mario Rossi",
      // "Reprodução/TV Globo", "Divulgação/Prefeitura".
      String.raw`^\(?foto\s+d['’]archivio\b.{0,40}$|^(?:ansa|epa|lapresse|imagoeconomica|getty\s+images|folhapress|reprodução|divulgação|arquivo\s+pessoal)\s*/\s*\S.{0,40}$`,
      // A picture lent by its owner, on a line of its own: "Courtesy of Zillow", "(Courtesy G4)", "Photo courtesy NASA".
      String.raw`^\(?(?:(?:photo|image|picture)s?\s+)?courtesy(?:\s+of)?\s+\S.{0,60}$`,
      // Polish credits abbreviate without a colon: "Fot. Jan Kowalski", "fot. PAP/Leszek Szymański".
      String.raw`^\(?fot\.(?:\s+\S+){1,8}$`,
      // …and with a bar for the colon: "Imagen | Dacia, Tesla y Mercedes", "Foto | Reuters".
      String.raw`^(?:photo|photos|image|images|foto|fotos|bild|imagen|imágenes|immagine|crédit)\s+\|\s`,
      // BBC: "Image copyright Getty Images", "Image caption …", "Media caption …"
      String.raw`^(?:image|media|photo)\s+(?:copyright|caption|credit)\b`,
      // The BBC's later template, a label and a comma before the agency: "Image source, Getty Images", and the same
      // label in its language services: Arabic "صدر الصورة، EPA", Persian "منبع تصویر،", Russian "Автор фото,",
      // Mundo "Fuente de la imagen,", Chinese "图像来源，", Indonesian "Sumber gambar,".
      String.raw`^(?:image\s+source|صدر\s+الصورة|منبع\s+تصویر|автор\s+фото|fuente\s+de\s+la\s+imagen|图像来源|圖像來源|sumber\s+gambar)\s*[,،，]`,
      // "(Image: © Shutterstock)", "© John Brecher …", "© Reuters"
      String.raw`^\(?©`,
      // "Image 1 of 23", "Image 1 of / 23", "1 of 6"; a gallery's counter in the languages of European sites:
      // "Bild 3 von 12", "Photo 2 sur 8", "Foto 1 de 5", "Immagine 4 di 9"
      String.raw`^(?:image|photo|slide)?\s*\d+\s+of\s+/?\s*\d+$`,
      String.raw`^(?:bild|foto|photo|imagen|immagine|afbeelding|zdjęcie)\s+\d+\s+(?:von|sur|de|di|van|z)\s+\d+$`,
      String.raw`^this slideshow requires javascript\.?$`,
      // Chinese photo lines: "图为…", "图片来源：新华社", "摄影：孙强"
      String.raw`^[（(]?(?:图为|圖為|图片来源|圖片來源|图源|圖源|摄影|攝影)`,
      // A picture's kind alone under it: "资料图" (a file photo), "示意图" (an illustration), "（資料照片）".
      String.raw`^[（(【]?(?:资料|資料|示意|配|网络|網絡|網路)(?:图|圖|图片|圖片|照片|照)[）)】]?$`,
      String.raw`^media playback is unsupported on your device$`,
    ].join('|'),
    'i',
  ),
);
/** "图为…" ("the picture shows…") opens a caption that describes its picture, not a credit. */
const DESCRIBES_PICTURE = /^[（(]?(?:图为|圖為)/;

/** A caption sentence that ends in its credit: "…sought treatment Credit: EPA", "… (Photo: Getty Images)". */
const TRAILING_CREDIT =
  /(?:credit|photo|image|foto|picture)\s*[:：]\s*[^.!?]{1,80}\)?$|\((?:photo|image|credit)s?\s*[:：][^)]{1,80}\)$/i;
/** A Chinese caption that ends in its credit: "…开工现场。（图片来源：城市晚报 记者 孙强 摄）", "…（資料照）". */
const HAN_CREDIT =
  /[（(](?:图片来源|圖片來源|图源|圖源|图|圖|摄影|攝影|资料照|資料照)[^）)]{0,40}[）)]$|[（(][^）)]{1,30}(?:摄|攝)[）)]$/;
/** AP-style captions end in "(AP Photo/David Zalubowski)" or "(AP Photo/Alan Diaz, File)" (Hearst, Fox). */
const AGENCY_CREDIT = /\((?:[\p{Lu}]{2,8}\s+)?(?:photo|image|foto)s?\s*\/[^)]{1,80}\)$/iu;

/**
 * "Photographed by Sharokh Mirzai.", "Photograph by H. Armstrong Roberts, ClassicStock/Corbis" (magazines), "Foto di
 * Marco Rossi", "Foto von Max Muster", "Photo de Marie Dupont": the name is capitalised and nothing follows it, so
 * "Photographs by amateurs helped confirm the orbit." and "Foto de familia de los líderes" stay.
 */
const PHOTOGRAPHER_LINE = vocabulary(
  /^(?:(?:[Pp]hotographed|[Pp]hotographs?|[Pp]hotos?|[Pp]ictures?|[Ii]llustrations?|[Ii]llustrated|[Ii]mages?)\s+by|(?:[Ff]otos?|[Pp]hotos?|[Bb]ild(?:er)?)\s+(?:di|de|von|par|door))\s+\p{Lu}[\p{L}.'’-]*(?:[\s,/&]+(?:and\s+)?[\p{Lu}\d][\p{L}\d.'’/-]*)*\.?$/u,
);

const MAX_CAPTION_WORDS = 80;

/**
 * A gallery's captions set out as lines, each ending in its place in the gallery: "Firefox Aurora [2/10]",
 * "Neue Logos (10/10)". One such line proves nothing (a score, "the vote passed (3/4)"); a series of them sharing
 * the gallery's size, at different places, is the gallery's caption list.
 */
const GALLERY_PLACE = /[[(]\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*[\])]$/;
const MIN_GALLERY_LINES = 3;
const MAX_GALLERY_LINE_WORDS = 20;

/** The lines of `blocks` that are one gallery's numbered captions (at least MIN_GALLERY_LINES of one size). */
function galleryCaptions(blocks: readonly Element[]): Element[] {
  const bySize = new Map<string, Array<{ el: Element; place: string }>>();
  for (const el of blocks) {
    const text = textOf(el);
    const match = GALLERY_PLACE.exec(text);
    if (!match || wordCount(text) > MAX_GALLERY_LINE_WORDS || Number(match[1]) > Number(match[2])) continue;
    const lines = bySize.get(match[2]!) ?? [];
    lines.push({ el, place: match[1]! });
    bySize.set(match[2]!, lines);
  }
  return [...bySize.values()]
    .filter((lines) => new Set(lines.map((line) => line.place)).size >= MIN_GALLERY_LINES)
    .flatMap((lines) => lines.map((line) => line.el));
}
/** What a caption can describe. */
const PICTURE = 'img, picture, svg, video';

const pictureOutside = (holder: Element, caption: Element): boolean =>
  Array.from(holder.querySelectorAll(PICTURE)).some((m) => !caption.contains(m));

/**
 * True when `caption` is the `<figcaption>` of a figure whose picture is still in the article. Only the
 * figure's own caption: class-named caption lines and the line under a photo stay out (they carry credits
 * more often than descriptions, and the Zyte ground truth leaves captions out: keeping figure captions costs
 * F1 .979 → .976 there, keeping these too .974).
 */
function hasPicture(ctx: PruneContext, caption: Element): boolean {
  const figure = caption.closest('figure');
  return caption.localName === 'figcaption' && !!figure && ctx.root.contains(figure) && pictureOutside(figure, caption);
}

/** Words a box around a picture and its caption may hold besides the caption's: a counter, a "zoom" label. */
const BOX_EXTRA_WORDS = 3;

/**
 * True when `caption` is set beside its picture in a box of their own, as a `<figure>` would hold them but in
 * `<div>`s (ASCII's `div.photo` around its images and `p.caption`, a CMS's `div.image` > `img` + `span.caption`):
 * the nearest box around the caption that holds a picture still in the article holds no other text. A caption line
 * loose in the story, or beside a picture in a box of text, is not one.
 */
function besidePicture(ctx: PruneContext, caption: Element): boolean {
  let box = caption.parentElement;
  for (let depth = 0; box && box !== ctx.root && depth < 3; depth++, box = box.parentElement) {
    if (!pictureOutside(box, caption)) continue;
    // Its other captions' words (the credit line beside the description) are a caption's too.
    let captions = wordCount(textOf(caption));
    for (const other of Array.from(box.querySelectorAll('[class], [id]')))
      if (!other.contains(caption) && !caption.contains(other) && CAPTION_CLASS.test(classAndId(other)))
        captions += wordCount(textOf(other));
    return wordCount(textOf(box)) <= captions + BOX_EXTRA_WORDS;
  }
  return false;
}

/** A description beside its picture: named as a caption, not as a credit, and not a photographer's line. */
const describesPicture = (ctx: PruneContext, el: Element, text: string): boolean =>
  !CREDIT_CLASS.test(namesOf(el)) && !PHOTOGRAPHER_LINE.test(text) && besidePicture(ctx, el);

/**
 * A caption's own label, as the BBC's templates write it for screen readers before the description ("Image caption,
 * Protesters gather…"): the line describes the picture, whatever CREDIT_LINE says of lines without one.
 */
const CAPTION_LABEL = /^(?:image|media|photo)\s+caption\b/i;

/** Only a credit, no description: "Photo: Jane Roe", "© Reuters", "(AP Photo/David Zalubowski)", "图片来源：新华社". */
const onlyCredit = (text: string): boolean =>
  (CREDIT_LINE.test(text) && !DESCRIBES_PICTURE.test(text) && !CAPTION_LABEL.test(text)) ||
  AGENCY_CREDIT.exec(text)?.index === 0;

/**
 * schema.org's credit properties, as a caption's parts declare them (NYT's `itemprop="copyrightHolder"` span after
 * its screen-reader "Credit…" label): a credit by name, as a `credit` class is.
 */
const CREDIT_PROPERTY = /(?:^|\s)(?:copyrightHolder|copyrightNotice|creditText)(?:$|\s)/;

/**
 * A part of a `<figcaption>` named for who took the picture (NZZ's `image-description__author` under its description,
 * `caption__photographer`): the picture's credit, not the story's author, inside a caption.
 */
const PICTURE_AUTHOR = /(?:^|[\s_-])(?:author|authors|photographer|fotograf|photo-?by)(?:$|[\s_-])/i;

/** The element's class and id, and `credit` where its microdata property or its name inside a caption names one. */
function namesOf(el: Element): string {
  const names = classAndId(el);
  const credit =
    CREDIT_PROPERTY.test(el.getAttribute('itemprop') ?? '') ||
    (PICTURE_AUTHOR.test(names) && el.parentElement?.closest('figcaption') != null);
  return credit ? `${names} credit` : names;
}

export function pruneCaptions(ctx: PruneContext): void {
  const kept = new Set<Element>();
  /** A caption: kept beside its picture unless it is a bare credit; removed when its picture is gone. */
  const judge = (el: Element): void => {
    if (tooBig(ctx, el, MAX_CAPTION_WORDS)) return;
    const text = textOf(el);
    if ((hasPicture(ctx, el) || describesPicture(ctx, el, text)) && !onlyCredit(text)) kept.add(el);
    else remove(ctx, el, onlyCredit(text) ? 'credit' : 'caption');
  };
  for (const el of Array.from(ctx.root.querySelectorAll('figcaption'))) judge(el);
  // A kept caption's own description (NZZ's `h2.image-description__caption` inside the figure's figcaption) stays
  // with it; a part of it named as a credit is still judged.
  const keptDescription = (el: Element, names: string): boolean =>
    !CREDIT_CLASS.test(names) && [...kept].some((caption) => caption.contains(el));
  for (const el of Array.from(ctx.root.querySelectorAll('[class], [id], [itemprop]'))) {
    const names = namesOf(el);
    if (!alive(ctx, el) || kept.has(el) || !CAPTION_CLASS.test(names) || keptDescription(el, names)) continue;
    // The figure itself (`div.wp-caption` around the image and its text), not its caption: the caption inside is judged on its own.
    if (el.querySelector(PICTURE)) continue;
    // A wrapper, not a caption: headings or several paragraphs. Hearst's `caption-full` holds one long <p>.
    if ((el.querySelector('h1, h2, h3, h4') || el.querySelectorAll('p').length > 1) && wordCount(textOf(el)) > 25)
      continue;
    judge(el);
  }
  // One caption under every picture of a gallery (the show's name under each of its photos) says nothing of each:
  // it is kept once, under the first.
  const said = new Set<string>();
  for (const caption of kept) {
    const text = textOf(caption);
    if (!said.has(text)) said.add(text);
    else if (alive(ctx, caption)) {
      kept.delete(caption);
      remove(ctx, caption, 'caption');
    }
  }
  const inKept = (el: Element): boolean => [...kept].some((caption) => caption.contains(el) || el.contains(caption));
  const leaves = leafBlocks(ctx.root);
  // A gallery still shown (its pictures in the article, each caption kept with its own) keeps its numbers.
  for (const el of galleryCaptions(leaves.filter((leaf) => !inKept(leaf))))
    if (!tooBig(ctx, el)) remove(ctx, el, 'caption');
  for (const el of leaves) {
    if (!alive(ctx, el)) continue;
    const text = textOf(el);
    const words = wordCount(text);
    if (inKept(el)) continue;
    if (
      ((CREDIT_LINE.test(text) && words <= 40) || (PHOTOGRAPHER_LINE.test(text) && words <= 12)) &&
      !tooBig(ctx, el)
    ) {
      remove(ctx, el, 'credit');
    } else if (
      (TRAILING_CREDIT.test(text) || AGENCY_CREDIT.test(text) || HAN_CREDIT.test(text)) &&
      words <= 60 &&
      !tooBig(ctx, el)
    ) {
      remove(ctx, el, 'caption');
    }
  }
}
