export * from './graph-write';
export { NaiveGraphWriteTx } from './naive';
export { IngestGraph, isNeo4jUnavailable } from './store';
export type { IngestGraphOptions } from './store';
