import neo4j from 'neo4j-driver';
import type { QueryResult } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES } from '@kg/graph-schema';
import type { ArticleNodeProps, EntityType, RelationshipProps, RelationType } from '@kg/graph-schema';
import * as Q from './statements';

/** An entity node as stored (lists and scalars only). */
export interface StoredEntity {
  id: string;
  type: EntityType;
  name: string;
  nameAr: string | null;
  aliases: string[];
  searchKeys: string[];
  fromGazetteer: boolean;
  category: string | null;
}

/** What ingest writes for an entity: the merged final values plus the full-text field. */
export interface EntityRow extends StoredEntity {
  searchText: string;
}

export interface EntityKeys {
  id: string;
  type: EntityType;
  searchKeys: string[];
}

/** Article node properties as written (absent values as null). */
export type ArticleRow = {
  [K in keyof ArticleNodeProps]-?: undefined extends ArticleNodeProps[K] ? Exclude<ArticleNodeProps[K], undefined> | null : ArticleNodeProps[K];
};

export interface MentionRow {
  id: string;
  count: number;
}

export interface RelationshipKey {
  type: RelationType;
  source: string;
  target: string;
}

export interface StoredRelationship extends RelationshipKey {
  evidenceJson: string;
}

export interface RelationshipRow extends RelationshipKey {
  props: RelationshipProps;
}

export interface ArticleWithMentions {
  article: ArticleRow;
  mentions: readonly MentionRow[];
}

/** What one write puts in: final entity rows, articles with MENTIONS, relationships with merged provenance. */
export interface ArticleFacts {
  entities: readonly EntityRow[];
  articles: readonly ArticleWithMentions[];
  relationships: readonly RelationshipRow[];
}

export interface ArticleState {
  id: string;
  path: string | null;
  contentHash: string;
  /** The extractor version its facts came from (null: pre-extracted, or stored before versions were). */
  extractor: string | null;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export function num(v: unknown): number {
  return neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v);
}

function groupBy<T, K extends string>(rows: readonly T[], key: (row: T) => K, order: readonly K[]): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(row);
  }
  return order.filter((k) => groups.has(k)).map((k) => [k, groups.get(k)!]);
}

export const toArticleState = (r: { get(k: string): unknown }): ArticleState => ({
  id: r.get('id') as string,
  path: (r.get('path') as string | null) ?? null,
  contentHash: r.get('contentHash') as string,
  extractor: (r.get('extractor') as string | null) ?? null,
});

const toStoredRelationship = (r: { get(k: string): unknown }): StoredRelationship => ({
  type: r.get('type') as RelationType,
  source: r.get('source') as string,
  target: r.get('target') as string,
  evidenceJson: (r.get('evidenceJson') as string | null) ?? '[]',
});

/**
 * Where statements go: a managed transaction (ingest), or, for the benchmark's naive writer,
 * auto-commit queries on a session (each statement its own transaction).
 */
export interface StatementRunner {
  run(query: string, parameters?: Record<string, unknown>): PromiseLike<QueryResult>;
}

/**
 * The write operations of one transaction. Statements issued without awaiting in between are
 * pipelined by the driver; each method awaits its own results before returning.
 */
export class GraphWriteTx {
  constructor(protected readonly tx: StatementRunner) {}

  async readArticleStates(ids: readonly string[], paths: readonly string[]): Promise<ArticleState[]> {
    if (ids.length === 0 && paths.length === 0) return [];
    const res = await this.tx.run(Q.READ_ARTICLE_STATES, { ids, paths });
    return res.records.map(toArticleState);
  }

  async readEntities(ids: readonly string[]): Promise<StoredEntity[]> {
    if (ids.length === 0) return [];
    const res = await this.tx.run(Q.READ_ENTITIES, { ids });
    return res.records.map((r) => ({
      id: r.get('id') as string,
      type: r.get('type') as EntityType,
      name: r.get('name') as string,
      nameAr: (r.get('nameAr') as string | null) ?? null,
      aliases: (r.get('aliases') as string[] | null) ?? [],
      searchKeys: (r.get('searchKeys') as string[] | null) ?? [],
      fromGazetteer: Boolean(r.get('fromGazetteer')),
      category: (r.get('category') as string | null) ?? null,
    }));
  }

  async readRelationships(keys: readonly RelationshipKey[]): Promise<StoredRelationship[]> {
    if (keys.length === 0) return [];
    const res = await this.tx.run(Q.READ_RELATIONSHIPS, { keys: keys.map((k) => ({ type: k.type, source: k.source, target: k.target })) });
    return res.records.map(toStoredRelationship);
  }

  async readArticleRelationships(articleId: string): Promise<StoredRelationship[]> {
    const res = await this.tx.run(Q.READ_ARTICLE_RELATIONSHIPS, { id: articleId });
    return res.records.map(toStoredRelationship);
  }

  async writeEntities(rows: readonly EntityRow[]): Promise<void> {
    const runs: PromiseLike<QueryResult>[] = [];
    for (const [type, group] of groupBy(rows, (r) => r.type, ENTITY_TYPES)) {
      runs.push(
        this.tx.run(Q.mergeEntities(type), {
          rows: group.map((e) => ({
            id: e.id,
            name: e.name,
            nameAr: e.nameAr,
            aliases: e.aliases,
            searchKeys: e.searchKeys,
            searchText: e.searchText,
            fromGazetteer: e.fromGazetteer,
            category: e.category,
          })),
        }),
      );
    }
    await Promise.all(runs);
  }

  /** Creates (or overwrites) article nodes and their MENTIONS; the entities must exist. */
  async writeArticles(articles: readonly ArticleWithMentions[]): Promise<void> {
    if (articles.length === 0) return;
    await this.tx.run(Q.CREATE_ARTICLES, { rows: articles.map((a) => ({ article: a.article, mentions: a.mentions })) });
  }

  /**
   * Articles' facts: entity nodes, then the articles with their MENTIONS, then relationships.
   * All statements are sent at once (pipelined) and run in that order.
   */
  async writeArticleFacts(facts: ArticleFacts): Promise<void> {
    await Promise.all([this.writeEntities(facts.entities), this.writeArticles(facts.articles), this.writeRelationships(facts.relationships)]);
  }

  async writeRelationships(rows: readonly RelationshipRow[]): Promise<void> {
    const runs: PromiseLike<QueryResult>[] = [];
    for (const [type, group] of groupBy(rows, (r) => r.type, RELATION_TYPES)) {
      runs.push(this.tx.run(Q.mergeRelationships(type), { rows: group.map((r) => ({ source: r.source, target: r.target, props: r.props })) }));
    }
    await Promise.all(runs);
  }

  async deleteRelationships(keys: readonly RelationshipKey[]): Promise<void> {
    const runs: PromiseLike<QueryResult>[] = [];
    for (const [type, group] of groupBy(keys, (r) => r.type, RELATION_TYPES)) {
      runs.push(this.tx.run(Q.deleteRelationships(type), { rows: group.map((r) => ({ source: r.source, target: r.target })) }));
    }
    await Promise.all(runs);
  }

  /** Moves unchanged articles to new stored paths (a file that now holds fewer or more articles). */
  async setArticlePaths(rows: readonly { id: string; path: string }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.tx.run(Q.SET_ARTICLE_PATHS, { rows });
  }

  /** Deletes the article node, its MENTIONS and the entities nothing mentions any more; returns their ids. */
  async deleteArticle(articleId: string): Promise<string[]> {
    const res = await this.tx.run(Q.DELETE_ARTICLE, { id: articleId });
    return res.records.map((r) => r.get('id') as string);
  }
}

