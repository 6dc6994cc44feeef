import Graph from 'graphology';
import { EDGE_STYLE, NODE_STYLE, type NodeLabel, type RelationshipType } from '@kg/graph-schema';
import type { GraphData, GraphEdge, GraphNode } from '@kg/api/types';

export type LabelLanguage = 'ar' | 'en';

/** Node attributes: sigma reads x, y, size, color, label; the rest is ours. */
export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeLabel;
  name: string;
  nameAr: string | null;
  /** Degree in the whole database (from the API). */
  degree: number;
  category: string | null;
  date: string | null;
}

/** Edge attributes: sigma reads color, size, label; the provenance fields are the API's own. */
export interface EdgeAttrs extends Pick<GraphEdge, 'firstSeen' | 'lastSeen' | 'articleCount' | 'confidence' | 'status' | 'title'> {
  kind: RelationshipType;
  color: string;
  size: number;
  label: string;
}

export type KgGraph = Graph<NodeAttrs, EdgeAttrs>;

export function createGraph(): KgGraph {
  // Two entities can be linked by several relation types, and MET_WITH can point both ways.
  return new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed', allowSelfLoops: true });
}

/** Radius in pixels: grows with the square root of the degree, 4 px for isolated nodes, 28 px at most. */
export function nodeSize(degree: number): number {
  return Math.min(28, 4 + 2.2 * Math.sqrt(Math.max(0, degree)));
}

/** The text drawn beside a node: the name in the chosen language, else the other one. */
export function displayLabel(node: { name: string; nameAr: string | null }, lang: LabelLanguage): string {
  return lang === 'ar' ? node.nameAr || node.name : node.name || node.nameAr || '';
}

export function nodeAttributes(node: GraphNode, lang: LabelLanguage, position: { x: number; y: number }): NodeAttrs {
  return {
    x: position.x,
    y: position.y,
    size: nodeSize(node.degree),
    color: NODE_STYLE[node.label].color,
    label: displayLabel(node, lang),
    kind: node.label,
    name: node.name,
    nameAr: node.nameAr,
    degree: node.degree,
    category: node.category,
    date: node.date,
  };
}

export function edgeAttributes(edge: GraphEdge, lang: LabelLanguage): EdgeAttrs {
  const style = EDGE_STYLE[edge.type];
  return {
    kind: edge.type,
    color: style.color,
    size: Math.min(6, 1 + Math.log2(1 + Math.max(1, edge.articleCount))),
    label: style.label[lang],
    firstSeen: edge.firstSeen,
    lastSeen: edge.lastSeen,
    articleCount: edge.articleCount,
    confidence: edge.confidence,
    status: edge.status,
    title: edge.title,
  };
}

export interface Added {
  nodes: string[];
  edges: string[];
}

export interface AddOptions {
  lang: LabelLanguage;
  /** Where a new node starts; it may look at nodes already placed (they are in the graph). */
  place: (node: GraphNode, graph: KgGraph) => { x: number; y: number };
}

/**
 * Merges API graph data into the graph: new nodes and edges are added (edges whose ends are not
 * in the graph are skipped), known nodes get their degree refreshed. Returns what was added.
 */
export function addGraphData(graph: KgGraph, data: GraphData, options: AddOptions): Added {
  const added: Added = { nodes: [], edges: [] };
  for (const node of data.nodes) {
    if (graph.hasNode(node.id)) {
      graph.mergeNodeAttributes(node.id, { degree: node.degree, size: nodeSize(node.degree) });
      continue;
    }
    graph.addNode(node.id, nodeAttributes(node, options.lang, options.place(node, graph)));
    added.nodes.push(node.id);
  }
  for (const edge of data.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge, options.lang));
    added.edges.push(edge.id);
  }
  return added;
}

/** Undoes addGraphData: drops the added edges and nodes that are still there. */
export function removeAdded(graph: KgGraph, added: Added): void {
  for (const edge of added.edges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
  for (const node of added.nodes) if (graph.hasNode(node)) graph.dropNode(node);
}

export function relabel(graph: KgGraph, lang: LabelLanguage): void {
  graph.updateEachNodeAttributes((_, attr) => ({ ...attr, label: displayLabel(attr, lang) }), { attributes: ['label'] });
  graph.updateEachEdgeAttributes((_, attr) => ({ ...attr, label: EDGE_STYLE[attr.kind].label[lang] }), { attributes: ['label'] });
}

/**
 * A start position for a new node: near the shown nodes it links to (their centre, a little
 * jittered), else on a ring around the origin; `random` makes it reproducible in tests.
 */
export function placeNear(data: GraphData, random: () => number = Math.random): (node: GraphNode, graph: KgGraph) => { x: number; y: number } {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of data.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return (node, graph) => {
    const placed = (neighbours.get(node.id) ?? []).filter((id) => graph.hasNode(id));
    const angle = random() * 2 * Math.PI;
    if (placed.length) {
      let x = 0;
      let y = 0;
      for (const id of placed) {
        x += graph.getNodeAttribute(id, 'x');
        y += graph.getNodeAttribute(id, 'y');
      }
      const r = 1 + random() * 2;
      return { x: x / placed.length + r * Math.cos(angle), y: y / placed.length + r * Math.sin(angle) };
    }
    const r = 10 + random() * 90;
    return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  };
}

/** The ids of the nodes in the graph (what the API should not send again). */
export function shownIds(graph: KgGraph): string[] {
  return graph.nodes();
}
