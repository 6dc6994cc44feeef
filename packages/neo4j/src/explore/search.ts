import neo4j from 'neo4j-driver';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { ENTITY_FULLTEXT_INDEX, ENTITY_KEY_INDEX } from '@kg/graph-schema';
import { readTx, toAccessError, Neo4jAccessError } from '../transactions';
import type { ExploreSearchHit, ExploreSearchInput, SearchMatchKind } from './types';
import { nodeView, RELATION_PATTERN, strList, toExploreNode, toNumber, type NodeLike } from './values';

const EXACT_SCORE = 3;
const PREFIX_SCORE = 2;
/** Most words of one term the key query asks for (the match is checked in Cypher anyway). */
const MAX_TERM_WORDS = 4;
/** After the key index was found missing, how long to use the scan before asking again. */
const MISSING_INDEX_RECHECK_MS = 60_000;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

function escapeTerm(word: string): string {
  const escaped = word.replace(LUCENE_SPECIAL, (c) => '\\' + c);
  return LUCENE_OPERATORS.has(escaped) ? '\\' + escaped : escaped;
}

/**
 * The Lucene query for the `entity_search_keys` index (whitespace analyzer: one token per word of a
 * key, nothing else changed) that finds every entity a key match can come from: for a prefix
 * `w1 … wn` the words w1 … wn-1 as tokens and a token starting with wn; for an exact key all its
 * words. Candidates only: which key matched, and how, is decided in Cypher. '' when there is
 * nothing to ask.
 */
export function keyIndexQuery(exact: readonly string[], prefixes: readonly string[]): string {
  const clauses = new Set<string>();
  const clause = (term: string, prefix: boolean) => {
    const words = term.split(' ').filter(Boolean);
    if (!words.length) return;
    const last = words.at(-1)!;
    const rest = [...new Set(words.slice(0, -1))].slice(0, MAX_TERM_WORDS - 1);
    const parts = [...rest.map((w) => `+${escapeTerm(w)}`), `+${escapeTerm(last)}${prefix ? '*' : ''}`];
    clauses.add(parts.length === 1 ? parts[0]!.slice(1) : `(${parts.join(' ')})`);
  };
  const prefixSet = new Set(prefixes);
  for (const p of prefixSet) clause(p, true);
  // An exact key that is also a prefix term is already covered by its prefix clause.
  for (const e of exact) if (!prefixSet.has(e)) clause(e, false);
  return [...clauses].join(' OR ');
}

const DEGREE = (v: string) => `COUNT { (${v})-[:${RELATION_PATTERN}]-() }`;

/** Exact and prefix matches among the candidates `n`, best first; ends in a RETURN. */
const KEY_MATCH = `
  WITH n, coalesce(n.searchKeys, []) AS keys
  WITH n, keys, any(k IN keys WHERE k IN $exact) AS exact
  WHERE exact OR any(k IN keys WHERE any(p IN $prefixes WHERE k STARTS WITH p OR any(w IN split(k, ' ') WHERE w STARTS WITH p)))
  WITH n, exact, ${DEGREE('n')} AS degree
  ORDER BY exact DESC, degree DESC, n.name
  LIMIT $limit
  RETURN n, CASE WHEN exact THEN 'exact' ELSE 'prefix' END AS kind, degree, 0.0 AS score`;

/** Key matches through the key index: only the entities whose key words fit are read. */
const KEYS_BY_INDEX = `
  CALL db.index.fulltext.queryNodes('${ENTITY_KEY_INDEX}', $keyQuery) YIELD node AS n
  ${KEY_MATCH}`;

/** Key matches by reading every entity's keys: for a database whose schema predates the key index. */
const KEYS_BY_SCAN = `
  MATCH (n:Entity)
  ${KEY_MATCH}`;

const FULLTEXT = `
  CALL db.index.fulltext.queryNodes('${ENTITY_FULLTEXT_INDEX}', $lucene, {limit: $limit}) YIELD node, score
  WHERE node:Entity
  RETURN node AS n, 'fulltext' AS kind, ${DEGREE('node')} AS degree, score`;

/** One statement (one round trip) for the given parts, each row a candidate hit. */
function statement(parts: readonly string[]): string {
  // The projection leaves out searchKeys, searchText and the like: only what a hit shows travels.
  return `CALL {${parts.join('\n  UNION ALL')}\n}\nRETURN ${nodeView('n', ['aliases'])} AS n, kind, degree, score`;
}

const keyIndexMissingSince = new WeakMap<Driver, number>();

function isClientError(error: unknown): error is Neo4jAccessError {
  return error instanceof Neo4jAccessError && (error.kind === 'syntax' || error.kind === 'client');
}

/**
 * Entities whose names or aliases match: exact normal forms first, then prefixes (of a key or of a
 * word in it), then the full-text index (Lucene's arabic analyzer also strips clitics and suffixes).
 * Within a kind, higher degree first. Each entity appears once, under its best kind.
 *
 * Exact and prefix matches come from the `entity_search_keys` index; both kinds and the full-text
 * matches are asked in one statement. When that fails on the request (a query the full-text index
 * cannot parse, or a database without the key index) the parts run alone: key matches are then
 * still found (by reading every entity's keys if need be) and full-text matches are left out.
 */
export async function exploreSearch(driver: Driver, input: ExploreSearchInput): Promise<ExploreSearchHit[]> {
  const limit = Math.max(1, Math.floor(input.limit));
  const keyQuery = keyIndexQuery(input.exact, input.prefixes);
  const lucene = input.lucene.trim();
  const missingSince = keyIndexMissingSince.get(driver);
  const useKeyIndex = missingSince === undefined || Date.now() - missingSince > MISSING_INDEX_RECHECK_MS;
  const keysPart = keyQuery ? (useKeyIndex ? KEYS_BY_INDEX : KEYS_BY_SCAN) : null;
  const params = { exact: input.exact, prefixes: input.prefixes, keyQuery, lucene: input.lucene, limit: neo4j.int(limit) };
  const run = (parts: string[]) =>
    readTx(driver, async (tx) => (await tx.run(statement(parts), params)).records, { metadata: { app: 'explorer', query: 'search' } });

  const parts = [keysPart, lucene ? FULLTEXT : null].filter((p): p is string => p !== null);
  if (!parts.length) return [];
  let records: Neo4jRecord[];
  try {
    records = await run(parts);
    if (keysPart === KEYS_BY_INDEX) keyIndexMissingSince.delete(driver);
  } catch (error) {
    if (!isClientError(error)) throw error;
    records = [];
    if (keysPart) {
      try {
        records = await run([keysPart]);
      } catch (keyError) {
        if (!isClientError(keyError) || keysPart !== KEYS_BY_INDEX) throw keyError;
        // No key index (schema older than this code): read the keys of every entity instead.
        keyIndexMissingSince.set(driver, Date.now());
        records = await run([KEYS_BY_SCAN]);
      }
    }
    // A full-text query the index cannot parse should not hide the key matches: it is dropped.
    if (lucene && keysPart !== null && parts.length > 1) {
      try {
        records = [...records, ...(await run([FULLTEXT]))];
      } catch (textError) {
        if (!isClientError(textError)) throw textError;
      }
    }
  }

  const hits = new Map<string, ExploreSearchHit>();
  const fulltext = records.filter((r) => r.get('kind') === 'fulltext');
  // Lucene scores are relative to the query: scale into (0, 1] so they stay below prefix matches.
  const top = Math.max(1e-9, ...fulltext.map((r) => toNumber(r.get('score'))));
  for (const r of records) {
    const n = r.get('n') as NodeLike & { properties: { aliases?: unknown } };
    const node = toExploreNode(n, r.get('degree'));
    if (!node) continue;
    const match = r.get('kind') as SearchMatchKind;
    const score = match === 'fulltext' ? toNumber(r.get('score')) / top : (match === 'exact' ? EXACT_SCORE : PREFIX_SCORE) + tieBreak(node.degree);
    const seen = hits.get(node.id);
    if (!seen || seen.score < score) hits.set(node.id, { node, aliases: strList(n.properties.aliases), match, score });
  }
  return [...hits.values()].sort((a, b) => b.score - a.score || a.node.name.localeCompare(b.node.name)).slice(0, limit);
}

/** A small bonus in [0, 0.5) for better-connected entities, so it never crosses a kind. */
function tieBreak(degree: number): number {
  return 0.5 * (1 - 1 / (1 + Math.max(0, degree)));
}
