import { EDGE_STYLE, RELATIONSHIP_TYPES } from '@kg/graph-schema';
import type { ExploreRelation } from '@kg/neo4j';
import type { RelationGroup } from './types';

/**
 * Relations grouped by (type, direction), in graph-schema's type order, outgoing before incoming;
 * inside a group the best-supported relation first (most articles, then latest).
 */
export function groupRelations(relations: readonly ExploreRelation[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const r of relations) {
    const key = `${r.edge.type}:${r.direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: r.edge.type, direction: r.direction, label: EDGE_STYLE[r.edge.type].label, items: [] };
      groups.set(key, group);
    }
    group.items.push({ edge: r.edge, other: r.other, evidence: r.evidence });
  }
  const order = (g: RelationGroup) => RELATIONSHIP_TYPES.indexOf(g.type) * 2 + (g.direction === 'out' ? 0 : 1);
  const sorted = [...groups.values()].sort((a, b) => order(a) - order(b));
  for (const g of sorted) {
    g.items.sort((a, b) => b.edge.articleCount - a.edge.articleCount || (b.edge.lastSeen ?? '').localeCompare(a.edge.lastSeen ?? '') || a.other.name.localeCompare(b.other.name));
  }
  return sorted;
}
