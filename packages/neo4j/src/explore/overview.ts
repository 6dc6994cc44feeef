import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { readTx } from '../transactions';
import type { ExploreEdge, ExploreGraph, ExploreNode } from './types';
import { edgeFromRow, nodeView, RELATION_PATTERN, relRow, toExploreNode, type NodeLike } from './values';

export const OVERVIEW_MAX = 2000;

/** The `limit` entities with the most extracted relations, and every relation among them. */
export async function exploreOverview(driver: Driver, limit: number): Promise<ExploreGraph> {
  const cap = Math.max(1, Math.min(OVERVIEW_MAX, Math.floor(limit)));
  return readTx(driver, async (tx) => {
    const res = await tx.run(
      `MATCH (n:Entity)
       WITH n, COUNT { (n)-[:${RELATION_PATTERN}]-() } AS degree
       ORDER BY degree DESC, n.name ASC
       LIMIT $limit
       RETURN ${nodeView('n')} AS n, degree`,
      { limit: neo4j.int(cap) },
    );
    const nodes: ExploreNode[] = [];
    for (const r of res.records) {
      const node = toExploreNode(r.get('n') as NodeLike, r.get('degree'));
      if (node) nodes.push(node);
    }
    const edges = await edgesAmong(tx, nodes.map((n) => n.id), nodes.map((n) => n.id));
    return { nodes, edges };
  }, { metadata: { app: 'explorer', query: 'overview' } });
}

/**
 * Relations with one end in `from` and the other in `to` (both entity id lists), each once.
 * Relations to self are kept; MENTIONS are not (they connect articles).
 */
export async function edgesAmong(tx: ManagedTransaction, from: readonly string[], to: readonly string[]): Promise<ExploreEdge[]> {
  if (from.length === 0 || to.length === 0) return [];
  const res = await tx.run(
    `MATCH (a:Entity) WHERE a.id IN $from
     MATCH (a)-[r:${RELATION_PATTERN}]-(b:Entity)
     WHERE b.id IN $to
     WITH DISTINCT r
     RETURN ${relRow('r')} AS r`,
    { from: [...from], to: [...to] },
  );
  const edges: ExploreEdge[] = [];
  for (const r of res.records) {
    const edge = edgeFromRow(r.get('r') as unknown[]);
    if (edge) edges.push(edge);
  }
  return edges;
}
