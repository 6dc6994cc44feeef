import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, scoreArticle, addInto, prf, total, type Counts, type GoldArticle } from '@kg/extract';

export interface EvalReport {
  articles: { id: string; entity: ReturnType<typeof prf>; relation: ReturnType<typeof prf>; missedEntities: string[]; spuriousEntities: string[]; missedRelations: string[]; spuriousRelations: string[] }[];
  entities: Record<string, Counts>;
  relations: Record<string, Counts>;
}

/** Extracts every gold article in `goldDir` (title, date, text) and scores it with FORMAT.md's rules. */
export function evaluateDir(goldDir: string): EvalReport {
  const report: EvalReport = { articles: [], entities: {}, relations: {} };
  for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldArticle;
    const pred = extract({ title: gold.title, body: gold.text, date: gold.date });
    const s = scoreArticle(gold, pred);
    addInto(report.entities, s.entities);
    addInto(report.relations, s.relations);
    report.articles.push({ id: f.replace(/\.json$/, ''), entity: prf(total(s.entities)), relation: prf(total(s.relations)), ...s });
  }
  return report;
}

const pct = (x: number) => x.toFixed(3);

export function formatReport(r: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  const row = (label: string, c: Counts) => {
    const p = prf(c);
    lines.push(`${label.padEnd(22)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  };
  lines.push('Entities');
  for (const [t, c] of Object.entries(r.entities).sort()) row(`  ${t}`, c);
  row('  all', total(r.entities));
  lines.push('Relations');
  for (const [t, c] of Object.entries(r.relations).sort()) row(`  ${t}`, c);
  row('  all', total(r.relations));
  lines.push('Articles (entity F1 / relation F1)');
  for (const a of r.articles) {
    lines.push(`  ${a.id.padEnd(48)} ${pct(a.entity.f1)} / ${pct(a.relation.f1)}`);
    if (verbose) {
      for (const [k, v] of [['missed entities', a.missedEntities], ['spurious entities', a.spuriousEntities], ['missed relations', a.missedRelations], ['spurious relations', a.spuriousRelations]] as const)
        if (v.length) lines.push(`      ${k}: ${v.join('; ')}`);
    }
  }
  return lines.join('\n');
}
