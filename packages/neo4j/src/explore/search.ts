import neo4j from 'neo4j-driver';
import type { Driver, Node } from 'neo4j-driver';
import { ENTITY_FULLTEXT_INDEX } from '@kg/graph-schema';
import { readTx, toAccessError, Neo4jAccessError } from '../transactions';
import type { ExploreSearchHit, ExploreSearchInput } from './types';
import { RELATION_PATTERN, strList, toExploreNode, toNumber } from './values';

const EXACT_SCORE = 3;
const PREFIX_SCORE = 2;

/**
 * Entities whose names or aliases match: exact normal forms first, then prefixes (of a key or of a
 * word in it), then the full-text index (Lucene's arabic analyzer also strips clitics and suffixes).
 * Within a kind, higher degree first. Each entity appears once, under its best kind.
 */
export async function exploreSearch(driver: Driver, input: ExploreSearchInput): Promise<ExploreSearchHit[]> {
  const limit = Math.max(1, Math.floor(input.limit));
  const hits = new Map<string, ExploreSearchHit>();
  const keep = (hit: ExploreSearchHit) => {
    const seen = hits.get(hit.node.id);
    if (!seen || seen.score < hit.score) hits.set(hit.node.id, hit);
  };
  const metadata = { app: 'explorer', query: 'search' };
  if (input.exact.length || input.prefixes.length) {
    await readTx(driver, async (tx) => {
      const res = await tx.run(
        `MATCH (n:Entity)
         WITH n, [k IN coalesce(n.searchKeys, []) WHERE k IN $exact] AS exactKeys,
              [k IN coalesce(n.searchKeys, []) WHERE any(p IN $prefixes WHERE k STARTS WITH p
                 OR any(w IN split(k, ' ') WHERE w STARTS WITH p))] AS prefixKeys
         WHERE size(exactKeys) > 0 OR size(prefixKeys) > 0
         WITH n, size(exactKeys) > 0 AS exact, COUNT { (n)-[:${RELATION_PATTERN}]-() } AS degree
         ORDER BY exact DESC, degree DESC, n.name
         LIMIT $limit
         RETURN n, exact, degree`,
        { exact: input.exact, prefixes: input.prefixes, limit: neo4j.int(limit) },
      );
      for (const r of res.records) {
        const n = r.get('n') as Node;
        const node = toExploreNode(n, r.get('degree'));
        if (!node) continue;
        const exact = r.get('exact') === true;
        keep({ node, aliases: strList(n.properties.aliases), match: exact ? 'exact' : 'prefix', score: (exact ? EXACT_SCORE : PREFIX_SCORE) + tieBreak(node.degree) });
      }
    }, { metadata });
  }
  if (input.lucene.trim()) {
    try {
      await readTx(driver, async (tx) => {
        const res = await tx.run(
          `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
           WHERE node:Entity
           RETURN node, score, COUNT { (node)-[:${RELATION_PATTERN}]-() } AS degree`,
          { index: ENTITY_FULLTEXT_INDEX, lucene: input.lucene, limit: neo4j.int(limit) },
        );
        const top = Math.max(1e-9, ...res.records.map((r) => toNumber(r.get('score'))));
        for (const r of res.records) {
          const n = r.get('node') as Node;
          const node = toExploreNode(n, r.get('degree'));
          if (!node) continue;
          // Lucene scores are relative to the query: scale into (0, 1] so they stay below prefix matches.
          keep({ node, aliases: strList(n.properties.aliases), match: 'fulltext', score: toNumber(r.get('score')) / top });
        }
      }, { metadata });
    } catch (error) {
      // A query the index cannot parse should not hide the key matches already found.
      const access = toAccessError(error);
      if (!(access instanceof Neo4jAccessError) || (access.kind !== 'syntax' && access.kind !== 'client')) throw access;
    }
  }
  return [...hits.values()].sort((a, b) => b.score - a.score || a.node.name.localeCompare(b.node.name)).slice(0, limit);
}

/** A small bonus in [0, 0.5) for better-connected entities, so it never crosses a kind. */
function tieBreak(degree: number): number {
  return 0.5 * (1 - 1 / (1 + Math.max(0, degree)));
}
