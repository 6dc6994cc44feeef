import type { EvidenceRecord } from '@kg/graph-schema';
import type { AcquisitionStatus, RelationshipProps, RelationType } from '@kg/graph-schema';

/**
 * Relationship provenance: one EvidenceRecord per supporting article, kept in a canonical order
 * (article date, undated first, then article id) so that the stored properties depend only on
 * which articles support the relationship, never on the order they were ingested in.
 */
export function compareEvidence(a: EvidenceRecord, b: EvidenceRecord): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
}

/** Replaces `articleId`'s record (if any) with `record` (if given), in canonical order. */
export function withArticleEvidence(existing: readonly EvidenceRecord[], articleId: string, record: EvidenceRecord | null): EvidenceRecord[] {
  const kept = existing.filter((e) => e.articleId !== articleId);
  if (record) kept.push(record);
  return kept.sort(compareEvidence);
}

/** A record with keys in a fixed order and no undefined values, so its JSON is canonical. */
export function evidenceRecord(r: EvidenceRecord): EvidenceRecord {
  const out: EvidenceRecord = { articleId: r.articleId, sentence: r.sentence, start: r.start, end: r.end, date: r.date ?? null, confidence: r.confidence };
  if (r.status !== undefined) out.status = r.status;
  if (r.title !== undefined) out.title = r.title;
  return out;
}

/** The relationship's properties from its evidence; null when no article supports it any more. */
export function relationshipProps(type: RelationType, evidence: readonly EvidenceRecord[]): RelationshipProps | null {
  if (evidence.length === 0) return null;
  const sorted = [...evidence].sort(compareEvidence).map(evidenceRecord);
  const dates = sorted.map((e) => e.date).filter((d): d is string => !!d);
  const props: RelationshipProps = {
    articleIds: sorted.map((e) => e.articleId),
    articleCount: sorted.length,
    evidenceJson: JSON.stringify(sorted),
    firstSeen: dates.length ? dates[0] : null,
    lastSeen: dates.length ? dates[dates.length - 1] : null,
    confidence: Math.max(...sorted.map((e) => e.confidence)),
    status: null,
    statusHistoryJson: null,
    title: null,
  };
  if (type === 'ACQUIRES') {
    const history = sorted.filter((e) => e.status !== undefined).map((e) => ({ date: e.date ?? null, status: e.status as AcquisitionStatus, articleId: e.articleId }));
    props.status = history.length ? history[history.length - 1]!.status : null;
    props.statusHistoryJson = JSON.stringify(history);
  }
  if (type === 'HOLDS_OFFICE') {
    const titled = sorted.filter((e) => e.title);
    props.title = titled.length ? titled[titled.length - 1]!.title! : null;
  }
  return props;
}
