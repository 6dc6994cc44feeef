import { endpointsAllowed, isSymmetric, type AcquisitionStatus, type RelationType } from '@kg/graph-schema';
import type { Doc } from '../document';
import { STATUS_RANK } from './triggers';

export interface RelationDraft {
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  sentence: number;
  status?: AcquisitionStatus;
  title?: string;
  /** Known from the entity itself (a national body's state), not stated by the sentence: kept only for entities kept anyway. */
  implicit?: boolean;
}

/** Relations found so far, one per (type, source, target); the most confident evidence wins. */
export class RelationSet {
  private readonly byKey = new Map<string, RelationDraft>();
  constructor(private readonly doc: Doc) {}

  add(r: RelationDraft): void {
    if (r.source === r.target) return;
    const s = this.doc.entities.get(r.source);
    const t = this.doc.entities.get(r.target);
    if (!s || !t || !endpointsAllowed(r.type, s.type, t.type)) return;
    const [a, b] = isSymmetric(r.type, s.type, t.type) && r.source > r.target ? [r.target, r.source] : [r.source, r.target];
    const key = `${r.type}|${a}|${b}`;
    const prev = this.byKey.get(key);
    // Equal confidence: the sentence that says more about an acquisition (ordered over considered) wins.
    const moreInformative = prev && r.confidence === prev.confidence && r.status && (!prev.status || STATUS_RANK[r.status] > STATUS_RANK[prev.status]);
    if (!prev || r.confidence > prev.confidence || moreInformative) this.byKey.set(key, { ...r, source: a, target: b });
  }

  has(type: RelationType, source: string, target: string): boolean {
    return this.byKey.has(`${type}|${source}|${target}`) || this.byKey.has(`${type}|${target}|${source}`);
  }

  all(): RelationDraft[] {
    return [...this.byKey.values()];
  }
}
