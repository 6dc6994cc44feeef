import { write as writeGexf } from 'graphology-gexf';
import type { ExportAttributes, ExportGraph } from './to-graphology';
import type { ExportValue } from './read-graph';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Lists become one string joined with " | " (Gephi's GraphML and GEXF readers take scalars best). */
function scalar(v: ExportValue): string | number | boolean | null {
  return Array.isArray(v) ? v.map((x) => String(x)).join(' | ') : v;
}

function scalars(attrs: ExportAttributes, skip: readonly string[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (skip.includes(k)) continue;
    const s = scalar(v);
    if (s !== null) out[k] = s;
  }
  return out;
}

function xmlEscape(s: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; markup characters are escaped.
  return s
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

type GraphmlType = 'string' | 'double' | 'boolean';

function graphmlType(values: Iterable<string | number | boolean>): GraphmlType {
  let type: GraphmlType | undefined;
  for (const v of values) {
    const t: GraphmlType = typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
    if (type && type !== t) return 'string';
    type = t;
  }
  return type ?? 'string';
}

/**
 * GraphML (graphology-graphml only parses, so this writes it): one <key> per attribute name with
 * its type, node attributes label/type/color/size plus r, g, b for Gephi's colour import.
 */
export function toGraphml(graph: ExportGraph): string {
  const nodes: [string, Record<string, string | number | boolean>][] = [];
  graph.forEachNode((key, attrs) => {
    const flat = scalars(attrs, []);
    const hex = typeof attrs.color === 'string' ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(attrs.color) : null;
    if (hex) Object.assign(flat, { r: parseInt(hex[1]!, 16), g: parseInt(hex[2]!, 16), b: parseInt(hex[3]!, 16) });
    nodes.push([key, flat]);
  });
  const edges: [string, string, string, Record<string, string | number | boolean>][] = [];
  graph.forEachEdge((key, attrs, source, target) => edges.push([key, source, target, scalars(attrs, [])]));

  const keysOf = (rows: Record<string, string | number | boolean>[]) => {
    const values = new Map<string, (string | number | boolean)[]>();
    for (const row of rows) for (const [k, v] of Object.entries(row)) (values.get(k) ?? values.set(k, []).get(k)!).push(v);
    return [...values.entries()].map(([name, vs]) => ({ name, type: name === 'r' || name === 'g' || name === 'b' ? 'int' : graphmlType(vs) }));
  };
  const nodeKeys = keysOf(nodes.map((n) => n[1]));
  const edgeKeys = keysOf(edges.map((e) => e[3]));
  const nodeId = new Map(nodeKeys.map((k, i) => [k.name, `n${i}`]));
  const edgeId = new Map(edgeKeys.map((k, i) => [k.name, `e${i}`]));
  const data = (ids: Map<string, string>, row: Record<string, string | number | boolean>) =>
    Object.entries(row)
      .map(([k, v]) => `      <data key="${ids.get(k)}">${xmlEscape(String(v))}</data>\n`)
      .join('');

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  for (const k of nodeKeys) out.push(`  <key id="${nodeId.get(k.name)}" for="node" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>\n`);
  for (const k of edgeKeys) out.push(`  <key id="${edgeId.get(k.name)}" for="edge" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>\n`);
  out.push('  <graph id="G" edgedefault="directed">\n');
  for (const [key, row] of nodes) out.push(`    <node id="${xmlEscape(key)}">\n${data(nodeId, row)}    </node>\n`);
  for (const [key, source, target, row] of edges) {
    out.push(`    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">\n${data(edgeId, row)}    </edge>\n`);
  }
  out.push('  </graph>\n</graphml>\n');
  return out.join('');
}

/** GEXF 1.2 through graphology-gexf: label, viz colour and size, weight, the rest as attributes. */
export function toGexf(graph: ExportGraph): string {
  return writeGexf(graph, {
    formatNode: (_key, attrs) => ({
      label: String(attrs.label ?? ''),
      viz: { color: String(attrs.color ?? '#999999'), size: typeof attrs.size === 'number' ? attrs.size : 1 },
      attributes: scalars(attrs, ['label', 'size']),
    }),
    formatEdge: (_key, attrs) => ({
      label: String(attrs.label ?? ''),
      weight: typeof attrs.weight === 'number' ? attrs.weight : 1,
      viz: { color: String(attrs.color ?? '#cccccc') },
      attributes: scalars(attrs, ['label', 'weight']),
    }),
  });
}

export function serializeGraph(graph: ExportGraph, format: ExportFormat): string {
  switch (format) {
    case 'graphml':
      return toGraphml(graph);
    case 'gexf':
      return toGexf(graph);
    case 'json':
      return JSON.stringify(graph.export(), null, 1) + '\n';
  }
}
