export { createApp, type AppOptions } from './app';
export { startServer, defaultStaticDir, DEFAULT_PORT, type ServerOptions, type RunningServer } from './server';
export { searchTerms, type SearchTerms } from './search-terms';
export { syntheticGraph } from './synthetic';
export type * from './types';
