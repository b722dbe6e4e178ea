import fs from 'node:fs';
import { scorePage } from './lib/metric.js';
const pages = JSON.parse(fs.readFileSync('bench/data/devcorpus/pages.json', 'utf8'));
const gt = JSON.parse(fs.readFileSync('bench/data/zyte/ground-truth.json', 'utf8'));
const truth: Record<string, { t: string; cjk: boolean }> = {};
for (const p of pages) if (p.expect === 'full') truth[p.id] = { t: fs.readFileSync('/tmp/devt/' + p.id + '.txt', 'utf8'), cjk: true };
for (const [k, v] of Object.entries<any>(gt)) truth[k] = { t: v.articleBody, cjk: false };
const load = (f: string) => new Map(fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => { const o = JSON.parse(l); return [o.file.split('/').pop().replace(/\.html$/, ''), o.textContent ?? ''] as [string, string]; }));
const a = load(process.argv[2]!), b = load(process.argv[3]!);
const sum = { dev: [0, 0, 0, 0], zy: [0, 0, 0, 0] } as Record<string, number[]>;
const rows: string[] = [];
for (const [id, tr] of Object.entries(truth)) {
  if (!a.has(id)) continue;
  const sa = scorePage(tr.t, a.get(id)!, { cjk: tr.cjk }), sb = scorePage(tr.t, b.get(id)!, { cjk: tr.cjk });
  const set = tr.cjk ? 'dev' : 'zy';
  sum[set]![0]! += sa.f1; sum[set]![1]! += sb.f1; sum[set]![2]! += 1;
  if (Math.abs(sa.f1 - sb.f1) > 0.0005) rows.push(`${(sb.f1 - sa.f1).toFixed(3).padStart(7)}  ${sa.f1.toFixed(3)} → ${sb.f1.toFixed(3)}  P ${(sa.precision ?? 0).toFixed(3)}→${(sb.precision ?? 0).toFixed(3)} R ${(sa.recall ?? 0).toFixed(3)}→${(sb.recall ?? 0).toFixed(3)}  ${id.slice(0, 40)}`);
}
for (const [k, v] of Object.entries(sum)) console.log(k, 'mean page F1', (v[0]! / v[2]!).toFixed(4), '→', (v[1]! / v[2]!).toFixed(4), v[2]);
console.log(rows.sort().join('\n'));
