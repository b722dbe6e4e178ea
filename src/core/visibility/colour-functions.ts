/**
 * rgb()/rgba()/hsl()/hsla() as authors write them (CSS Color 4), for the static path of pattern 9: the legacy
 * comma syntax `hsla(0, 0%, 100%, .5)` and the space syntax `rgb(255 255 255 / 50%)`, with percentages and
 * deg/rad/grad/turn hues. Only forms every current browser paints are read; the rest — `none`, `calc()`,
 * `var()`, mixed separators, bare-number saturation — is unknown (null), because a colour we misread could hide
 * text the reader sees, while an unknown one never hides.
 */
import type { Rgba } from './colour.js';

const FUNCTION = /^(rgba?|hsla?)\(([^()]*)\)$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)%$/;
const ANGLE = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(deg|grad|rad|turn)$/;
/** Degrees per unit of each hue unit. */
const DEGREES: Record<string, number> = { deg: 1, grad: 0.9, rad: 180 / Math.PI, turn: 360 };

/** A lowercased, trimmed `rgb(...)`/`hsl(...)` value as a colour, or null when it is not one we can read. */
export function parseColourFunction(value: string): Rgba | null {
  const m = FUNCTION.exec(value);
  if (!m) return null;
  const args = splitArguments(m[2]!);
  if (!args) return null;
  const [a, b, c, alphaText] = args;
  const alpha = alphaText === undefined ? 1 : readAlpha(alphaText);
  if (alpha === null) return null;
  return m[1]!.startsWith('rgb') ? rgb(a!, b!, c!, alpha) : hsl(a!, b!, c!, alpha);
}

/** `a, b, c[, d]` or `a b c[ / d]`: three or four single tokens, or null when the separators are mixed. */
function splitArguments(text: string): string[] | null {
  let args: string[];
  if (text.includes(',')) {
    if (text.includes('/')) return null;
    args = text.split(',').map((t) => t.trim());
    if (args.length !== 3 && args.length !== 4) return null;
    if (args.some((t) => t === '' || /\s/.test(t))) return null;
  } else {
    const [channels = '', alpha, extra] = text.split('/');
    if (extra !== undefined) return null;
    args = channels.trim().split(/\s+/);
    if (args.length !== 3 || args[0] === '') return null;
    if (alpha !== undefined) {
      const a = alpha.trim();
      if (a === '' || /\s/.test(a)) return null;
      args.push(a);
    }
  }
  return args;
}

/** Channels all numbers (0–255) or all percentages, clamped as browsers do. */
function rgb(r: string, g: string, b: string, alpha: number): Rgba | null {
  const percent = PERCENT.test(r);
  const read = (t: string): number | null => {
    if (percent) {
      const p = PERCENT.exec(t);
      return p ? clamp((Number(p[1]) * 255) / 100, 255) : null;
    }
    return NUMBER.test(t) ? clamp(Number(t), 255) : null;
  };
  const [R, G, B] = [read(r), read(g), read(b)];
  return R === null || G === null || B === null ? null : [R, G, B, alpha];
}

/** Hue a number (degrees) or an angle; saturation and lightness percentages. Rounded to 8 bits as browsers paint. */
function hsl(hText: string, sText: string, lText: string, alpha: number): Rgba | null {
  const angle = ANGLE.exec(hText);
  const hue = angle ? Number(angle[1]) * DEGREES[angle[2]!]! : NUMBER.test(hText) ? Number(hText) : null;
  const s = PERCENT.exec(sText);
  const l = PERCENT.exec(lText);
  if (hue === null || !Number.isFinite(hue) || !s || !l) return null;
  const h = ((hue % 360) + 360) % 360;
  const sat = clamp(Number(s[1]), 100) / 100;
  const light = clamp(Number(l[1]), 100) / 100;
  // CSS Color 4 §7.1, hslToRgb.
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const a = sat * Math.min(light, 1 - light);
    return Math.round(255 * (light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4), alpha];
}

/** Alpha as a number or a percentage, clamped to 0–1. */
function readAlpha(text: string): number | null {
  const p = PERCENT.exec(text);
  if (p) return clamp(Number(p[1]) / 100, 1);
  return NUMBER.test(text) ? clamp(Number(text), 1) : null;
}

/** Out-of-range values are clamped, not invalid (`rgb(300 0 0)` is red; `1e999` is the maximum). */
function clamp(n: number, max: number): number {
  return Math.min(max, Math.max(0, n));
}
