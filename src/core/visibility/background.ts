/**
 * The `background` shorthand, read for pattern 9 (text the colour of its background): which colour it paints
 * and whether an image or gradient paints over it. The shorthand resets what it does not name, so
 * `background: none` is transparent; whatever cannot be read (`var(--bg)`, `inherit`, `color-mix()`) stays as written,
 * which parseColour rejects — an unknown background, which never hides.
 */
import { splitTopLevel } from './css-parse.js';
import { parseColour } from './colour.js';
import { collapseSpace } from '../dom.js';

/** Anything that paints an image: then the text colour proves nothing (a white headline on a photo). */
export const PAINTS_IMAGE = /(?:url|gradient|image-set|image|element|cross-fade)\s*\(/;

/** Shorthand tokens that are not a colour: repeat, attachment, position, size, box keywords and lengths. */
const NOT_A_COLOUR =
  /^(?:none|repeat(?:-[xy])?|no-repeat|space|round|scroll|fixed|local|center|top|bottom|left|right|auto|cover|contain|(?:border|padding|content)-box|text|-?[\d.]+[a-z%]*)$/;

/** `background` as its longhands: background-color, background-image, and background-clip when it clips to text. */
export function backgroundLonghands(value: string): Array<[string, string]> {
  const v = collapseSpace(value);
  if (/^(?:initial|unset|none|transparent)$/.test(v))
    return [
      ['background-color', 'transparent'],
      ['background-image', 'none'],
    ];
  const layers = splitTopLevel(v, ',');
  // Only the last layer may carry the colour.
  const tokens = splitTopLevel(layers[layers.length - 1] ?? '', ' ')
    .flatMap((t) => (t.includes('(') ? [t] : t.split('/')))
    .map((t) => t.trim())
    .filter(Boolean);
  const colour =
    tokens.find((t) => parseColour(t) !== null) ?? (tokens.every((t) => NOT_A_COLOUR.test(t)) ? 'transparent' : v);
  const out: Array<[string, string]> = [
    ['background-color', colour],
    ['background-image', PAINTS_IMAGE.test(v) ? v : 'none'],
  ];
  if (tokens.includes('text')) out.push(['background-clip', 'text']);
  return out;
}
