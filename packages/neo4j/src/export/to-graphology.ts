import { MultiDirectedGraph } from 'graphology';
import { EDGE_STYLE, NODE_STYLE } from '@kg/graph-schema';
import type { ExportValue, GraphSnapshot } from './read-graph';

export type ExportAttributes = Record<string, ExportValue>;
export type ExportGraph = MultiDirectedGraph<ExportAttributes, ExportAttributes, ExportAttributes>;

/**
 * The snapshot as a graphology graph. Nodes: `label` (name or title), `type` (node label), `color`
 * (NODE_STYLE), `size` (grows with degree), then the stored properties. Edges, keyed
 * `TYPE:source->target`: `type`, `label`, `color` (EDGE_STYLE), `weight` (articleCount or MENTIONS
 * count), then the stored properties.
 */
export function toGraphology(snapshot: GraphSnapshot): ExportGraph {
  const graph: ExportGraph = new MultiDirectedGraph();
  for (const n of snapshot.nodes) {
    const name = n.label === 'Article' ? n.props.title : n.props.name;
    graph.addNode(n.id, { label: typeof name === 'string' && name ? name : n.id, type: n.label, color: NODE_STYLE[n.label].color, size: 1, ...n.props });
  }
  for (const r of snapshot.relationships) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    const weight = typeof r.props.articleCount === 'number' ? r.props.articleCount : typeof r.props.count === 'number' ? r.props.count : 1;
    graph.addDirectedEdgeWithKey(`${r.type}:${r.source}->${r.target}`, r.source, r.target, {
      type: r.type,
      label: EDGE_STYLE[r.type].label.en,
      color: EDGE_STYLE[r.type].color,
      weight,
      ...r.props,
    });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', Math.round((2 + 2 * Math.log2(1 + graph.degree(node))) * 100) / 100));
  graph.setAttribute('name', 'kg-security-news');
  return graph;
}
