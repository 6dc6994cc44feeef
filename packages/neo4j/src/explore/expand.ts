import neo4j from 'neo4j-driver';
import type { Driver, Node } from 'neo4j-driver';
import { readTx } from '../transactions';
import { edgesAmong } from './overview';
import type { ExploreExpansion, ExploreNode } from './types';
import { RELATION_PATTERN, toExploreNode, toNumber } from './values';

export const EXPAND_MAX = 100;

/**
 * The neighbourhood of one entity: up to `limit` (≤ 100) neighbours not in `exclude` (the ids the
 * view already shows), most strongly linked first, plus the entity itself when it is not shown yet,
 * and every relation between the new nodes and the new-or-shown ones. Null when the id is unknown.
 */
export async function exploreExpand(driver: Driver, id: string, exclude: readonly string[], limit = EXPAND_MAX): Promise<ExploreExpansion | null> {
  const cap = Math.max(1, Math.min(EXPAND_MAX, Math.floor(limit)));
  const shown = new Set(exclude);
  return readTx(driver, async (tx) => {
    const res = await tx.run(
      `MATCH (n:Entity {id: $id})
       OPTIONAL MATCH (n)-[r:${RELATION_PATTERN}]-(m:Entity)
       WHERE m <> n AND NOT m.id IN $exclude
       WITH n, m, count(r) AS links
       WITH n, m, links, CASE WHEN m IS NULL THEN -1 ELSE COUNT { (m)-[:${RELATION_PATTERN}]-() } END AS degree
       ORDER BY links DESC, degree DESC, m.name
       WITH n, [x IN collect(CASE WHEN m IS NULL THEN null ELSE {node: m, degree: degree} END) WHERE x IS NOT NULL] AS candidates
       RETURN n, COUNT { (n)-[:${RELATION_PATTERN}]-() } AS degree, size(candidates) AS available, candidates[0..$limit] AS picked`,
      { id, exclude: [...shown], limit: neo4j.int(cap) },
    );
    const record = res.records[0];
    if (!record) return null;
    const center = toExploreNode(record.get('n') as Node, record.get('degree'));
    if (!center) return null;
    const nodes: ExploreNode[] = [];
    if (!shown.has(center.id)) nodes.push(center);
    for (const item of record.get('picked') as { node: Node; degree: unknown }[]) {
      const node = toExploreNode(item.node, item.degree);
      if (node) nodes.push(node);
    }
    const fresh = nodes.map((n) => n.id);
    const edges = await edgesAmong(tx, fresh, [...fresh, ...shown]);
    return { nodes, edges, available: toNumber(record.get('available')) };
  }, { metadata: { app: 'explorer', query: 'expand' } });
}
