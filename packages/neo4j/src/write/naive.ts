import { ENTITY_LABEL, MENTIONS } from '@kg/graph-schema';
import type { ArticleFacts, ArticleRow, ArticleWithMentions, EntityRow, MentionRow, RelationshipKey, RelationshipRow } from './graph-write';
import { GraphWriteTx } from './graph-write';
import { entityLabel, relationType } from './statements';

/**
 * The benchmark's baseline writer: the same data as GraphWriteTx, but one statement per fact
 * (an entity, an article, a MENTIONS, a relationship), each awaited before the next: no UNWIND, no
 * pipelining. IngestGraph.write({ naive: true }) hands it a runner on which every statement is
 * its own auto-commit query (session.run), so there is no transaction around an article either.
 * Not used by ingest itself.
 */
export class NaiveGraphWriteTx extends GraphWriteTx {
  /** Strictly one statement after another. */
  override async writeArticleFacts(facts: ArticleFacts): Promise<void> {
    await this.writeEntities(facts.entities);
    await this.writeArticles(facts.articles);
    await this.writeRelationships(facts.relationships);
  }

  override async writeEntities(rows: readonly EntityRow[]): Promise<void> {
    for (const e of rows) {
      await this.tx.run(
        `MERGE (n:${ENTITY_LABEL}:${entityLabel(e.type)} {id: $id})
         SET n.name = $name, n.nameAr = $nameAr, n.aliases = $aliases, n.searchKeys = $searchKeys,
             n.searchText = $searchText, n.fromGazetteer = $fromGazetteer, n.category = $category`,
        { id: e.id, name: e.name, nameAr: e.nameAr, aliases: e.aliases, searchKeys: e.searchKeys, searchText: e.searchText, fromGazetteer: e.fromGazetteer, category: e.category },
      );
    }
  }

  override async writeArticles(articles: readonly ArticleWithMentions[]): Promise<void> {
    for (const { article, mentions } of articles) await this.writeOneArticle(article, mentions);
  }

  private async writeOneArticle(article: ArticleRow, mentions: readonly MentionRow[]): Promise<void> {
    await this.tx.run(
      `MERGE (a:Article {id: $a.id})
       SET a.title = $a.title, a.date = $a.date, a.lang = $a.lang, a.source = $a.source, a.url = $a.url,
           a.path = $a.path, a.contentHash = $a.contentHash, a.extractor = $a.extractor, a.text = $a.text, a.ingestedAt = $a.ingestedAt`,
      { a: article },
    );
    for (const m of mentions) {
      await this.tx.run(
        `MATCH (a:Article {id: $articleId}) MATCH (e:${ENTITY_LABEL} {id: $id})
         MERGE (a)-[r:${MENTIONS}]->(e) SET r.count = toInteger($count)`,
        { articleId: article.id, id: m.id, count: m.count },
      );
    }
  }

  override async writeRelationships(rows: readonly RelationshipRow[]): Promise<void> {
    for (const r of rows) {
      await this.tx.run(
        `MATCH (s:${ENTITY_LABEL} {id: $source}) MATCH (t:${ENTITY_LABEL} {id: $target})
         MERGE (s)-[r:${relationType(r.type)}]->(t)
         SET r = $props, r.articleCount = toInteger($props.articleCount)`,
        { source: r.source, target: r.target, props: r.props },
      );
    }
  }

  override async deleteRelationships(keys: readonly RelationshipKey[]): Promise<void> {
    for (const k of keys) {
      await this.tx.run(`MATCH (:${ENTITY_LABEL} {id: $source})-[r:${relationType(k.type)}]->(:${ENTITY_LABEL} {id: $target}) DELETE r`, { source: k.source, target: k.target });
    }
  }
}
