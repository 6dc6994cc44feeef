/**
 * Every Cypher statement ingest runs, in one place. All values travel as parameters; labels and
 * relationship types cannot be parameters, so they are spliced in only after checking them
 * against graph-schema's closed lists (never taken from input).
 */
import { ENTITY_LABEL, ENTITY_TYPES, MENTIONS, RELATION_TYPES } from '@kg/graph-schema';
import type { EntityType, RelationType } from '@kg/graph-schema';

export function entityLabel(type: EntityType): EntityType {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new Error(`not an entity type: ${String(type)}`);
  return type;
}

export function relationType(type: RelationType): RelationType {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`not a relation type: ${String(type)}`);
  return type;
}

/** Articles by id or by path: what ingest needs to decide add / skip / replace. */
export const READ_ARTICLE_STATES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.path AS path, a.contentHash AS contentHash, a.extractor AS extractor
UNION
UNWIND $paths AS p
MATCH (a:Article {path: p})
RETURN a.id AS id, a.path AS path, a.contentHash AS contentHash, a.extractor AS extractor`;

/**
 * Every stored article's id, path, content hash and extractor version: read once per ingest run, which then decides
 * add / skip / replace in memory (one query instead of look-ups per batch of files).
 */
export const READ_ALL_ARTICLE_STATES = `
MATCH (a:Article)
RETURN a.id AS id, a.path AS path, a.contentHash AS contentHash, a.extractor AS extractor`;

/** Articles whose path is one of $paths or lies under one of $prefixes (folder removal). */
export const FIND_ARTICLES_BY_PATH = `
MATCH (a:Article)
WHERE a.path IN $paths OR any(p IN $prefixes WHERE a.path STARTS WITH p)
RETURN a.id AS id, a.path AS path, a.contentHash AS contentHash, a.extractor AS extractor
ORDER BY a.path, a.id`;

/** New paths for unchanged articles ($rows: {id, path}). */
export const SET_ARTICLE_PATHS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.path = row.path`;

/** Entity nodes by id, with the entity label they carry. */
export const READ_ENTITIES = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS type, n.name AS name, n.nameAr AS nameAr,
       n.aliases AS aliases, n.searchKeys AS searchKeys, n.fromGazetteer AS fromGazetteer, n.category AS category`;

/** Every entity's resolution keys: loaded once per run into the in-memory key index. */
export const READ_ENTITY_KEYS = `
MATCH (n:${ENTITY_LABEL})
RETURN n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS type, n.searchKeys AS searchKeys`;

/** Upsert entity nodes of one label; the row carries the merged, final property values. */
export function mergeEntities(type: EntityType): string {
  return `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL}:${entityLabel(type)} {id: row.id})
SET n.name = row.name, n.nameAr = row.nameAr, n.aliases = row.aliases, n.searchKeys = row.searchKeys,
    n.searchText = row.searchText, n.fromGazetteer = row.fromGazetteer, n.category = row.category`;
}

/** Article nodes with their MENTIONS ($rows: {article, mentions}); the entities exist already. */
export const CREATE_ARTICLES = `
UNWIND $rows AS row
WITH row, row.article AS p
MERGE (a:Article {id: p.id})
SET a.title = p.title, a.date = p.date, a.lang = p.lang, a.source = p.source, a.url = p.url, a.path = p.path,
    a.contentHash = p.contentHash, a.extractor = p.extractor, a.text = p.text, a.ingestedAt = p.ingestedAt
WITH a, row
UNWIND row.mentions AS m
MATCH (e:${ENTITY_LABEL} {id: m.id})
MERGE (a)-[r:${MENTIONS}]->(e)
SET r.count = toInteger(m.count)`;

/** Current provenance of relationships by (type, source, target). */
export const READ_RELATIONSHIPS = `
UNWIND $keys AS k
MATCH (s:${ENTITY_LABEL} {id: k.source})-[r]->(t:${ENTITY_LABEL} {id: k.target})
WHERE type(r) = k.type
RETURN type(r) AS type, s.id AS source, t.id AS target, r.evidenceJson AS evidenceJson`;

/** Relationships an article supports: both ends are entities it mentions. */
export const READ_ARTICLE_RELATIONSHIPS = `
MATCH (a:Article {id: $id})-[:${MENTIONS}]->(s:${ENTITY_LABEL})-[r]->(t:${ENTITY_LABEL})
WHERE $id IN r.articleIds
RETURN type(r) AS type, s.id AS source, t.id AS target, r.evidenceJson AS evidenceJson`;

/** Upsert relationships of one type and replace their properties with the merged provenance. */
export function mergeRelationships(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (s:${ENTITY_LABEL} {id: row.source})
MATCH (t:${ENTITY_LABEL} {id: row.target})
MERGE (s)-[r:${relationType(type)}]->(t)
SET r = row.props, r.articleCount = toInteger(row.props.articleCount)`;
}

export function deleteRelationships(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (s:${ENTITY_LABEL} {id: row.source})-[r:${relationType(type)}]->(t:${ENTITY_LABEL} {id: row.target})
DELETE r`;
}

/**
 * Deletes an article and then every entity it mentioned that no article mentions any more
 * (their relationships go with them; by then none has support left). Returns deleted entity ids.
 */
export const DELETE_ARTICLE = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:${MENTIONS}]->(e:${ENTITY_LABEL})
WITH a, collect(e) AS mentioned
DETACH DELETE a
WITH mentioned
UNWIND mentioned AS e
WITH e WHERE NOT EXISTS { (e)<-[:${MENTIONS}]-(:Article) }
WITH e, e.id AS id
DETACH DELETE e
RETURN id`;

/** Wipes entities and articles in batches (auto-commit only: CALL … IN TRANSACTIONS). */
export const WIPE_GRAPH = `
MATCH (n) WHERE n:${ENTITY_LABEL} OR n:Article
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

export const COUNT_GRAPH = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;
