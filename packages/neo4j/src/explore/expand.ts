import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { readTx } from '../transactions';
import type { ExploreEdge, ExploreExpansion, ExploreNode } from './types';
import { edgeFromRow, nodeView, RELATION_PATTERN, relRow, toExploreNode, toNumber, type NodeLike } from './values';

export const EXPAND_MAX = 100;

// One statement, one round trip: the neighbours (most links to the entity first, then the better
// connected), then the relations among the new nodes and between them and the shown ones.
const EXPAND_QUERY = `
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r:${RELATION_PATTERN}]-(m:Entity)
WHERE m <> n AND NOT m.id IN $exclude
WITH n, m, count(r) AS links
WITH n, m, links, CASE WHEN m IS NULL THEN -1 ELSE COUNT { (m)-[:${RELATION_PATTERN}]-() } END AS degree
ORDER BY links DESC, degree DESC, m.name
WITH n, [x IN collect(CASE WHEN m IS NULL THEN null ELSE {node: m, degree: degree} END) WHERE x IS NOT NULL] AS candidates
WITH n, size(candidates) AS available, candidates[0..$limit] AS top
WITH n, available, top, [x IN top | x.node] + CASE WHEN $centerShown THEN [] ELSE [n] END AS fresh
CALL {
  WITH top
  UNWIND top AS x
  WITH x.node AS m, x.degree AS degree
  RETURN collect({node: ${nodeView('m')}, degree: degree}) AS picked
}
CALL {
  WITH fresh
  WITH fresh, [f IN fresh | f.id] AS freshIds
  UNWIND fresh AS a
  MATCH (a)-[e:${RELATION_PATTERN}]-(b:Entity)
  WHERE b.id IN freshIds OR b.id IN $exclude
  WITH DISTINCT e
  RETURN collect(${relRow('e')}) AS edges
}
RETURN ${nodeView('n')} AS n, COUNT { (n)-[:${RELATION_PATTERN}]-() } AS degree, available, picked, edges`;

/**
 * The neighbourhood of one entity: up to `limit` (≤ 100) neighbours not in `exclude` (the ids the
 * view already shows), most strongly linked first, plus the entity itself when it is not shown yet,
 * and every relation between the new nodes and the new-or-shown ones. Null when the id is unknown.
 */
export async function exploreExpand(driver: Driver, id: string, exclude: readonly string[], limit = EXPAND_MAX): Promise<ExploreExpansion | null> {
  const cap = Math.max(1, Math.min(EXPAND_MAX, Math.floor(limit)));
  const shown = new Set(exclude);
  return readTx(driver, async (tx) => {
    const res = await tx.run(EXPAND_QUERY, { id, exclude: [...shown], limit: neo4j.int(cap), centerShown: shown.has(id) });
    const record = res.records[0];
    if (!record) return null;
    const center = toExploreNode(record.get('n') as NodeLike, record.get('degree'));
    if (!center) return null;
    const nodes: ExploreNode[] = [];
    if (!shown.has(center.id)) nodes.push(center);
    for (const item of record.get('picked') as { node: NodeLike; degree: unknown }[]) {
      const node = toExploreNode(item.node, item.degree);
      if (node) nodes.push(node);
    }
    const edges: ExploreEdge[] = [];
    for (const row of record.get('edges') as unknown[][]) {
      const edge = edgeFromRow(row);
      if (edge) edges.push(edge);
    }
    return { nodes, edges, available: toNumber(record.get('available')) };
  }, { metadata: { app: 'explorer', query: 'expand' } });
}
