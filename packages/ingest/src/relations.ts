import { endpointsAllowed, isSymmetric } from '@kg/graph-schema';
import type { EntityType, EvidenceRecord, ExtractedRelation } from '@kg/graph-schema';
import type { RelationshipKey } from '@kg/neo4j';
import { evidenceRecord } from './provenance';

export interface ArticleRelation {
  key: RelationshipKey;
  /** This article's one record for the relationship: its most confident sentence. */
  record: EvidenceRecord;
}

export const relationshipKeyString = (k: RelationshipKey) => `${k.type}\u0000${k.source}\u0000${k.target}`;

/**
 * An article's relations on resolved node ids, one per (type, source, target). Symmetric ones
 * (isSymmetric) get the canonical direction: smaller id first. Dropped: relations whose ends are
 * not among the article's entities, that became self-loops through resolution, or whose end types
 * the schema does not allow.
 */
export function articleRelations(
  relations: readonly ExtractedRelation[],
  idMap: ReadonlyMap<string, string>,
  typeOf: (id: string) => EntityType | undefined,
  article: { id: string; date: string | null },
): { relations: ArticleRelation[]; dropped: number } {
  const best = new Map<string, ArticleRelation>();
  let dropped = 0;
  for (const r of relations) {
    let source = idMap.get(r.source);
    let target = idMap.get(r.target);
    const sType = source ? typeOf(source) : undefined;
    const tType = target ? typeOf(target) : undefined;
    if (!source || !target || !sType || !tType || source === target || !endpointsAllowed(r.type, sType, tType)) {
      dropped++;
      continue;
    }
    if (isSymmetric(r.type, sType, tType) && target < source) [source, target] = [target, source];
    const record = evidenceRecord({
      articleId: article.id,
      sentence: r.evidence.sentence,
      start: r.evidence.start,
      end: r.evidence.end,
      date: article.date,
      confidence: r.confidence,
      ...(r.status !== undefined ? { status: r.status } : {}),
      ...(r.title !== undefined ? { title: r.title } : {}),
    });
    const key: RelationshipKey = { type: r.type, source, target };
    const k = relationshipKeyString(key);
    const prev = best.get(k);
    if (!prev || record.confidence > prev.record.confidence || (record.confidence === prev.record.confidence && record.start < prev.record.start)) {
      best.set(k, { key, record });
    }
  }
  const out = [...best.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  return { relations: out, dropped };
}
