export * from './labels';
export * from './extraction';
export * from './properties';
export * from './cypher';
export * from './style';
