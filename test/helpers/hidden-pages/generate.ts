/**
 * Seeded random pages over the whole space of hiding: technique (with its parameters and units) × how the style
 * is written (syntax) × where the block sits (placement) × the page around it (template), plus legitimate
 * look-alikes a reader does see (or that are hidden only until the reader asks). Every text block is a probe:
 * it carries `data-probe="N"` and short text found nowhere else on the page, so the pixel oracle (oracle.ts),
 * the live verdicts and the static verdicts can each be asked about the same block.
 *
 * The generator states no expected answer: what a reader sees is the oracle's to say. `lookalike` only records
 * the intent (a reader is meant to see it, or to open it), for the report.
 */
import { prng } from '../random.js';

export type Decl = readonly [property: string, value: string];

export interface Probe {
  id: string;
  technique: string;
  /** The concrete parameters, e.g. `left:-62.5em`. */
  detail: string;
  syntax: string;
  placement: string;
  template: string;
  lookalike: boolean;
}

export interface GeneratedPage {
  seed: number;
  template: string;
  html: string;
  probes: Probe[];
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** How a block is made (or seems) hidden. `probe` declarations go through the chosen syntax. */
interface Treatment {
  technique: string;
  detail: string;
  lookalike?: boolean;
  probe?: Decl[];
  /** Declarations on a wrapper around the probe (ancestor opacity, inherited colour and size). */
  wrapper?: Decl[];
  /** The probe's tag (default p) and extra attributes. */
  tag?: string;
  attrs?: string;
  /** Markup around the probe's HTML (details, tables, a read-more control). */
  around?: (probe: string, next: () => string) => string;
  /** Written in markup alone: the syntax does not apply. */
  markupOnly?: boolean;
}

interface Template {
  name: string;
  /** Background and text colours behind article text. */
  bg: string;
  fg: string;
  cjk: boolean;
  page(parts: { head: string; start: string; article: string; end: string; headline: string }): string;
}

// ---------------------------------------------------------------------------------------------- lengths

/** Magnitudes of offsets, from a slide-in's few hundred pixels to the classic parking distances. */
const MAGNITUDES = [150, 300, 500, 800, 1000, 2000, 5000, 9999, 99999];

/** A negative length of about `n` px, written in a random unit (what a unit is worth is the browser's business). */
function negative(rng: Rng, n: number, percentOk = true): string {
  const unit = pick(
    rng,
    percentOk ? ['px', 'px', 'em', 'rem', 'vw', '%', 'calc'] : ['px', 'px', 'em', 'rem', 'vw', 'calc'],
  );
  const r = (x: number) => String(Math.round(x * 100) / 100);
  switch (unit) {
    case 'em':
    case 'rem':
      return `-${r(n / 16)}${unit}`;
    case 'vw':
      return `-${r(n / 12.8)}vw`;
    case '%':
      return `-${r(n / 12.8)}%`;
    case 'calc':
      return pick(rng, [`calc(-${n - 100}px - 100px)`, `calc(-${r(n / 16)}em + 0px)`, `calc(0px - ${r(n / 12.8)}vw)`]);
    default:
      return `-${n}px`;
  }
}

// ---------------------------------------------------------------------------------------------- colours

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const NAMED: Record<string, string> = {
  '#ffffff': 'white',
  '#000000': 'black',
  '#111111': '',
  '#f5f5dc': 'beige',
  '#ffff00': 'yellow',
};

function rgbOf(colour: string): [number, number, number] {
  const h = colour.replace('#', '');
  const full =
    h.length === 3
      ? h
          .split('')
          .map((c) => c + c)
          .join('')
      : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function hsl(r: number, g: number, b: number): string {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return `hsl(0, 0%, ${Math.round(l * 1000) / 10}%)`;
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === R ? ((G - B) / d) % 6 : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return `hsl(${Math.round((h * 60 + 360) % 360)}, ${Math.round(s * 1000) / 10}%, ${Math.round(l * 1000) / 10}%)`;
}

/** The same colour in one of the ways a page may write it: hex short/long, rgb(), rgba(…, 1), hsl(), a name. */
function spell(rng: Rng, colour: string): [string, string] {
  const [r, g, b] = rgbOf(colour);
  const long = hex(r, g, b);
  const forms: Array<[string, string]> = [
    ['hex', long],
    ['rgb', `rgb(${r}, ${g}, ${b})`],
    ['rgba', `rgba(${r},${g},${b},1)`],
    ['hsl', hsl(r, g, b)],
  ];
  if (long[1] === long[2] && long[3] === long[4] && long[5] === long[6])
    forms.push(['hex-short', `#${long[1]}${long[3]}${long[5]}`]);
  if (NAMED[long]) forms.push(['named', NAMED[long]]);
  return pick(rng, forms);
}

/** A colour one step off `colour` (text "almost" the background). */
function nudge(colour: string): string {
  const [r, g, b] = rgbOf(colour).map((c) => (c > 127 ? c - 1 : c + 1)) as [number, number, number];
  return hex(r, g, b);
}

// ---------------------------------------------------------------------------------------------- techniques

const SR_ONLY: Decl[] = [
  ['position', 'absolute'],
  ['width', '1px'],
  ['height', '1px'],
  ['padding', '0'],
  ['margin', '-1px'],
  ['overflow', 'hidden'],
  ['clip', 'rect(0, 0, 0, 0)'],
  ['white-space', 'nowrap'],
  ['border', '0'],
];

// No quotes inside the URL: the declaration may be written into a style attribute.
const DARK_IMAGE =
  'url(data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20width=%228%22%20height=%228%22%3E%3Crect%20width=%228%22%20height=%228%22%20fill=%22%23203040%22/%3E%3C/svg%3E)';

/** Every technique, each a sampler of its parameters. Look-alikes are marked; the rest mean to hide. */
const TECHNIQUES: Record<string, (rng: Rng, t: Template) => Treatment> = {
  display: () => ({ technique: 'display', detail: 'display:none', probe: [['display', 'none']] }),
  visibility: (rng) => {
    const v = pick(rng, ['hidden', 'collapse']);
    return { technique: 'visibility', detail: `visibility:${v}`, probe: [['visibility', v]] };
  },
  opacity: (rng) => {
    const v = pick(rng, ['0', '0.0', '0.001', '0.005', '0.01', '.02', '0.03', '0.05']);
    return { technique: 'opacity', detail: `opacity:${v}`, probe: [['opacity', v]] };
  },
  'opacity-ancestors': (rng) => {
    const [a, b] = pick(rng, [
      ['0.1', '0.1'],
      ['0.05', '0.2'],
      ['0.2', '0.05'],
      ['0.3', '0.02'],
      ['0.1', '0.5'],
    ] as const);
    return {
      technique: 'opacity-ancestors',
      detail: `wrapper ${a} × probe ${b}`,
      wrapper: [['opacity', a]],
      probe: [['opacity', b]],
    };
  },
  'offscreen-absolute': (rng) => {
    const side = pick(rng, ['left', 'left', 'top', 'top', 'right', 'bottom']);
    const n = pick(rng, MAGNITUDES);
    // right/bottom push the box out the far side, where the page grows to hold it (a reader may scroll there).
    const v = side === 'right' || side === 'bottom' ? negative(rng, n, false) : negative(rng, n);
    return {
      technique: `offscreen-absolute-${side === 'left' || side === 'top' ? 'near' : 'far'}-side`,
      detail: `position:absolute;${side}:${v}`,
      probe: [
        ['position', 'absolute'],
        [side, v],
      ],
    };
  },
  'offscreen-fixed': (rng) => {
    const side = pick(rng, ['left', 'top', 'top']);
    const v = negative(rng, pick(rng, MAGNITUDES), false);
    return {
      technique: 'offscreen-fixed',
      detail: `position:fixed;${side}:${v}`,
      probe: [
        ['position', 'fixed'],
        [side, v],
        ['width', '300px'],
      ],
    };
  },
  'offscreen-relative': (rng) => {
    const side = pick(rng, ['left', 'top']);
    const v = negative(rng, pick(rng, MAGNITUDES), false);
    return {
      technique: 'offscreen-relative',
      detail: `position:relative;${side}:${v}`,
      probe: [
        ['position', 'relative'],
        [side, v],
      ],
    };
  },
  margin: (rng) => {
    const side = pick(rng, ['margin-left', 'margin-top']);
    const v = negative(rng, pick(rng, MAGNITUDES), false);
    // A pulled-up block gives the distance back below it, as injected blocks do: a page whose own article is
    // dragged off with it would show its reader nothing, which no hacker wants (and no static path could know).
    const probe: Decl[] =
      side === 'margin-top'
        ? [
            [side, v],
            ['margin-bottom', v.startsWith('calc(') ? `calc(-1 * ${v})` : v.replace(/^-/, '')],
          ]
        : [[side, v]];
    return { technique: 'margin', detail: `${side}:${v}`, probe };
  },
  transform: (rng) => {
    const n = pick(rng, MAGNITUDES);
    const v = pick(rng, [
      `translateX(-${n}px)`,
      `translateY(-${n}px)`,
      `translate(-${n}px, -${n}px)`,
      `translate3d(-${n}px, 0, 0)`,
      `translate(${negative(rng, n, false)})`,
      'scale(0)',
      'scale(0.01)',
      'scaleY(0)',
      `translateX(-${Math.round(n / 8)}%)`,
    ]);
    return {
      technique: /scale/.test(v) ? 'transform-scale' : 'transform-translate',
      detail: `transform:${v}`,
      probe: [['transform', v]],
    };
  },
  // Newer syntaxes for the same effects: a filter's opacity, the individual transform properties, zoom, offsets
  // and sizes written as logical properties, and text painted by -webkit-text-fill-color instead of color.
  'filter-opacity': (rng) => {
    const v = pick(rng, [
      'opacity(0)',
      'opacity(0%)',
      'opacity(0.01)',
      'opacity(.02) blur(0)',
      'grayscale(1) opacity(0)',
    ]);
    return { technique: 'filter-opacity', detail: `filter:${v}`, probe: [['filter', v]] };
  },
  'individual-transform': (rng) => {
    const n = pick(rng, MAGNITUDES);
    const d = pick<Decl>(rng, [
      ['scale', '0'],
      ['scale', '0.01'],
      ['scale', '1 0'],
      ['translate', `-${n}px`],
      ['translate', `0 -${n}px`],
      ['translate', `${negative(rng, n, false)} 0`],
    ]);
    return { technique: `${d[0]}-property`, detail: d.join(':'), probe: [d] };
  },
  zoom: (rng) => {
    const v = pick(rng, ['0.01', '1%', '0.02', '0.1']);
    return { technique: 'zoom', detail: `zoom:${v}`, probe: [['zoom', v]] };
  },
  'logical-offset': (rng) => {
    const v = negative(rng, pick(rng, MAGNITUDES), false);
    const d = pick<Decl>(rng, [
      ['inset-inline-start', v],
      ['inset-block-start', v],
      ['inset', `${v} auto auto ${v}`],
      ['inset', v],
    ]);
    return {
      technique: 'logical-offset',
      detail: `position:absolute;${d.join(':')}`,
      probe: [['position', 'absolute'], d],
    };
  },
  'logical-size': (rng) => {
    const d = pick<Decl>(rng, [
      ['block-size', '0'],
      ['max-block-size', '0'],
      ['inline-size', '0'],
      ['block-size', '1px'],
    ]);
    return {
      technique: 'logical-size',
      detail: `${d.join(':')};overflow:hidden`,
      probe: [d, ['overflow', 'hidden']],
    };
  },
  'text-fill': (rng, t) => {
    const [form, value] = spell(rng, t.bg);
    const v = rng() < 0.5 ? 'transparent' : value;
    return {
      technique: 'text-fill-colour',
      detail: `-webkit-text-fill-color:${v}${v === value ? ` (${form}, the background)` : ''}`,
      probe: [['-webkit-text-fill-color', v]],
    };
  },
  'text-indent': (rng) => {
    const n = pick(rng, MAGNITUDES);
    const out = rng() < 0.7;
    const probe: Decl[] = out
      ? [['text-indent', negative(rng, n, false)]]
      : [
          ['text-indent', `${n}px`],
          ['white-space', 'nowrap'],
        ];
    if (!out || rng() < 0.5) probe.push(['overflow', 'hidden']);
    return { technique: 'text-indent', detail: probe.map((d) => d.join(':')).join(';'), probe };
  },
  clip: (rng) => {
    const v = pick(rng, [
      'rect(0 0 0 0)',
      'rect(0, 0, 0, 0)',
      'rect(1px, 1px, 1px, 1px)',
      'rect(0px 0px 0px 0px)',
      'rect(1px 1px 1px 1px)',
    ]);
    return {
      technique: 'clip',
      detail: `position:absolute;clip:${v}`,
      probe: [
        ['position', 'absolute'],
        ['clip', v],
      ],
    };
  },
  'clip-path': (rng) => {
    const v = pick(rng, [
      'inset(50%)',
      'inset(100%)',
      'circle(0)',
      'circle(0px at 50% 50%)',
      'polygon(0 0, 0 0, 0 0)',
      'inset(0 0 100% 0)',
    ]);
    return { technique: 'clip-path', detail: `clip-path:${v}`, probe: [['clip-path', v]] };
  },
  'zero-size': (rng) => {
    const probe = pick(rng, [
      [
        ['height', '0'],
        ['overflow', 'hidden'],
      ],
      [
        ['height', '1px'],
        ['overflow', 'hidden'],
      ],
      [
        ['max-height', '0'],
        ['overflow', 'hidden'],
      ],
      [
        ['width', '0'],
        ['overflow', 'hidden'],
      ],
      [
        ['height', '0'],
        ['overflow', 'clip'],
      ],
      [
        ['height', '0px'],
        ['overflow-y', 'hidden'],
      ],
      [
        ['line-height', '0'],
        ['overflow', 'hidden'],
      ],
      [
        ['line-height', '0'],
        ['height', '0'],
        ['overflow', 'hidden'],
      ],
    ] as Decl[][]);
    return {
      technique: probe[0]![0] === 'line-height' ? 'line-height-zero' : 'zero-size',
      detail: probe.map((d) => d.join(':')).join(';'),
      probe,
    };
  },
  'font-size': (rng) => {
    const v = pick(rng, ['0', '0px', '0em', '0%', '0.5px', '1px', '2px', '3px', '0.1em', '.15rem']);
    const onWrapper = rng() < 0.3;
    const zero = /^0(?:px|em|%)?$/.test(v);
    return {
      technique: zero ? 'font-size-zero' : 'font-size-tiny',
      detail: `${onWrapper ? 'wrapper ' : ''}font-size:${v}`,
      ...(onWrapper ? { wrapper: [['font-size', v]] as Decl[] } : { probe: [['font-size', v]] as Decl[] }),
    };
  },
  'colour-as-background': (rng, t) => {
    const near = rng() < 0.25;
    const [form, value] = spell(rng, near ? nudge(t.bg) : t.bg);
    return {
      technique: 'colour-as-background',
      detail: `color:${value} (${form}${near ? ', one step off' : ''}) on ${t.bg}`,
      probe: [['color', value]],
    };
  },
  'colour-pair-inline': (rng) => {
    const c = pick(rng, ['#ffffff', '#f0f0f0', '#336699', '#000000', '#ffff00']);
    const [form, value] = spell(rng, c);
    const [, bg] = spell(rng, c);
    return {
      technique: 'colour-pair',
      detail: `color:${value};background:${bg} (${form})`,
      probe: [
        ['color', value],
        [rng() < 0.5 ? 'background' : 'background-color', bg],
      ],
    };
  },
  'colour-inherited': (rng, t) => {
    const [form, value] = spell(rng, t.bg);
    const pair = rng() < 0.5;
    const [, bg] = spell(rng, pair ? '#336699' : t.bg);
    const colour = pair ? bg : value;
    return {
      technique: 'colour-inherited',
      detail: `wrapper color:${colour}${pair ? `;background:${bg}` : ''} (${form})`,
      wrapper: pair
        ? [
            ['color', colour],
            ['background', bg],
          ]
        : [['color', colour]],
    };
  },
  'colour-font-tag': (rng, t) => {
    const bgcolor = rng() < 0.5;
    const c = bgcolor ? pick(rng, ['#ffffff', '#eeeeee', '#003366']) : t.bg;
    // A legacy colour attribute reads hex and names only (rgb() there parses to some other colour).
    const colour = rng() < 0.5 || !NAMED[c] ? c : NAMED[c];
    return {
      technique: bgcolor ? 'colour-bgcolor-table' : 'colour-font-tag',
      detail: `${bgcolor ? `<table bgcolor=${c}> ` : ''}<font color=${colour}>`,
      tag: 'font',
      attrs: ` color="${colour}"`,
      markupOnly: true,
      around: (probe) =>
        bgcolor ? `<table bgcolor="${c}" width="100%"><tr><td>${probe}</td></tr></table>` : `<div>${probe}</div>`,
    };
  },
  transparent: (rng) => {
    const v = pick(rng, [
      'transparent',
      'rgba(0,0,0,0)',
      'rgba(255, 255, 255, 0)',
      'hsla(0, 0%, 0%, 0)',
      '#0000',
      '#ffffff00',
    ]);
    return { technique: 'transparent-colour', detail: `color:${v}`, probe: [['color', v]] };
  },
  'sr-only': () => ({ technique: 'sr-only', detail: '1px, clip rect(0,0,0,0)', probe: SR_ONLY }),
  marquee: (rng) => {
    const byAttr = rng() < 0.5;
    return {
      technique: 'marquee-1px',
      detail: byAttr ? '<marquee height=1 width=1>' : 'marquee style height:1px',
      tag: 'marquee',
      attrs: byAttr ? ' height="1" width="1"' : '',
      ...(byAttr
        ? { markupOnly: true }
        : {
            probe: [
              ['height', '1px'],
              ['width', '1px'],
            ] as Decl[],
          }),
    };
  },
  'hidden-attribute': () => ({ technique: 'hidden-attribute', detail: 'hidden', attrs: ' hidden', markupOnly: true }),
  'content-visibility': () => ({
    technique: 'content-visibility',
    detail: 'content-visibility:hidden',
    probe: [['content-visibility', 'hidden']],
  }),
  details: () => ({
    technique: 'details-closed',
    detail: '<details> closed',
    lookalike: true,
    markupOnly: true,
    around: (probe, next) => `<details><summary data-probe="${next()}">More details</summary>${probe}</details>`,
  }),

  // Look-alikes: a reader sees these (or opens them).
  'light-on-dark': (rng) => {
    const [bg, fg] = pick(rng, [
      ['#222222', '#eeeeee'],
      ['#003366', '#ffffff'],
      ['#000000', '#cccccc'],
      ['#7a0000', '#ffffff'],
    ] as const);
    return {
      technique: 'light-on-dark-box',
      detail: `color:${fg};background:${bg}`,
      lookalike: true,
      probe: [
        ['color', spell(rng, fg)[1]],
        ['background', spell(rng, bg)[1]],
        ['padding', '8px'],
      ],
    };
  },
  'white-on-image': (rng) => {
    const image = pick(rng, [DARK_IMAGE, 'linear-gradient(#102030, #304050)']);
    return {
      technique: 'white-on-image',
      detail: `color:#fff on ${image.startsWith('url') ? 'an image' : 'a gradient'} over #fff`,
      lookalike: true,
      probe: [
        ['color', '#fff'],
        ['background', `#fff ${image}`],
        ['padding', '8px'],
      ],
    };
  },
  faded: (rng) => {
    const v = pick(rng, ['0.3', '.4', '0.5', '0.65', '0.8']);
    return { technique: 'faded', detail: `opacity:${v}`, lookalike: true, probe: [['opacity', v]] };
  },
  'small-text': (rng) => {
    const v = pick(rng, ['10px', '11px', '12px', '0.7em', '.75rem', '70%', 'x-small']);
    return { technique: 'small-text', detail: `font-size:${v}`, lookalike: true, probe: [['font-size', v]] };
  },
  'grey-text': (rng, t) => {
    const v = t.bg === '#111111' ? pick(rng, ['#888', '#999', '#aaa']) : pick(rng, ['#777', '#999', '#aaa', '#bbb']);
    return { technique: 'grey-text', detail: `color:${v}`, lookalike: true, probe: [['color', v]] };
  },
  'slide-in-menu': (rng) => {
    const side = rng() < 0.5;
    const w = pick(rng, [240, 280, 320]);
    return {
      technique: 'slide-in-menu',
      detail: `position:fixed;${side ? 'left' : 'top'}:-${w + 20}px`,
      lookalike: true,
      tag: 'nav',
      probe: [
        ['position', 'fixed'],
        [side ? 'left' : 'top', `-${w + 20}px`],
        ['width', `${w}px`],
        ['height', side ? '100%' : `${w}px`],
        ['background', '#fff'],
      ],
    };
  },
  'small-offset': (rng) => {
    const probe = pick(rng, [
      [
        ['position', 'relative'],
        ['top', '-5px'],
      ],
      [['margin-top', '-20px']],
      [['text-indent', '2em']],
      [
        ['text-indent', '-1.5em'],
        ['padding-left', '1.5em'],
      ],
      [
        ['position', 'relative'],
        ['left', '50%'],
        ['transform', 'translateX(-50%)'],
        ['width', '50%'],
      ],
      [
        ['margin', '0 -9999px'],
        ['padding', '0 9999px'],
      ],
    ] as Decl[][]);
    return { technique: 'small-offset', detail: probe.map((d) => d.join(':')).join(';'), lookalike: true, probe };
  },
  'lazy-image-caption': () => ({
    technique: 'lazy-image-caption',
    detail: '<figure><img loading=lazy data-src></figure>',
    lookalike: true,
    tag: 'figcaption',
    markupOnly: true,
    around: (probe) =>
      `<figure><img loading="lazy" data-src="photo.jpg" width="320" height="180" alt="" style="background:#ccc">${probe}</figure>`,
  }),
  'read-more': (rng) => {
    const how: Decl[] = pick(rng, [
      [['display', 'none']],
      [
        ['max-height', '0'],
        ['overflow', 'hidden'],
      ],
    ] as Decl[][]);
    return {
      technique: 'read-more-collapsed',
      detail: how.map((d) => d.join(':')).join(';'),
      lookalike: true,
      tag: 'div',
      probe: how,
      around: (probe) => `${probe}<p><a href="#more">${rng() < 0.5 ? 'Read more' : '展开全文'}</a></p>`,
    };
  },
  'sr-only-label': () => ({
    technique: 'sr-only-label',
    detail: 'sr-only label in the article',
    lookalike: true,
    tag: 'span',
    probe: SR_ONLY,
  }),
};

const HIDING = Object.keys(TECHNIQUES).filter(
  (k) =>
    ![
      'details',
      'light-on-dark',
      'white-on-image',
      'faded',
      'small-text',
      'grey-text',
      'slide-in-menu',
      'small-offset',
      'lazy-image-caption',
      'read-more',
      'sr-only-label',
    ].includes(k),
);
const LOOKALIKES = Object.keys(TECHNIQUES).filter((k) => !HIDING.includes(k));
export const TECHNIQUE_NAMES = Object.keys(TECHNIQUES);

// ---------------------------------------------------------------------------------------------- syntax

/** The value that undoes a hiding declaration (a later rule "un-hiding"). */
function neutral(property: string, t: Template): string {
  if (property === 'color') return t.fg;
  const values: Record<string, string> = {
    display: 'block',
    visibility: 'visible',
    opacity: '1',
    position: 'static',
    transform: 'none',
    'clip-path': 'none',
    clip: 'auto',
    'text-indent': '0',
    height: 'auto',
    width: 'auto',
    'max-height': 'none',
    overflow: 'visible',
    'overflow-y': 'visible',
    'font-size': '16px',
    'line-height': 'normal',
    'content-visibility': 'visible',
    'white-space': 'normal',
    filter: 'none',
    scale: 'none',
    translate: 'none',
    zoom: '1',
    'block-size': 'auto',
    'inline-size': 'auto',
    'max-block-size': 'none',
    '-webkit-text-fill-color': t.fg,
  };
  return (
    values[property] ??
    (/^(?:left|top|right|bottom|inset(?:-.*)?)$/.test(property)
      ? 'auto'
      : /^(?:margin|padding|border)/.test(property)
        ? '0'
        : /^background/.test(property)
          ? 'transparent'
          : 'initial')
  );
}

export const SYNTAXES = [
  'inline',
  'class',
  'id',
  'attribute',
  'descendant',
  'important-override',
  'later-unhide',
  'media-screen',
  'media-min-width',
  'media-print',
  'media-max-width',
  'print-only',
] as const;

interface Written {
  attrs: string;
  css: string;
}

/** Writes declarations for the element named `token` in the chosen syntax: attributes for the element, rules for the page. */
function write(decls: Decl[], syntax: string, token: string, t: Template): Written {
  const body = (ds: Decl[], important = false) =>
    ds.map(([p, v]) => `${p}: ${v}${important ? ' !important' : ''}`).join('; ');
  const undo = decls.map(([p]) => [p, neutral(p, t)] as Decl);
  switch (syntax) {
    case 'inline':
      return { attrs: ` style="${body(decls).replace(/"/g, "'")}"`, css: '' };
    case 'id':
      return { attrs: ` id="${token}"`, css: `#${token} { ${body(decls)} }` };
    case 'attribute':
      return { attrs: ` data-kind="${token}"`, css: `[data-kind="${token}"] { ${body(decls)} }` };
    case 'descendant':
      return { attrs: ` class="${token}"`, css: `body div .${token}, html body .${token} { ${body(decls)} }` };
    case 'important-override':
      return { attrs: ` class="${token}" style="${body(undo)}"`, css: `.${token} { ${body(decls, true)} }` };
    case 'later-unhide':
      return {
        attrs: ` class="${token} ${token}-on"`,
        css: `.${token} { ${body(decls)} }\n.${token}.${token}-on { ${body(undo)} }`,
      };
    case 'media-screen':
      return { attrs: ` class="${token}"`, css: `@media screen { .${token} { ${body(decls)} } }` };
    case 'media-min-width':
      return { attrs: ` class="${token}"`, css: `@media (min-width: 768px) { .${token} { ${body(decls)} } }` };
    case 'media-print':
      return { attrs: ` class="${token}"`, css: `@media print { .${token} { ${body(decls)} } }` };
    case 'media-max-width':
      return {
        attrs: ` class="${token}"`,
        css: `@media only screen and (max-width: 600px) { .${token} { ${body(decls)} } }`,
      };
    // Hidden on screen, shown only on paper.
    case 'print-only':
      return {
        attrs: ` class="${token}"`,
        css: `.${token} { ${body(decls)} }\n@media print { .${token} { ${body(undo)} } }`,
      };
    default:
      return { attrs: ` class="${token}"`, css: `.${token} { ${body(decls)} }` };
  }
}

// ---------------------------------------------------------------------------------------------- text

const EN = [
  'amber',
  'basil',
  'cedar',
  'delta',
  'ember',
  'fjord',
  'gully',
  'hazel',
  'inlet',
  'juniper',
  'kestrel',
  'lichen',
  'maple',
  'nectar',
  'orchid',
  'pebble',
  'quartz',
  'russet',
  'sorrel',
  'thistle',
  'umber',
  'violet',
  'willow',
  'yarrow',
  'zephyr',
  'bright',
  'lathe',
  'kiln',
];
const ZH = [
  '春天',
  '河流',
  '山谷',
  '城市',
  '森林',
  '海岸',
  '农田',
  '工厂',
  '学校',
  '医院',
  '图书',
  '铁路',
  '港口',
  '桥梁',
  '湖泊',
  '草原',
];

function words(rng: Rng, cjk: boolean, n: number): string {
  return Array.from({ length: n }, () => pick(rng, cjk ? ZH : EN)).join(cjk ? '' : ' ');
}

const PROSE_EN =
  'The council met on Tuesday to weigh the plan, and residents who came to the hearing spoke for more than two hours about traffic, schools and the cost of the new bridge.';
const PROSE_ZH =
  '市政府周二召开会议讨论这项计划，前来参加听证会的居民就交通、学校和新桥的费用发言超过两个小时，会议最后决定下个月再次审议。';

// ---------------------------------------------------------------------------------------------- templates

const TEMPLATES: Template[] = [
  {
    name: 'plain-article',
    bg: '#ffffff',
    fg: '#222222',
    cjk: false,
    page: (
      p,
    ) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council weighs the bridge plan</title><style>
body { font: 16px/1.5 sans-serif; margin: 0 auto; max-width: 760px; padding: 0 16px; background: #fff; color: #222 }
${p.head}</style></head><body><header><a href="/">City Times</a></header>${p.start}<article>${p.headline}${p.article}</article>${p.end}<footer>© City Times</footer></body></html>`,
  },
  {
    name: 'portal-table-zh',
    bg: '#ffffff',
    fg: '#000000',
    cjk: true,
    page: (
      p,
    ) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>新闻中心 - 某某日报</title><style>
td { font-size: 14px; line-height: 1.8 }
${p.head}</style></head><body bgcolor="#ffffff" text="#000000"><table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td>
${p.start}<table width="100%"><tr><td align="center">${p.headline}</td></tr><tr><td>${p.article}</td></tr></table>${p.end}
</td></tr></table></body></html>`,
  },
  {
    name: 'dark-theme',
    bg: '#111111',
    fg: '#dddddd',
    cjk: false,
    page: (p) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Night notes</title><style>
html, body { background: #111; color: #ddd } body { font: 17px/1.6 Georgia, serif; max-width: 700px; margin: 0 auto }
a { color: #8cf }
${p.head}</style></head><body>${p.start}<main><article>${p.headline}${p.article}</article></main>${p.end}</body></html>`,
  },
  {
    name: 'hero',
    bg: '#ffffff',
    fg: '#333333',
    cjk: false,
    page: (p) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens</title><style>
body { margin: 0; font: 16px/1.5 Arial, sans-serif; color: #333; background: #fff } .hero { background: #0b2233; color: #fff; padding: 48px 24px }
.wrap { max-width: 720px; margin: 0 auto }
${p.head}</style></head><body><div class="hero">${p.headline}</div><div class="wrap">${p.start}<article>${p.article}</article>${p.end}</div></body></html>`,
  },
  {
    name: 'background-image',
    bg: '#ffffff',
    fg: '#222222',
    cjk: false,
    page: (p) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Garden diary</title><style>
body { margin: 0 auto; max-width: 740px; font: 16px/1.5 Verdana, sans-serif; color: #222;
  background: #fff url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='6' height='6'%3E%3Crect width='3' height='3' fill='%23e8e4d8'/%3E%3C/svg%3E") }
${p.head}</style></head><body>${p.start}<div class="post">${p.headline}${p.article}</div>${p.end}</body></html>`,
  },
];
export const TEMPLATE_NAMES = TEMPLATES.map((t) => t.name);
export const PLACEMENTS = ['start', 'end', 'inside', 'nested'] as const;

// ---------------------------------------------------------------------------------------------- pages

/** One page: its template's article (plain probes) and two to four treated blocks. */
export function generatePage(seed: number): GeneratedPage {
  const rng = prng(seed);
  const t = pick(rng, TEMPLATES);
  const probes: Probe[] = [];
  let next = 0;
  const newId = () => String(next++);
  const css: string[] = [];
  const plain = (tag: string, text: string, technique = 'plain', placement = 'article') => {
    const id = newId();
    probes.push({ id, technique, detail: '', syntax: 'none', placement, template: t.name, lookalike: true });
    return `<${tag} data-probe="${id}">${text}</${tag}>`;
  };
  const headlineText = `${t.cjk ? '头条' : 'Headline'} ${seed} ${words(rng, t.cjk, 2)}`;
  const headline =
    t.name === 'portal-table-zh'
      ? `<font size="5"><b data-probe="${newId()}">${headlineText}</b></font>`
      : `<h1 data-probe="${newId()}">${headlineText}</h1>`;
  probes.push({
    id: String(next - 1),
    technique: t.name === 'portal-table-zh' ? 'font-size-headline' : t.name === 'hero' ? 'hero-white-on-dark' : 'plain',
    detail: '',
    syntax: 'none',
    placement: 'headline',
    template: t.name,
    lookalike: true,
  });
  const paragraphs = Array.from({ length: 4 + Math.floor(rng() * 2) }, (_, i) =>
    plain('p', `${t.cjk ? PROSE_ZH : PROSE_EN} ${words(rng, t.cjk, 3)} ${i}`),
  );

  const slots: Record<string, string[]> = { start: [], end: [], inside: [], nested: [] };
  const count = 2 + Math.floor(rng() * 3);
  for (let k = 0; k < count; k++) {
    const name = rng() < 0.7 ? pick(rng, HIDING) : pick(rng, LOOKALIKES);
    const treatment = TECHNIQUES[name]!(rng, t);
    const placement = pick(rng, PLACEMENTS);
    const syntax = treatment.markupOnly ? 'markup' : pick(rng, SYNTAXES);
    const token = `k${seed.toString(36)}x${k}`;
    const id = newId();
    const tag = treatment.tag ?? 'p';
    let attrs = treatment.attrs ?? '';
    if (treatment.probe) {
      const w = write(treatment.probe, syntax, token, t);
      attrs += w.attrs;
      css.push(w.css);
    }
    const text = `${t.cjk ? '探针' : 'Probe'} ${id} ${words(rng, t.cjk, 3)}`;
    let html = `<${tag} data-probe="${id}"${attrs}>${text}</${tag}>`;
    if (treatment.wrapper) {
      const w = write(treatment.wrapper, syntax === 'markup' ? 'inline' : syntax, `${token}w`, t);
      css.push(w.css);
      html = `<div${w.attrs}>${html}</div>`;
    }
    if (treatment.around)
      html = treatment.around(html, () => {
        const summary = newId();
        probes.push({
          id: summary,
          technique: 'details-summary',
          detail: '',
          syntax: 'markup',
          placement,
          template: t.name,
          lookalike: true,
        });
        return summary;
      });
    if (placement === 'nested') {
      const depth = 3 + Math.floor(rng() * 4);
      html = `${'<div class="box"><section>'.repeat(Math.ceil(depth / 2))}${html}${'</section></div>'.repeat(Math.ceil(depth / 2))}`;
    }
    probes.push({
      id,
      technique: treatment.technique,
      detail: treatment.detail,
      syntax: treatment.markupOnly ? 'markup' : syntax,
      placement,
      template: t.name,
      lookalike: treatment.lookalike ?? false,
    });
    slots[placement]!.push(html);
  }
  // Inside: between paragraphs; nested: deep inside the middle of the article.
  const article: string[] = [];
  paragraphs.forEach((p, i) => {
    article.push(p);
    if (i === 1) article.push(...slots.inside!);
    if (i === 2) article.push(...slots.nested!);
  });
  const html = t.page({
    head: css.filter(Boolean).join('\n'),
    start: slots.start!.join(''),
    article: article.join(''),
    end: slots.end!.join(''),
    headline,
  });
  return { seed, template: t.name, html, probes };
}

/** `count` pages from consecutive seeds. */
export function generatePages(count: number, firstSeed = 1): GeneratedPage[] {
  return Array.from({ length: count }, (_, i) => generatePage(firstSeed + i));
}
