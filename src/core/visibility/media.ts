/**
 * Media query evaluation for static visibility, against an assumed desktop screen (the reader clicked the
 * toolbar on a desktop browser). Rules under print or speech never hide anything on screen; responsive
 * `hidden-xs` rules (max-width below the assumed width) do not apply. What cannot be evaluated is 'unknown':
 * the cascade then lets such rules un-hide but never hide (precision first).
 */
export type MediaVerdict = 'yes' | 'no' | 'unknown';

/** The screen static visibility assumes. */
export const ASSUMED_SCREEN = { width: 1280, height: 800 } as const;

const EM = 16;

function lengthPx(value: string): number | null {
  const m = /^(-?[\d.]+)(px|em|rem)?$/.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'em' || m[2] === 'rem' ? n * EM : n;
}

function featureApplies(feature: string): MediaVerdict {
  const m = /^\(\s*([a-z-]+)\s*(?::\s*([^)]+))?\)$/.exec(feature.trim());
  if (!m) return 'unknown';
  const name = m[1] ?? '';
  const value = (m[2] ?? '').trim();
  const px = lengthPx(value);
  const { width, height } = ASSUMED_SCREEN;
  switch (name) {
    case 'min-width':
      return px === null ? 'unknown' : width >= px ? 'yes' : 'no';
    case 'max-width':
      return px === null ? 'unknown' : width <= px ? 'yes' : 'no';
    case 'min-device-width':
      return px === null ? 'unknown' : width >= px ? 'yes' : 'no';
    case 'max-device-width':
      return px === null ? 'unknown' : width <= px ? 'yes' : 'no';
    case 'min-height':
      return px === null ? 'unknown' : height >= px ? 'yes' : 'no';
    case 'max-height':
      return px === null ? 'unknown' : height <= px ? 'yes' : 'no';
    case 'orientation':
      return value === 'landscape' ? 'yes' : 'no';
    case 'color':
      return 'yes';
    default:
      return 'unknown';
  }
}

function queryApplies(query: string): MediaVerdict {
  let q = query.trim().toLowerCase();
  if (!q) return 'yes';
  let negate = false;
  if (q.startsWith('not ')) {
    negate = true;
    q = q.slice(4).trim();
  } else if (q.startsWith('only ')) q = q.slice(5).trim();
  let verdict: MediaVerdict = 'yes';
  for (const part of q.split(/\s+and\s+/)) {
    const p = part.trim();
    let v: MediaVerdict;
    if (p.startsWith('(')) v = featureApplies(p);
    else if (p === 'all' || p === 'screen') v = 'yes';
    else if (/^(print|speech|aural|braille|embossed|handheld|projection|tty|tv)$/.test(p)) v = 'no';
    else v = 'unknown';
    if (v === 'no') verdict = 'no';
    else if (v === 'unknown' && verdict === 'yes') verdict = 'unknown';
  }
  if (!negate || verdict === 'unknown') return verdict;
  return verdict === 'yes' ? 'no' : 'yes';
}

/** Whether a media query list (`screen and (min-width: 768px), print`) applies to the assumed screen. */
export function mediaApplies(list: string | null | undefined): MediaVerdict {
  if (list === null || list === undefined || !list.trim()) return 'yes';
  let best: MediaVerdict = 'no';
  for (const query of list.split(',')) {
    const v = queryApplies(query);
    if (v === 'yes') return 'yes';
    if (v === 'unknown') best = 'unknown';
  }
  return best;
}
