/**
 * CSS lengths in pixels, as far as a page without layout can know them: absolute units, font-relative units
 * against a known font size, viewport units and percentages against the screen static visibility assumes
 * (media.ts ASSUMED_SCREEN, the size the browser oracle renders at), and `calc()`/`min()`/`max()` over those.
 * Hiders write `left:-100vw`, `top:calc(-50vh - 200px)`, `text-indent:-100em` as readily as `-9999px`; a rule
 * that knew only `px` was a list of tricks. Anything else (`var()`, `auto`, keywords) is null: unknown.
 */
import { ASSUMED_SCREEN } from './media.js';

export interface LengthContext {
  /** The element's font size in px (for em, ex, ch); 16 when unknown. */
  fontSize?: number;
  /** What a percentage is of, in px; percentages are unknown without it. */
  percentOf?: number;
}

const ABSOLUTE: Record<string, number> = {
  px: 1,
  pt: 4 / 3,
  pc: 16,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6,
};

function unitPx(unit: string, ctx: LengthContext): number | null {
  const abs = ABSOLUTE[unit];
  if (abs !== undefined) return abs;
  const font = ctx.fontSize ?? 16;
  switch (unit) {
    case 'em':
      return font;
    case 'rem':
      return 16;
    case 'ex':
    case 'ch':
      return font / 2;
    case 'vw':
    case 'svw':
    case 'lvw':
    case 'dvw':
      return ASSUMED_SCREEN.width / 100;
    case 'vh':
    case 'svh':
    case 'lvh':
    case 'dvh':
      return ASSUMED_SCREEN.height / 100;
    case 'vmin':
      return Math.min(ASSUMED_SCREEN.width, ASSUMED_SCREEN.height) / 100;
    case 'vmax':
      return Math.max(ASSUMED_SCREEN.width, ASSUMED_SCREEN.height) / 100;
    case '%':
      return ctx.percentOf === undefined ? null : ctx.percentOf / 100;
    default:
      return null;
  }
}

/** A value in px, or a plain number (for `calc(100vw * -2)`), or null when unknown. */
type Quantity = { px: number; unitless: boolean } | null;

const TOKEN = /\s*(?:(-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)|([-+*/(),])|([a-z-]+)\()/iy;

/** A recursive-descent reader of one length expression (`calc()` grammar, plus min/max/clamp). */
class Reader {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly ctx: LengthContext,
  ) {}

  read(): Quantity {
    const q = this.sum();
    return this.text.slice(this.at).trim() === '' ? q : null;
  }

  private next(): RegExpExecArray | null {
    TOKEN.lastIndex = this.at;
    const m = TOKEN.exec(this.text);
    if (m) this.at = TOKEN.lastIndex;
    return m;
  }

  private peek(): string {
    const rest = this.text.slice(this.at).trimStart();
    return rest[0] ?? '';
  }

  private sum(): Quantity {
    let left = this.product();
    for (let op = this.peek(); left && (op === '+' || op === '-'); op = this.peek()) {
      this.next();
      const right = this.product();
      if (!right || right.unitless !== left.unitless) return null;
      left = { px: op === '+' ? left.px + right.px : left.px - right.px, unitless: left.unitless };
    }
    return left;
  }

  private product(): Quantity {
    let left = this.atom();
    for (let op = this.peek(); left && (op === '*' || op === '/'); op = this.peek()) {
      this.next();
      const right = this.atom();
      if (!right) return null;
      if (op === '*') {
        if (!left.unitless && !right.unitless) return null;
        left = { px: left.px * right.px, unitless: left.unitless && right.unitless };
      } else {
        if (!right.unitless || right.px === 0) return null;
        left = { px: left.px / right.px, unitless: left.unitless };
      }
    }
    return left;
  }

  private atom(): Quantity {
    const m = this.next();
    if (!m) return null;
    if (m[1] !== undefined) {
      const n = Number(m[1]);
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === '') return { px: n, unitless: true };
      const per = unitPx(unit, this.ctx);
      return per === null ? null : { px: n * per, unitless: false };
    }
    if (m[3] === '(') return this.closed(this.sum());
    if (m[3] === '-') {
      const inner = this.atom();
      return inner && { px: -inner.px, unitless: inner.unitless };
    }
    const fn = (m[4] ?? '').toLowerCase();
    if (fn === 'calc') return this.closed(this.sum());
    if (fn === 'min' || fn === 'max' || fn === 'clamp') {
      const args: Quantity[] = [this.sum()];
      while (this.peek() === ',') {
        this.next();
        args.push(this.sum());
      }
      const values = args.map((a) => (a && !a.unitless ? a.px : null));
      if (!this.closed({ px: 0, unitless: false }) || values.some((v) => v === null)) return null;
      const nums = values as number[];
      if (fn === 'min') return { px: Math.min(...nums), unitless: false };
      if (fn === 'max') return { px: Math.max(...nums), unitless: false };
      const [lo = 0, mid = 0, hi = 0] = nums;
      return { px: Math.max(lo, Math.min(mid, hi)), unitless: false };
    }
    return null;
  }

  private closed(q: Quantity): Quantity {
    const m = this.next();
    return m?.[3] === ')' ? q : null;
  }
}

/** A CSS length in px, or null when it cannot be known here. A bare `0` is a length; other bare numbers are not. */
/** A plain pixel length, as computed style gives nearly every length: read without the expression parser. */
const PLAIN_PX = /^-?(?:\d+\.?\d*|\.\d+)px$/;

export function lengthPx(value: string, ctx: LengthContext = {}): number | null {
  if (PLAIN_PX.test(value)) return parseFloat(value);
  const text = value.trim().replace(/\s*!important$/i, '');
  if (text === '') return null;
  const q = new Reader(text, ctx).read();
  if (!q) return null;
  if (q.unitless) return q.px === 0 ? 0 : null;
  return Number.isFinite(q.px) ? q.px : null;
}
