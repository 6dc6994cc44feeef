import neo4j from 'neo4j-driver';
import type { Driver, Node, Relationship } from 'neo4j-driver';
import { parseEvidenceJson, type EvidenceRecord } from '@kg/graph-schema';
import { readTx } from '../transactions';
import type { ExploreArticleRef, ExploreEvidence, ExploreNodeDetails, ExploreRelation } from './types';
import { nodeView, RELATION_PATTERN, str, strList, toExploreEdge, toExploreNode, toNumber, type NodeLike } from './values';

export interface DetailsOptions {
  /** Most relations returned (highest article count first); default 500. */
  maxRelations?: number;
  /** Most articles listed under "mentioned in"; default 100. */
  maxArticles?: number;
}

/**
 * A node with everything the side panel shows: for an entity its relations (each with its evidence
 * sentences, article titles and dates) and the articles that mention it; for an article the
 * entities it mentions. Null when no node has this id.
 */
export async function exploreNodeDetails(driver: Driver, id: string, options: DetailsOptions = {}): Promise<ExploreNodeDetails | null> {
  const maxRelations = neo4j.int(options.maxRelations ?? 500);
  const maxArticles = neo4j.int(options.maxArticles ?? 100);
  return readTx(driver, async (tx) => {
    const head = await tx.run(
      `OPTIONAL MATCH (e:Entity {id: $id})
       OPTIONAL MATCH (a:Article {id: $id})
       WITH coalesce(e, a) AS n WHERE n IS NOT NULL
       RETURN n, COUNT { (n)-[:${RELATION_PATTERN}]-() } AS degree`,
      { id },
    );
    const record = head.records[0];
    if (!record) return null;
    const n = record.get('n') as Node;
    const node = toExploreNode(n, record.get('degree'));
    if (!node) return null;
    const props = n.properties as Record<string, unknown>;

    if (node.label === 'Article') {
      const res = await tx.run(
        `MATCH (a:Article {id: $id})-[m:MENTIONS]->(e:Entity)
         RETURN m, ${nodeView('e')} AS entity, COUNT { (e)-[:${RELATION_PATTERN}]-() } AS degree
         ORDER BY m.count DESC, e.name LIMIT $max`,
        { id, max: maxRelations },
      );
      const relations: ExploreRelation[] = [];
      for (const r of res.records) {
        const other = toExploreNode(r.get('entity') as NodeLike, r.get('degree'));
        const edge = toExploreEdge(r.get('m') as Relationship, node.id, other?.id ?? '');
        if (other && edge) relations.push({ edge, direction: 'out', other, evidence: [] });
      }
      return {
        node,
        aliases: [],
        article: { source: str(props.source), url: str(props.url), lang: str(props.lang) },
        relations,
        mentionedIn: [],
      };
    }

    const rels = await tx.run(
      `MATCH (n:Entity {id: $id})-[r:${RELATION_PATTERN}]-(m:Entity)
       WITH DISTINCT r, m, startNode(r) = n AS outgoing
       RETURN r, ${nodeView('m')} AS other, outgoing, COUNT { (m)-[:${RELATION_PATTERN}]-() } AS degree
       ORDER BY coalesce(r.articleCount, 0) DESC, r.lastSeen DESC
       LIMIT $max`,
      { id, max: maxRelations },
    );
    const pending: { relation: ExploreRelation; records: EvidenceRecord[] }[] = [];
    const articleIds = new Set<string>();
    for (const r of rels.records) {
      const rel = r.get('r') as Relationship;
      const other = toExploreNode(r.get('other') as NodeLike, r.get('degree'));
      if (!other) continue;
      const outgoing = r.get('outgoing') === true;
      const edge = toExploreEdge(rel, outgoing ? node.id : other.id, outgoing ? other.id : node.id);
      if (!edge) continue;
      const records = parseEvidenceJson(rel.properties.evidenceJson);
      for (const e of records) articleIds.add(e.articleId);
      pending.push({ relation: { edge, direction: outgoing ? 'out' : 'in', other, evidence: [] }, records });
    }
    const articles = new Map<string, { title: string | null; date: string | null }>();
    if (articleIds.size) {
      const res = await tx.run(`MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.title AS title, a.date AS date`, { ids: [...articleIds] });
      for (const r of res.records) articles.set(String(r.get('id')), { title: str(r.get('title')), date: str(r.get('date')) });
    }
    const relations = pending.map(({ relation, records }) => {
      const evidence: ExploreEvidence[] = records.map((e) => {
        const article = articles.get(e.articleId);
        return {
          articleId: e.articleId,
          articleTitle: article?.title ?? null,
          date: e.date ?? article?.date ?? null,
          sentence: e.sentence,
          confidence: Number.isFinite(e.confidence) ? e.confidence : null,
          status: e.status ?? null,
        };
      });
      evidence.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
      return { ...relation, evidence };
    });

    const mentions = await tx.run(
      `MATCH (a:Article)-[m:MENTIONS]->(n:Entity {id: $id})
       RETURN a.id AS id, a.title AS title, a.date AS date, a.lang AS lang, m.count AS count
       ORDER BY a.date DESC, a.id LIMIT $max`,
      { id, max: maxArticles },
    );
    const mentionedIn: ExploreArticleRef[] = mentions.records.map((r) => ({
      id: String(r.get('id')),
      title: str(r.get('title')) ?? String(r.get('id')),
      date: str(r.get('date')),
      lang: str(r.get('lang')),
      count: toNumber(r.get('count') ?? 1),
    }));
    return { node, aliases: strList(props.aliases), article: null, relations, mentionedIn };
  }, { metadata: { app: 'explorer', query: 'details' } });
}
