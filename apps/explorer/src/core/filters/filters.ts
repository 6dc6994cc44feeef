import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '@kg/graph-schema';
import type { KgGraph } from '../graph/model';
import { coversDomain, inRange, overlapsRange, type DateRange } from '../dates/range';

export interface FilterState {
  hiddenLabels: ReadonlySet<NodeLabel>;
  hiddenTypes: ReadonlySet<RelationshipType>;
  /** Null: no date filter. */
  range: DateRange | null;
  /** The dates the loaded graph spans; a range covering it filters nothing. */
  domain: DateRange | null;
}

export const NO_FILTER: FilterState = { hiddenLabels: new Set(), hiddenTypes: new Set(), range: null, domain: null };

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function dateFilterActive(state: FilterState): boolean {
  return state.range !== null && !coversDomain(state.range, state.domain);
}

/**
 * What the filters hide. An edge is shown when its type is on, both ends are shown by type, and
 * (with a date range) its firstSeen–lastSeen overlaps the range; undated edges stay. With a date
 * range, a node the filter leaves without any shown edge is hidden too (an article: by its own
 * date), while nodes that had no edge in the view to begin with stay.
 */
export function computeVisibility(graph: KgGraph, state: FilterState): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const dated = dateFilterActive(state);
  const range = state.range;
  graph.forEachNode((node, attr) => {
    if (state.hiddenLabels.has(attr.kind)) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, attr, source, target) => {
    if (state.hiddenTypes.has(attr.kind) || hiddenNodes.has(source) || hiddenNodes.has(target)) {
      hiddenEdges.add(edge);
      return;
    }
    if (dated && range && overlapsRange(attr.firstSeen, attr.lastSeen, range) === false) hiddenEdges.add(edge);
  });
  if (dated && range) {
    // Articles go by their own date, and their edges with them.
    graph.forEachNode((node, attr) => {
      if (attr.kind === 'Article' && !hiddenNodes.has(node) && inRange(attr.date, range) === false) {
        hiddenNodes.add(node);
        graph.forEachEdge(node, (edge) => hiddenEdges.add(edge));
      }
    });
    graph.forEachNode((node) => {
      if (hiddenNodes.has(node) || graph.degree(node) === 0) return;
      if (!graph.someEdge(node, (edge) => !hiddenEdges.has(edge))) hiddenNodes.add(node);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

export interface LegendCount {
  /** In the view (graph) and shown after filters. */
  inView: number;
  shown: number;
}

export function countNodesByLabel(graph: KgGraph, visibility: Visibility): Record<NodeLabel, LegendCount> {
  const counts = Object.fromEntries(NODE_LABELS.map((l) => [l, { inView: 0, shown: 0 }])) as Record<NodeLabel, LegendCount>;
  graph.forEachNode((node, attr) => {
    const c = counts[attr.kind];
    c.inView++;
    if (!visibility.hiddenNodes.has(node)) c.shown++;
  });
  return counts;
}

export function countEdgesByType(graph: KgGraph, visibility: Visibility): Record<RelationshipType, LegendCount> {
  const counts = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, { inView: 0, shown: 0 }])) as Record<RelationshipType, LegendCount>;
  graph.forEachEdge((edge, attr) => {
    const c = counts[attr.kind];
    c.inView++;
    if (!visibility.hiddenEdges.has(edge)) c.shown++;
  });
  return counts;
}
