import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { readTx } from '../transactions';
import type { ExploreArticle } from './types';
import { str, toNumber } from './values';

/** Articles, newest first, with how many entities each mentions; plus the total count. */
export async function exploreArticles(driver: Driver, offset: number, limit: number): Promise<{ total: number; articles: ExploreArticle[] }> {
  return readTx(driver, async (tx) => {
    const total = await tx.run('MATCH (a:Article) RETURN count(a) AS total');
    const res = await tx.run(
      `MATCH (a:Article)
       WITH a ORDER BY a.date DESC, a.id SKIP $offset LIMIT $limit
       RETURN a.id AS id, a.title AS title, a.date AS date, a.lang AS lang, a.source AS source, a.url AS url,
              COUNT { (a)-[:MENTIONS]->() } AS entityCount`,
      { offset: neo4j.int(Math.max(0, Math.floor(offset))), limit: neo4j.int(Math.max(1, Math.floor(limit))) },
    );
    return {
      total: toNumber(total.records[0]?.get('total') ?? 0),
      articles: res.records.map((r) => ({
        id: String(r.get('id')),
        title: str(r.get('title')) ?? String(r.get('id')),
        date: str(r.get('date')),
        lang: str(r.get('lang')),
        source: str(r.get('source')),
        url: str(r.get('url')),
        entityCount: toNumber(r.get('entityCount')),
      })),
    };
  }, { metadata: { app: 'explorer', query: 'articles' } });
}
