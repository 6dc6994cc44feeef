import { normalizeForSearch } from '../text/normalize';

/** Gold article as in shared/corpus (FORMAT.md). */
export interface GoldArticle {
  id?: string;
  title: string;
  date?: string;
  text: string;
  lang?: string;
  entities: { key: string; type: string; name: string; mentions?: string[] }[];
  relations: { type: string; source: string; target: string }[];
}

/** Prediction: at least entities with id, type, name, aliases and relations with type, source, target. */
export interface Prediction {
  entities: { id: string; type: string; name: string; aliases?: string[] }[];
  relations: { type: string; source: string; target: string }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  entities: Record<string, Counts>;
  relations: Record<string, Counts>;
  missedEntities: string[];
  spuriousEntities: string[];
  missedRelations: string[];
  spuriousRelations: string[];
}

// Scoring treats these as undirected whatever the endpoint types (FORMAT.md, "Predictions").
const UNDIRECTED = new Set(['COOPERATES_WITH', 'MET_WITH']);
const key = (type: string, s: string, t: string) => (UNDIRECTED.has(type) && s > t ? `${type}|${t}|${s}` : `${type}|${s}|${t}`);
const names = (values: (string | undefined)[]) => new Set(values.filter((v): v is string => !!v).map(normalizeForSearch).filter(Boolean));

function bump(m: Record<string, Counts>, type: string, field: keyof Counts) {
  (m[type] ??= { tp: 0, fp: 0, fn: 0 })[field]++;
}

/** FORMAT.md's rules: one-to-one entity matching by type and a shared normal name, relations by (type, source, target). */
export function scoreArticle(gold: GoldArticle, pred: Prediction): ArticleScore {
  const goldNames = gold.entities.map((g) => names([g.name, ...(g.mentions ?? [])]));
  const predNames = pred.entities.map((p) => names([p.name, ...(p.aliases ?? [])]));
  const pairs: [number, number, number][] = [];
  pred.entities.forEach((p, i) =>
    gold.entities.forEach((g, j) => {
      if (p.type !== g.type) return;
      let shared = 0;
      for (const n of predNames[i]!) if (goldNames[j]!.has(n)) shared++;
      if (shared) pairs.push([shared, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const p2g = new Map<number, number>();
  const taken = new Set<number>();
  for (const [, i, j] of pairs) {
    if (p2g.has(i) || taken.has(j)) continue;
    p2g.set(i, j);
    taken.add(j);
  }
  const out: ArticleScore = { entities: {}, relations: {}, missedEntities: [], spuriousEntities: [], missedRelations: [], spuriousRelations: [] };
  gold.entities.forEach((g, j) => {
    const hit = taken.has(j);
    bump(out.entities, g.type, hit ? 'tp' : 'fn');
    if (!hit) out.missedEntities.push(`${g.type}:${g.name}`);
  });
  pred.entities.forEach((p, i) => {
    if (p2g.has(i)) return;
    bump(out.entities, p.type, 'fp');
    out.spuriousEntities.push(`${p.type}:${p.name}`);
  });
  const predIndex = new Map(pred.entities.map((p, i) => [p.id, i]));
  const goldKey = (id: string) => {
    const i = predIndex.get(id);
    return i !== undefined && p2g.has(i) ? gold.entities[p2g.get(i)!]!.key : `?${id}`;
  };
  const goldTriples = new Map(gold.relations.map((r) => [key(r.type, r.source, r.target), r]));
  const predTriples = new Map(pred.relations.map((r) => [key(r.type, goldKey(r.source), goldKey(r.target)), r]));
  for (const [k, r] of goldTriples) {
    const hit = predTriples.has(k);
    bump(out.relations, r.type, hit ? 'tp' : 'fn');
    if (!hit) out.missedRelations.push(k);
  }
  for (const [k, r] of predTriples) {
    if (goldTriples.has(k)) continue;
    bump(out.relations, r.type, 'fp');
    out.spuriousRelations.push(k);
  }
  return out;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function total(byType: Record<string, Counts>): Counts {
  return Object.values(byType).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

export function addInto(into: Record<string, Counts>, from: Record<string, Counts>): void {
  for (const [t, c] of Object.entries(from)) {
    const x = (into[t] ??= { tp: 0, fp: 0, fn: 0 });
    x.tp += c.tp;
    x.fp += c.fp;
    x.fn += c.fn;
  }
}
