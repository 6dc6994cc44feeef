import type { Driver } from 'neo4j-driver';
import { readTx } from '../transactions';
import type { ExploreEdge, ExploreGraph, ExploreNode } from './types';
import { edgeFromRow, nodeView, RELATION_PATTERN, relRow, toExploreNode, type NodeLike } from './values';

/**
 * Turns what a console query returned into drawable graph elements: schema nodes by their `id`
 * property (with their degree), relationships by element id (with both end nodes, also when the
 * query returned the relationship alone). Elements outside graph-schema are left out.
 */
export async function exploreResolve(driver: Driver, nodeIds: readonly string[], relationshipElementIds: readonly string[]): Promise<ExploreGraph> {
  if (nodeIds.length === 0 && relationshipElementIds.length === 0) return { nodes: [], edges: [] };
  return readTx(driver, async (tx) => {
    const nodes = new Map<string, ExploreNode>();
    const edges: ExploreEdge[] = [];
    const endpointIds = new Set<string>();
    if (relationshipElementIds.length) {
      const res = await tx.run(
        `MATCH ()-[r]->() WHERE elementId(r) IN $ids
         RETURN ${relRow('r')} AS r`,
        { ids: [...relationshipElementIds] },
      );
      for (const r of res.records) {
        const edge = edgeFromRow(r.get('r') as unknown[]);
        if (!edge || !edge.source || !edge.target) continue;
        edges.push(edge);
        endpointIds.add(edge.source).add(edge.target);
      }
    }
    const ids = [...new Set([...nodeIds, ...endpointIds])];
    if (ids.length) {
      const res = await tx.run(
        `UNWIND $ids AS id
         OPTIONAL MATCH (e:Entity {id: id})
         OPTIONAL MATCH (a:Article {id: id})
         WITH coalesce(e, a) AS n WHERE n IS NOT NULL
         RETURN ${nodeView('n')} AS n, COUNT { (n)-[:${RELATION_PATTERN}]-() } AS degree`,
        { ids },
      );
      for (const r of res.records) {
        const node = toExploreNode(r.get('n') as NodeLike, r.get('degree'));
        if (node) nodes.set(node.id, node);
      }
    }
    return { nodes: [...nodes.values()], edges: edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)) };
  }, { metadata: { app: 'explorer', query: 'resolve' } });
}
