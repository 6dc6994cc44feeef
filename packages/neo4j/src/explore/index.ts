export type * from './types';
export { exploreOverview, edgesAmong, OVERVIEW_MAX } from './overview';
export { exploreSearch } from './search';
export { exploreNodeDetails, type DetailsOptions } from './details';
export { exploreExpand, EXPAND_MAX } from './expand';
export { exploreArticles } from './articles';
export { exploreStats } from './stats';
export { toExploreNode, toExploreEdge, nodeLabelOf, RELATION_PATTERN } from './values';
export { exploreResolve } from './resolve';
