/**
 * The step between clean() and output, where an Article can be rewritten before it is printed. Empty today;
 * `clean --convert CONFIG` (OpenCC conversion, src/core/convert/) will add its step in `transformsFor`.
 */
import type { Article } from '../core/types.js';

export type ArticleTransform = (article: Article) => Article | Promise<Article>;

/** Applies the steps in order. */
export async function applyTransforms(article: Article, steps: readonly ArticleTransform[]): Promise<Article> {
  let result = article;
  for (const step of steps) result = await step(result);
  return result;
}
