import type { GraphEdge, GraphNode } from '@kg/api/types';

/** Small builders for API graph data in unit tests. */
export const node = (id: string, label: GraphNode['label'] = 'State', degree = 1, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  label,
  name: id.toUpperCase(),
  nameAr: `ع-${id}`,
  degree,
  category: null,
  date: null,
  ...extra,
});
export const edge = (id: string, source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id,
  type: 'COOPERATES_WITH',
  source,
  target,
  firstSeen: '2024-01-01',
  lastSeen: '2024-02-01',
  articleCount: 1,
  confidence: 0.9,
  status: null,
  title: null,
  ...extra,
});

