/**
 * Agreement figures over judged probes: static vs oracle, live vs oracle, static vs live; the disagreements
 * split by side — "hides what a reader sees" (loses text: the bad side) and "keeps what is hidden" (leaks) —
 * broken down by technique and by style syntax, and grouped into classes (technique × syntax × side).
 */
import type { Judged } from './judge.js';

export type Path = 'static' | 'live' | 'firefox';

/** Whether a verdict drops the block: any verdict but `hidden:kept` (hidden, but kept on purpose). */
export const drops = (verdict: string | null): boolean => verdict !== null && verdict !== 'hidden:kept';

/**
 * Whether `path` hides what the reader sees (loses: a verdict that drops a visible block), keeps what is hidden
 * (leaks: no verdict at all on a block the pixels do not show), or agrees. `hidden:kept` agrees with the pixels
 * on a hidden block — the path knew it was hidden and keeps it on purpose (a closed <details>, a collapsed
 * "read more"); on a visible block it is a disagreement on the keep side.
 */
export function side(row: Judged, path: Path): 'agree' | 'loses' | 'leaks' {
  const verdict = row[path] ?? null;
  if (drops(verdict) && row.visible) return 'loses';
  if (verdict === null && !row.visible) return 'leaks';
  if (verdict === 'hidden:kept' && row.visible) return 'leaks';
  return 'agree';
}

export interface Agreement {
  probes: number;
  staticOracle: number;
  liveOracle: number;
  staticLive: number;
  staticLoses: Judged[];
  staticLeaks: Judged[];
  liveLoses: Judged[];
  liveLeaks: Judged[];
}

export function agreement(rows: Judged[]): Agreement {
  const of = (path: Path, s: 'loses' | 'leaks') => rows.filter((r) => side(r, path) === s);
  return {
    probes: rows.length,
    staticOracle: rows.filter((r) => side(r, 'static') === 'agree').length / rows.length,
    liveOracle: rows.filter((r) => side(r, 'live') === 'agree').length / rows.length,
    staticLive:
      rows.filter((r) => (r.static !== null) === (r.live !== null) && drops(r.static) === drops(r.live)).length /
      rows.length,
    staticLoses: of('static', 'loses'),
    staticLeaks: of('static', 'leaks'),
    liveLoses: of('live', 'loses'),
    liveLeaks: of('live', 'leaks'),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** One line naming a probe well enough to replay it: `seed 12 #7 (class) position:absolute;left:-62.5vw`. */
export function describeRow(r: Judged): string {
  const fox = r.firefox === undefined ? '' : `, Firefox ${r.firefox ?? 'none'}`;
  const verdicts = `static ${r.static ?? 'none'}, live ${r.live ?? 'none'}${fox}, pixels ${r.measure.pixels}/run ${r.measure.run}`;
  return `seed ${r.seed} #${r.probe.id} [${r.probe.template}, ${r.probe.placement}] ${r.probe.detail || r.probe.technique} — ${verdicts}`;
}

/** Agreement per value of `key` (technique, syntax, …), as printable lines. */
export function breakdown(rows: Judged[], key: (r: Judged) => string, title: string): string[] {
  const groups = new Map<string, Judged[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  const head = `${title.padEnd(34)} probes  hidden   static  loses leaks     live  loses leaks`;
  const lines = [...groups.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([name, rs]) => {
      const a = agreement(rs);
      const n = (x: number) => String(x).padStart(6);
      return `${name.padEnd(34)}${n(rs.length)}${n(rs.filter((r) => !r.visible).length)}  ${pct(a.staticOracle).padStart(7)}${n(a.staticLoses.length)}${n(a.staticLeaks.length)}  ${pct(a.liveOracle).padStart(7)}${n(a.liveLoses.length)}${n(a.liveLeaks.length)}`;
    });
  return [head, ...lines];
}

export interface DisagreementClass {
  technique: string;
  syntax: string;
  side: 'loses' | 'leaks';
  rows: Judged[];
}

/** Disagreements of `path` with the pixels, by technique × syntax × side, largest first. */
export function classes(rows: Judged[], path: Path): DisagreementClass[] {
  const byKey = new Map<string, DisagreementClass>();
  for (const r of rows) {
    const s = side(r, path);
    if (s === 'agree') continue;
    const key = `${r.probe.technique}|${r.probe.syntax}|${s}`;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { technique: r.probe.technique, syntax: r.probe.syntax, side: s, rows: [] }));
    c.rows.push(r);
  }
  return [...byKey.values()].sort((a, b) => b.rows.length - a.rows.length || a.technique.localeCompare(b.technique));
}

/** A probe's parameters with the numbers taken out: `position:absolute;left:-Nvw` — the class a fix addresses. */
export const shape = (r: Judged): string =>
  (r.probe.detail || r.probe.technique).replace(/\d*\.?\d+/g, 'N').replace(/#[0-9a-f]{3,8}\b/gi, '#hex');

/** Disagreements of `path` grouped by technique × parameter shape (syntax set aside), largest first. */
export function shapes(rows: Judged[], path: Path): string[] {
  const byKey = new Map<string, Judged[]>();
  for (const r of rows) {
    const s = side(r, path);
    if (s === 'agree') continue;
    const key = `${s === 'loses' ? 'LOSES' : 'leaks'}  ${r.probe.technique}: ${shape(r)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return [...byKey.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(
      ([key, rs]) =>
        `${String(rs.length).padStart(5)}  ${key}   [syntaxes: ${[...new Set(rs.map((r) => r.probe.syntax))].join(', ')}]`,
    );
}

export function printClasses(rows: Judged[], path: Path, limit = Infinity): string[] {
  const out: string[] = [];
  for (const c of classes(rows, path).slice(0, limit)) {
    const label = c.side === 'loses' ? 'LOSES TEXT (hides what a reader sees)' : 'leaks (keeps what is hidden)';
    out.push(`${String(c.rows.length).padStart(5)}  ${c.technique} × ${c.syntax}: ${label}`);
    out.push(`         e.g. ${describeRow(c.rows[0]!)}`);
  }
  return out;
}

export function summaryLines(a: Agreement): string[] {
  return [
    `                        agree   hides what a reader sees (loses text)   keeps what is hidden (leaks)`,
    `  static vs oracle  ${pct(a.staticOracle).padStart(8)}   ${String(a.staticLoses.length).padStart(38)}   ${String(a.staticLeaks.length).padStart(28)}`,
    `  live vs oracle    ${pct(a.liveOracle).padStart(8)}   ${String(a.liveLoses.length).padStart(38)}   ${String(a.liveLeaks.length).padStart(28)}`,
    `  static vs live    ${pct(a.staticLive).padStart(8)}`,
  ];
}
