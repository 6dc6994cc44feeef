/**
 * The explorer API's request and response shapes: the contract between @kg/api and the web app,
 * which imports these types (and graph-schema) only.
 */
import type { EdgeStyle, NodeLabel, NodeStyle, RelationshipType } from '@kg/graph-schema';
import type { ExploreArticle, ExploreArticleRef, ExploreEdge, ExploreEvidence, ExploreGraph, ExploreNode, ExploreSearchHit, SearchMatchKind } from '@kg/neo4j';

// The graph's shapes are the read queries' own (packages/neo4j/src/explore/types.ts), named for the API.
// Type-only: the browser bundle never loads @kg/neo4j.
export type GraphNode = ExploreNode;
export type GraphEdge = ExploreEdge;
export type GraphData = ExploreGraph;
export type SearchMatch = SearchMatchKind;
export type SearchHit = ExploreSearchHit;
export type EvidenceItem = ExploreEvidence;
export type ArticleRef = ExploreArticleRef;
export type ArticleSummary = ExploreArticle;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };




/** GET /api/overview?limit=N */
export interface OverviewResponse extends GraphData {
  limit: number;
}



/** GET /api/search?q=…&limit= */
export interface SearchResponse {
  query: string;
  /** The query in normal form (as stored in searchKeys). */
  normalized: string;
  hits: SearchHit[];
}


export interface RelationItem {
  edge: GraphEdge;
  other: GraphNode;
  evidence: EvidenceItem[];
}

export interface RelationGroup {
  type: RelationshipType;
  /** out: this node is the source. */
  direction: 'out' | 'in';
  label: { en: string; ar: string };
  items: RelationItem[];
}


/** GET /api/nodes/:id */
export interface NodeDetailsResponse {
  node: GraphNode;
  aliases: string[];
  article: { source: string | null; url: string | null; lang: string | null } | null;
  groups: RelationGroup[];
  mentionedIn: ArticleRef[];
}

/** POST /api/nodes/:id/expand body (GET takes the same as query parameters, exclude comma-separated). */
export interface ExpandRequest {
  exclude?: string[];
  limit?: number;
}

export interface ExpandResponse extends GraphData {
  center: string;
  /** Neighbours not already shown, before the cap. */
  available: number;
  /** True when more neighbours exist than were returned. */
  capped: boolean;
}


/** GET /api/articles?offset=&limit= */
export interface ArticlesResponse {
  total: number;
  offset: number;
  articles: ArticleSummary[];
}

/** GET /api/schema: the legend. */
export interface SchemaResponse {
  labels: { label: NodeLabel; count: number; style: NodeStyle }[];
  relationshipTypes: { type: RelationshipType; count: number; style: EdgeStyle }[];
  articleDates: { min: string | null; max: string | null };
  /** Property keys worth completing in the Cypher editor. */
  propertyKeys: string[];
}

/** POST /api/cypher */
export interface CypherRequest {
  query: string;
  params?: Record<string, JsonValue>;
}

export interface CypherResponse {
  columns: string[];
  rows: Record<string, JsonValue>[];
  /** Schema nodes in the result, as the graph draws them. */
  nodes: GraphNode[];
  relationships: GraphEdge[];
  truncated: boolean;
  elapsedMs: number;
}

/** Every non-2xx answer. */
export interface ApiError {
  error: string;
  /** What failed: validation (400), not-found (404), read-only (400), timeout (408), syntax (400), neo4j (502/503), internal (500). */
  kind: 'validation' | 'not-found' | 'read-only' | 'timeout' | 'syntax' | 'neo4j' | 'internal';
  issues?: { path: string; message: string }[];
}

/** GET /api/synthetic (bench only, when enabled). */
export interface SyntheticResponse extends GraphData {
  seed: number;
}
