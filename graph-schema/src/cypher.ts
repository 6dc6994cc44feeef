import { ENTITY_TYPES, NODE_LABELS } from './labels';

/** Every entity node carries this label too, so one index covers names of all types. */
export const ENTITY_LABEL = 'Entity' as const;
export const ENTITY_FULLTEXT_INDEX = 'entity_names' as const;
/**
 * Every word of every searchKey, as stored (the keys are already in normal form): the explorer's
 * search finds exact and prefix matches through it instead of reading every entity's keys.
 */
export const ENTITY_KEY_INDEX = 'entity_search_keys' as const;

/**
 * Constraints and indexes, each idempotent (IF NOT EXISTS). The full-text index uses Lucene's
 * `arabic` analyzer: it lower-cases, folds alef/hamza forms, alef maqsura, taa marbuta, tatweel and
 * diacritics; searchText is also stored pre-normalised so the query side can use the same form.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...NODE_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  `CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date)`,
  `CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash)`,
  `CREATE INDEX article_path IF NOT EXISTS FOR (a:Article) ON (a.path)`,
  `CREATE INDEX entity_name IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.name)`,
  `CREATE FULLTEXT INDEX ${ENTITY_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_TYPES.join('|')}) ON EACH [n.name, n.nameAr, n.searchText] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'arabic'}}`,
  // 'whitespace' splits on spaces only and changes nothing else, so a token is exactly a word of a key.
  `CREATE FULLTEXT INDEX ${ENTITY_KEY_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.searchKeys] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`,
];
