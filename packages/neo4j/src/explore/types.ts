import type { NodeLabel, RelationshipType } from '@kg/graph-schema';

/** A node as the explorer draws it: identity, names in both languages, type, degree. */
export interface ExploreNode {
  id: string;
  label: NodeLabel;
  name: string;
  nameAr: string | null;
  /** Extracted relations (MENTIONS not counted) in the whole graph. */
  degree: number;
  category: string | null;
  /** Articles only: publication date (YYYY-MM-DD). */
  date: string | null;
}

/** A relationship as the explorer draws it (evidence comes with node details, not here). */
export interface ExploreEdge {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  firstSeen: string | null;
  lastSeen: string | null;
  articleCount: number;
  confidence: number | null;
  status: string | null;
  title: string | null;
}

export interface ExploreGraph {
  nodes: ExploreNode[];
  edges: ExploreEdge[];
}

export interface ExploreSearchInput {
  /** Normal forms that must equal one of a node's searchKeys (rank first). */
  exact: string[];
  /** Normal forms that a searchKey, or a word of one, must start with. */
  prefixes: string[];
  /** A Lucene query for the full-text index; empty = skip the index. */
  lucene: string;
  limit: number;
}

export type SearchMatchKind = 'exact' | 'prefix' | 'fulltext';

export interface ExploreSearchHit {
  node: ExploreNode;
  aliases: string[];
  match: SearchMatchKind;
  /** Higher is better; comparable across kinds (exact > prefix > fulltext). */
  score: number;
}

export interface ExploreEvidence {
  articleId: string;
  articleTitle: string | null;
  date: string | null;
  sentence: string;
  confidence: number | null;
  status: string | null;
}

export interface ExploreRelation {
  edge: ExploreEdge;
  direction: 'out' | 'in';
  other: ExploreNode;
  evidence: ExploreEvidence[];
}

export interface ExploreArticleRef {
  id: string;
  title: string;
  date: string | null;
  lang: string | null;
  /** MENTIONS.count: how often the article names the entity. */
  count: number;
}

export interface ExploreNodeDetails {
  node: ExploreNode;
  aliases: string[];
  /** Articles only. */
  article: { source: string | null; url: string | null; lang: string | null } | null;
  relations: ExploreRelation[];
  /** Entity: the articles that mention it. Article: unused (its entities come as relations). */
  mentionedIn: ExploreArticleRef[];
}

export interface ExploreExpansion extends ExploreGraph {
  /** Neighbours not excluded, before the cap. */
  available: number;
}

export interface ExploreArticle {
  id: string;
  title: string;
  date: string | null;
  lang: string | null;
  source: string | null;
  url: string | null;
  entityCount: number;
}

export interface ExploreStats {
  labels: Record<NodeLabel, number>;
  relationshipTypes: Record<RelationshipType, number>;
  articleDates: { min: string | null; max: string | null };
}
