/**
 * Tag and topic lists at the foot of a post: a "Tags" label over a comma-separated line of keywords
 * (a Brazilian motor-racing blog), "Tags: a, b, c" and "Topics: …" in one line, "Filed under …",
 * Chinese 标签 / 關鍵詞 lines. They index the site, not the story.
 */
import { blockText } from '../../text.js';
import { alive, leafBlocks, linkDensity, remove, textOf, tooBig, wordCount, type PruneContext } from './util.js';

/**
 * A tag list's label, in the languages of the sites the corpus and readers meet: English; German, French, Italian,
 * Spanish, Portuguese, Dutch, Polish, Czech, the Nordic languages, Finnish, Hungarian, Romanian, Greek, Turkish,
 * Russian; Chinese, Japanese, Korean. Each is asked only with a list after it (a keyword line, or links), so a
 * heading "Themen" over prose stays.
 */
const LABELS = [
  String.raw`tags?|tagged(?:\s+with)?|topics?|keywords?|filed\s+under|categories|category`,
  String.raw`schlagwörter|schlagworte|stichwörter|stichworte|themen|kategorien?`,
  String.raw`mots[-\s]clés|thèmes|catégories?|étiquettes|sujets`,
  String.raw`parole\s+chiave|argomenti|categori[ae]`,
  String.raw`etiquetas?|marcadores|temas|categorías?|palabras\s+clave|archivado\s+en|palavras[-\s]chave|categorias?|assuntos|tópicos|arquivado\s+em`,
  String.raw`trefwoorden|onderwerpen|categorieën`,
  String.raw`tagi|słowa\s+kluczowe|kategorie|tematy|štítky|klíčová\s+slova|témata`,
  String.raw`taggar|ämnen|kategorier|nyckelord|emner|stikkord|stikord|nøgleord|avainsanat|asiasanat|aiheet|tunnisteet`,
  String.raw`címkék|kulcsszavak|etichete|cuvinte\s+cheie|ετικέτες|etiketler|anahtar\s+kelimeler`,
  String.raw`теги|метки|ключевые\s+слова|рубрики`,
  String.raw`标签|標籤|关键词|關鍵詞|关键字|關鍵字|分类|分類|所属分类|所屬分類|栏目|欄目|タグ|カテゴリー?|キーワード|태그|키워드|카테고리`,
].join('|');
/** The label alone on its line. */
const LABEL = new RegExp(String.raw`^(?:${LABELS})\s*[:：]?$`, 'i');
/** Whether a line is a tag list's label alone ("Topics", "Schlagwörter:"), whose list may be gone. */
export const isTagLabel = (text: string): boolean => LABEL.test(text);
/** What LABEL's first line can start with, tested on the block's text before its lines are laid out. */
const LABEL_START = new RegExp(String.raw`^(?:${LABELS})`, 'i');
/** The label and the list on one line. */
const LABELLED_LIST = new RegExp(String.raw`^(?:${LABELS})\s*[:：]\s*\S`, 'i');

/** A list of keywords: short items between commas or bullets, or mostly links. */
function isKeywordList(el: Element): boolean {
  return isKeywordText(textOf(el)) || linkDensity(el) >= 0.8;
}

function isKeywordText(text: string): boolean {
  // Chinese pages separate tags with (full-width) spaces: "标签：农村公路　交通　民生".
  const separator = /[\u4e00-\u9fff]/.test(text) ? /[\s\u3000,，、|·•]+/ : /\s*[,，、|·•\u3000]\s*/;
  const items = text.split(separator).filter(Boolean);
  const shortItems = items.length >= 2 && items.every((item) => wordCount(item) <= 6);
  return shortItems && !/[.!?。！？]$/.test(text);
}

/** After the label, nothing but links: "Tags: <a>SEO</a>", a one-tag list no separator shows. */
function restLinked(el: Element, rest: Element): boolean {
  const after = textOf(rest);
  if (!after) return false;
  const linked = Array.from(el.querySelectorAll('a[href]')).reduce((n, a) => n + textOf(a).length, 0);
  return linked >= 0.8 * after.length;
}

/** WordPress marks tag links `rel="tag"`: a short block of them is the post's tag list. */
const isRelTagList = (el: Element): boolean =>
  el.querySelectorAll('a[rel~="tag"]').length >= 2 && linkDensity(el) >= 0.6;

export function pruneTags(ctx: PruneContext): void {
  const blocks = leafBlocks(ctx.root);
  blocks.forEach((el, i) => {
    if (!alive(ctx, el)) return;
    const text = textOf(el);
    // "Tags<br>a, b, c" in one paragraph: the label is the first line (laid out only when the text opens with one).
    const labelledFirstLine = () => {
      if (!LABEL_START.test(text)) return false;
      const [firstLine = '', ...lines] = blockText(el).split('\n\n');
      return LABEL.test(firstLine) && isKeywordText(lines.join(', '));
    };
    // rel="tag" is the CMS saying so: on a short post the list can be a fifth of the text and still go.
    if (wordCount(text) <= 80 && (isRelTagList(el) || (labelledFirstLine() && !tooBig(ctx, el)))) {
      remove(ctx, el, 'tags');
      return;
    }
    if (LABELLED_LIST.test(text) && wordCount(text) <= 60 && !tooBig(ctx, el)) {
      const rest = el.cloneNode(true) as Element;
      rest.textContent = text.replace(/^[^:：]*[:：]\s*/, '');
      if (isKeywordList(el) || isKeywordList(rest) || restLinked(el, rest)) remove(ctx, el, 'tags');
      return;
    }
    const next = blocks[i + 1];
    if (LABEL.test(text) && next && wordCount(textOf(next)) <= 60 && isKeywordList(next) && !tooBig(ctx, next)) {
      remove(ctx, el, 'tags');
      remove(ctx, next, 'tags');
    }
  });
}
