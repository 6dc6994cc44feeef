export { readGraph } from './read-graph';
export type { ExportNode, ExportRelationship, ExportValue, GraphSnapshot, ReadGraphOptions } from './read-graph';
export { toGraphology } from './to-graphology';
export type { ExportAttributes, ExportGraph } from './to-graphology';
export { EXPORT_FORMATS, serializeGraph, toGexf, toGraphml } from './serialize';
export type { ExportFormat } from './serialize';
export { canonicalDump } from './dump';
export { exportMain, EXPORT_USAGE } from './cli';
