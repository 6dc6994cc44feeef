import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '@kg/graph-schema';
import { readTx } from '../transactions';
import type { ExploreStats } from './types';
import { str, toNumber } from './values';

// Label and type names come from graph-schema constants, never from a request; the count store
// answers `(:Label)` and `()-[:TYPE]->()` counts without scanning.
const COUNTS_QUERY =
  'RETURN ' +
  [
    ...NODE_LABELS.map((l) => `COUNT { (:${l}) } AS n_${l}`),
    ...RELATIONSHIP_TYPES.map((t) => `COUNT { ()-[:${t}]->() } AS r_${t}`),
  ].join(', ');

/** Per-label node counts, per-type relationship counts, and the range of article dates. */
export async function exploreStats(driver: Driver): Promise<ExploreStats> {
  return readTx(driver, async (tx) => {
    const counts = (await tx.run(COUNTS_QUERY)).records[0];
    const dates = (await tx.run('MATCH (a:Article) WHERE a.date IS NOT NULL RETURN min(a.date) AS min, max(a.date) AS max')).records[0];
    const labels = Object.fromEntries(NODE_LABELS.map((l) => [l, toNumber(counts?.get(`n_${l}`) ?? 0)])) as Record<NodeLabel, number>;
    const relationshipTypes = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, toNumber(counts?.get(`r_${t}`) ?? 0)])) as Record<RelationshipType, number>;
    return { labels, relationshipTypes, articleDates: { min: str(dates?.get('min')), max: str(dates?.get('max')) } };
  }, { metadata: { app: 'explorer', query: 'stats' } });
}
