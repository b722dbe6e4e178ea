/** Colour syntaxes the static path reads (pattern 9), the ones it must leave unknown, and what that does to verdicts. */
import { describe, expect, test } from 'vitest';
import { parseColour, parseLegacyColour } from '../../../src/core/visibility/colour.js';
import { NAMED_COLOURS } from '../../../src/core/visibility/colour-names.js';
import { verdictsById } from './verdicts.js';

const WHITE = [255, 255, 255, 1];

describe('parseColour', () => {
  test.each([
    // What computed style returns (live.ts).
    ['rgb(255, 255, 255)', WHITE],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgba(12, 34, 56, 0.5)', [12, 34, 56, 0.5]],
    // Hex.
    ['#fff', WHITE],
    ['#FFFFFF', WHITE],
    ['#ffffff80', [255, 255, 255, 128 / 255]],
    ['#0008', [0, 0, 0, 136 / 255]],
    // rgb(): comma and space syntax, percentages, clamping, case and whitespace.
    ['rgb(255,255,255)', WHITE],
    ['RGB( 255 , 255 , 255 )', WHITE],
    ['rgb(255 255 255)', WHITE],
    ['rgb(255 255 255 / 50%)', [255, 255, 255, 0.5]],
    ['rgb(255 255 255/.5)', [255, 255, 255, 0.5]],
    ['rgba(255 255 255 / 1)', WHITE],
    ['rgb(100%, 100%, 100%)', WHITE],
    ['rgb(100% 100% 100% / 0)', [255, 255, 255, 0]],
    ['rgba(255, 255, 255, 50%)', [255, 255, 255, 0.5]],
    ['rgb(255, 255, 255, .25)', [255, 255, 255, 0.25]],
    ['rgb(300 -5 1e2)', [255, 0, 100, 1]],
    ['rgba(0,0,0,2)', [0, 0, 0, 1]],
    ['  rgb(\n0\t0 0 )  ', [0, 0, 0, 1]],
    // hsl()/hsla(): both syntaxes, hue units, alpha forms.
    ['hsl(0, 0%, 100%)', WHITE],
    ['hsl(0 0% 100%)', WHITE],
    ['HSL(0,0%,100%)', WHITE],
    ['hsla(0, 0%, 100%, 1)', WHITE],
    ['hsla(0 0% 100% / 0.5)', [255, 255, 255, 0.5]],
    ['hsl(0 0% 100% / 50%)', [255, 255, 255, 0.5]],
    ['hsl(0, 0%, 0%)', [0, 0, 0, 1]],
    ['hsl(0, 100%, 50%)', [255, 0, 0, 1]],
    ['hsl(120 100% 50%)', [0, 255, 0, 1]],
    ['hsl(240deg 100% 50%)', [0, 0, 255, 1]],
    ['hsl(0.5turn 100% 50%)', [0, 255, 255, 1]],
    ['hsl(-120, 100%, 50%)', [0, 0, 255, 1]],
    ['hsl(200grad 100% 50%)', [0, 255, 255, 1]],
    [`hsl(${Math.PI}rad 100% 50%)`, [0, 255, 255, 1]],
    ['hsl(480, 100%, 50%)', [0, 255, 0, 1]],
    ['hsl(220 30% 12%)', [21, 28, 40, 1]],
    ['hsl(0 0% 150%)', WHITE],
    ['hsla(0, 0%, 100%, 0)', [255, 255, 255, 0]],
    // Names and keywords.
    ['white', WHITE],
    ['WHITE', WHITE],
    [' snow ', [255, 250, 250, 1]],
    ['ivory', [255, 255, 240, 1]],
    ['whitesmoke', [245, 245, 245, 1]],
    ['black', [0, 0, 0, 1]],
    ['navy', [0, 0, 128, 1]],
    ['rebeccapurple', [102, 51, 153, 1]],
    ['grey', [128, 128, 128, 1]],
    ['darkslategrey', [47, 79, 79, 1]],
    ['transparent', [0, 0, 0, 0]],
    ['Transparent', [0, 0, 0, 0]],
  ])('%s', (value, rgba) => expect(parseColour(value)).toEqual(rgba));

  test.each([
    // Keywords and functions whose colour depends on something we do not model.
    'currentcolor',
    'currentColor',
    'inherit',
    'initial',
    'unset',
    'revert',
    'var(--white)',
    'color-mix(in srgb, white, black)',
    'rgb(var(--r), 255, 255)',
    'hsl(calc(0), 0%, 100%)',
    'color(srgb 1 1 1)',
    'oklch(100% 0 0)',
    'lab(100 0 0)',
    // System colours are not named colours.
    'Canvas',
    'CanvasText',
    'ButtonFace',
    'Window',
    'WindowText',
    // Malformed or invalid.
    '',
    '   ',
    'whitee',
    'constructor',
    '__proto__',
    '#ff',
    '#fffff',
    '#ggg',
    'rgb(255, 255)',
    'rgb(255 255 255 255)',
    'rgb(255, 255 255)',
    'rgb(255 255 255, 1)',
    'rgb(255,255,255,)',
    'rgb(100%, 255, 255)',
    'rgb(1.2.3, 0, 0)',
    'rgb(255 255 255 / 1 / 1)',
    'rgb(255 255 255 /)',
    'rgb(none 255 255)',
    'hsl(0, 0, 100)',
    'hsl(0 0% 100)',
    'hsl(none 0% 100%)',
    'hsl(0px, 0%, 100%)',
    'hsl(0, 0%)',
    'hsl (0, 0%, 100%)',
    'rgb(255 255 255',
    'white !important',
  ])('%s is unknown', (value) => expect(parseColour(value)).toBeNull());

  test('all 148 CSS named colours', () => {
    expect(NAMED_COLOURS.size).toBe(148);
    for (const name of NAMED_COLOURS.keys()) expect(parseColour(name), name).not.toBeNull();
    // Spot checks against CSS Color 4 §6.1.
    expect(parseColour('aliceblue')).toEqual([240, 248, 255, 1]);
    expect(parseColour('yellowgreen')).toEqual([154, 205, 50, 1]);
    expect(parseColour('floralwhite')).toEqual([255, 250, 240, 1]);
  });
});

describe('parseLegacyColour (HTML colour attributes)', () => {
  test.each([
    ['#fff', WHITE],
    ['#FFFFFF', WHITE],
    ['white', WHITE],
    [' Snow ', [255, 250, 250, 1]],
  ])('%s', (value, rgba) => expect(parseLegacyColour(value)).toEqual(rgba));
  // The legacy algorithm turns these into other colours (or refuses them): not what CSS would read.
  test.each(['transparent', 'hsl(0,0%,100%)', 'rgb(255,255,255)', '#ffff', '#ffffff80', 'ffffff', ''])(
    '%s is unknown',
    (value) => expect(parseLegacyColour(value)).toBeNull(),
  );
});

describe('the static path reads every syntax for text on its background', () => {
  test.each([
    ['hsl text on the white canvas', '<style>.k{color:hsl(0,0%,100%)}</style>', '<div id="x" class="k">spam</div>'],
    ['space-syntax hsl', '<style>.k{color:hsl(0deg 0% 99%)}</style>', '<div id="x" class="k">spam</div>'],
    [
      'a named colour on a named background',
      '<style>body{background:ivory} .k{color:snow}</style>',
      '<div id="x" class="k">spam</div>',
    ],
    [
      'modern rgb on hsl ground',
      '<style>.g{background-color:hsl(220 30% 12%)} .k{color:rgb(20 30 40 / 100%)}</style>',
      '<div class="g"><p id="x" class="k">spam</p></div>',
    ],
    [
      'navy on navy',
      '<style>.g{background:navy} .k{color:#000080}</style>',
      '<div class="g"><p id="x" class="k">spam</p></div>',
    ],
  ])('%s hides', (_, style, body) => expect(verdictsById(style + body)).toEqual({ x: 'hidden:colour' }));

  test.each([
    [
      'white on an hsl dark ground',
      '<style>.g{background:hsl(220 30% 12%)} .k{color:white}</style>',
      '<div class="g"><p id="x" class="k">t</p></div>',
    ],
    [
      'white on a named dark ground',
      '<style>.g{background:navy} .k{color:hsl(0 0% 100%)}</style>',
      '<div class="g"><p id="x" class="k">t</p></div>',
    ],
    ['translucent white', '<style>.k{color:rgb(255 255 255 / 50%)}</style>', '<div id="x" class="k">t</div>'],
    ['currentcolor on white', '<style>.k{color:currentColor}</style>', '<div id="x" class="k">t</div>'],
    ['a variable', '<style>.k{color:var(--w, #fff)}</style>', '<div id="x" class="k">t</div>'],
    ['color-mix', '<style>.k{color:color-mix(in srgb, white 99%, black)}</style>', '<div id="x" class="k">t</div>'],
    ['a system colour', '<style>.k{color:Canvas}</style>', '<div id="x" class="k">t</div>'],
    ['a font colour the legacy rules misread', '', '<p><font id="x" color="hsl(0,0%,100%)">t</font></p>'],
    ['a transparent font colour (refused, so inherited)', '', '<p><font id="x" color="transparent">t</font></p>'],
  ])('%s stays', (_, style, body) => expect(verdictsById(style + body)).toEqual({}));
});
