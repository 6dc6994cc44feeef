export { seedExplorerGraph, fixtureRows, type SeedSummary } from './seed';
export { FIXTURE_ENTITIES, FIXTURE_ARTICLES, FIXTURE_RELATIONS } from './explorer-graph';
export { testDriver } from './neo4j-env';
