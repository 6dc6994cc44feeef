import { createHash } from 'node:crypto';
import { ENTITY_LABEL, ENTITY_TYPES, MENTIONS, RELATION_TYPES, type EvidenceRecord } from '@kg/graph-schema';
import { normalizeForSearch } from '@kg/extract';
import { applySchema, writeTx, type Driver } from '@kg/neo4j';
import { FIXTURE_ARTICLES, FIXTURE_ENTITIES, FIXTURE_RELATIONS } from './explorer-graph';

export interface SeedSummary {
  entities: number;
  articles: number;
  relations: number;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}

/** Node and relationship property rows exactly as graph-schema describes them. */
export function fixtureRows() {
  const articleById = new Map(FIXTURE_ARTICLES.map((a) => [a.id, a]));
  const entities = FIXTURE_ENTITIES.map((e) => {
    const names = [e.name, e.nameAr, ...e.aliases];
    return {
      type: e.type,
      props: {
        id: e.id,
        name: e.name,
        nameAr: e.nameAr,
        aliases: e.aliases,
        searchKeys: unique(names.map(normalizeForSearch)),
        searchText: normalizeForSearch(names.join(' ')),
        fromGazetteer: true,
        category: e.category ?? null,
      },
    };
  });
  const articles = FIXTURE_ARTICLES.map((a) => ({
    props: {
      id: a.id,
      title: a.title,
      date: a.date,
      lang: a.lang,
      source: a.source,
      url: null,
      path: `fixtures/${a.id.replace(/^article:/, '')}.txt`,
      contentHash: createHash('sha256').update(a.text).digest('hex'),
      text: a.text,
      ingestedAt: '2025-03-01T00:00:00.000Z',
    },
    mentions: Object.entries(a.mentions).map(([id, count]) => ({ id, count })),
  }));
  const relations = FIXTURE_RELATIONS.map((r) => {
    const evidence: EvidenceRecord[] = r.evidence.map((e) => {
      const article = articleById.get(e.articleId);
      if (!article) throw new Error(`fixture evidence names an unknown article: ${e.articleId}`);
      const start = article.text.indexOf(e.sentence);
      if (start < 0) throw new Error(`fixture evidence sentence is not in ${e.articleId}: ${e.sentence}`);
      return {
        articleId: e.articleId,
        sentence: e.sentence,
        start,
        end: start + e.sentence.length,
        date: article.date,
        confidence: e.confidence,
        ...(e.status ? { status: e.status } : {}),
        ...(r.title ? { title: r.title } : {}),
      };
    });
    const dates = evidence.map((e) => e.date ?? '').filter(Boolean).sort();
    const latest = [...evidence].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).at(-1);
    return {
      type: r.type,
      source: r.source,
      target: r.target,
      props: {
        articleIds: unique(evidence.map((e) => e.articleId)),
        articleCount: unique(evidence.map((e) => e.articleId)).length,
        evidenceJson: JSON.stringify(evidence),
        firstSeen: dates[0] ?? null,
        lastSeen: dates.at(-1) ?? null,
        confidence: Math.max(...evidence.map((e) => e.confidence)),
        status: r.type === 'ACQUIRES' ? (latest?.status ?? null) : null,
        statusHistoryJson: r.type === 'ACQUIRES' ? JSON.stringify(evidence.map((e) => ({ date: e.date, status: e.status ?? null, articleId: e.articleId }))) : null,
        title: r.title ?? null,
      },
    };
  });
  return { entities, articles, relations };
}

/**
 * Empties the database and writes the explorer fixture (schema first, so the full-text index
 * exists). The one place tests seed from: switching them to an ingested sample means changing
 * this function only.
 */
export async function seedExplorerGraph(driver: Driver): Promise<SeedSummary> {
  await writeTx(driver, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await applySchema(driver);
  const { entities, articles, relations } = fixtureRows();
  await writeTx(driver, async (tx) => {
    // Labels and relationship types are spliced from graph-schema's closed lists only.
    for (const type of ENTITY_TYPES) {
      const rows = entities.filter((e) => e.type === type).map((e) => e.props);
      if (rows.length) await tx.run(`UNWIND $rows AS row CREATE (n:${ENTITY_LABEL}:${type}) SET n = row`, { rows });
    }
    await tx.run(
      `UNWIND $rows AS row
       CREATE (a:Article) SET a = row.props
       WITH a, row UNWIND row.mentions AS m
       MATCH (e:${ENTITY_LABEL} {id: m.id})
       CREATE (a)-[:${MENTIONS} {count: toInteger(m.count)}]->(e)`,
      { rows: articles },
    );
    for (const type of RELATION_TYPES) {
      const rows = relations.filter((r) => r.type === type);
      if (!rows.length) continue;
      await tx.run(
        `UNWIND $rows AS row
         MATCH (s:${ENTITY_LABEL} {id: row.source}), (t:${ENTITY_LABEL} {id: row.target})
         CREATE (s)-[r:${type}]->(t) SET r = row.props`,
        { rows },
      );
    }
  });
  // The full-text index is eventually consistent: wait until it has caught up with the writes.
  await writeTx(driver, (tx) => tx.run('CALL db.awaitIndexes(300)'));
  return { entities: entities.length, articles: articles.length, relations: relations.length };
}
