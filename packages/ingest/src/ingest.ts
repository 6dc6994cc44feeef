import { parseEvidenceJson, type EvidenceRecord, type ExtractionResult } from '@kg/graph-schema';
import { isNeo4jUnavailable } from '@kg/neo4j';
import type { ArticleRow, ArticleState, EntityRow, GraphWriteTx, IngestGraph, MentionRow, RelationshipKey, RelationshipRow, StoredEntity } from '@kg/neo4j';
import { relationshipProps, withArticleEvidence } from './provenance';
import { articleRelations, relationshipKeyString } from './relations';
import type { ArticleRelation } from './relations';
import { candidateIds, EntityKeyIndex, resolveEntities } from './resolve';
import type { EntityKeyLayer, Normalize } from './resolve';
import { StoredArticles } from './stored';

/** One article ready to ingest: identity known, extraction deferred until it is needed. */
export interface PreparedArticle {
  /** The file it came from, as the user named it (for reports). */
  file: string;
  /** Stored path: the file's repository-relative path, `#docId` appended when the file holds several. */
  path: string;
  id: string;
  contentHash: string;
  /** The extractor version that will produce its facts; null when the input is an extraction already. */
  extractor: string | null;
  /** The extraction result: runs the extractor, or returns the pre-extracted result. May throw. */
  extraction: () => ExtractionResult;
}

/** The articles of one file. `filePath` is the stored path of the file itself. */
export interface PreparedFile {
  file: string;
  filePath: string;
  articles: PreparedArticle[];
}

export type ArticleOutcome = 'added' | 'updated' | 'unchanged';

/**
 * A stored article needs no new write when its content is the same and its facts came from the
 * extractor that would run now: after an extractor upgrade every article is extracted again.
 */
export function sameExtraction(stored: Pick<ArticleState, 'contentHash' | 'extractor'>, article: Pick<PreparedArticle, 'contentHash' | 'extractor'>): boolean {
  return stored.contentHash === article.contentHash && (article.extractor === null || stored.extractor === article.extractor);
}

export interface Failure {
  file: string;
  article?: string;
  reason: string;
}

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  failed: Failure[];
  /** Rows written: entity + article nodes, extracted relationships, MENTIONS. */
  nodesWritten: number;
  relationshipsWritten: number;
  mentionsWritten: number;
  /** Relations dropped (end not among the article's entities, self-loop after resolution, types not allowed). */
  relationsDropped: number;
}

export type IngestEvent =
  | { kind: 'article'; outcome: ArticleOutcome; article: PreparedArticle }
  | { kind: 'failed'; failure: Failure }
  | { kind: 'removed'; id: string }
  | { kind: 'retry'; attempt: number; waitMs: number; error: string };

export interface IngestOptions {
  /** Normal form for resolution keys (normalizeForSearch from @kg/extract). */
  normalize: Normalize;
  /**
   * Whole articles per write transaction (default 1). Every article is always complete inside
   * one transaction, so a crash loses whole articles only; larger batches save commits. A batch
   * that fails for a reason other than Neo4j being unavailable is retried one article per
   * transaction, so one bad article never takes others down with it.
   */
  articlesPerTransaction?: number;
  /** Waits between attempts while Neo4j is unavailable (default 1, 2, 4, 8, 15 s). */
  retryDelaysMs?: readonly number[];
  /** Re-ingest even articles whose content hash is unchanged (e.g. after an extractor upgrade). */
  force?: boolean;
  /** Write one statement per fact instead of batched UNWIND (benchmark baseline only). */
  naive?: boolean;
  /**
   * Read and resolve runs of new articles together (default true). False writes every article
   * on its own path (three reads each); the graph is the same, which the tests check.
   */
  batchReads?: boolean;
  now?: () => string;
  onEvent?: (event: IngestEvent) => void;
}

export class Neo4jUnavailableError extends Error {
  /** What the run had done when it gave up (set by runIngest). */
  partial?: IngestSummary & { files: number; elapsedMs: number };
  constructor(uri: string, attempts: number, cause: unknown) {
    super(`Neo4j at ${uri} is unavailable (gave up after ${attempts} attempts): ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
    this.name = 'Neo4jUnavailableError';
  }
}

/** An article of a batch was not new after all (written meanwhile): redo the batch one by one. */
class RetrySequentially extends Error {}

const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 500);

interface WriteJob {
  article: PreparedArticle;
  result: ExtractionResult;
  /** Articles this one replaces: older versions at its path. */
  replaces: string[];
  /** Nothing to replace and the id was unknown when checked: the batched path applies. */
  fresh: boolean;
}

interface WriteStats {
  outcome: ArticleOutcome;
  /** The article node was written (false when it turned out to be stored already). */
  written: boolean;
  nodes: number;
  relationships: number;
  mentions: number;
  dropped: number;
}

/**
 * The ingest core: decides add / skip / replace per article, resolves entities against the graph,
 * merges relationship provenance and writes each article in one transaction through @kg/neo4j.
 */
export class Ingester {
  readonly summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, removed: 0, failed: [], nodesWritten: 0, relationshipsWritten: 0, mentionsWritten: 0, relationsDropped: 0 };
  /** Entity resolution keys; loaded when the first write needs them (a run that writes nothing never reads them). */
  private index: EntityKeyIndex | undefined;
  /** Stored articles' ids, paths and hashes; loaded in one query when first needed. */
  private stored: StoredArticles | undefined;
  private readonly perTx: number;
  private readonly retryDelays: readonly number[];
  private readonly now: () => string;

  constructor(
    private readonly graph: IngestGraph,
    private readonly options: IngestOptions,
  ) {
    this.perTx = Math.max(1, Math.floor(options.articlesPerTransaction ?? 1));
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.now = options.now ?? (() => new Date().toISOString());
  }

  /**
   * Creates the schema if missing (and wipes the graph when asked) and reads the stored articles.
   * Call once before ingesting. The entity key index is read when the first write needs it.
   */
  async init(opts: { wipe?: boolean } = {}): Promise<void> {
    if (!opts.wipe) {
      // Two independent round trips: the stored articles are read while the schema is checked.
      await Promise.all([this.retrying(() => this.graph.ensureSchema()), this.storedArticles()]);
      return;
    }
    await this.retrying(() => this.graph.ensureSchema());
    await this.retrying(() => this.graph.wipe());
    this.index = new EntityKeyIndex();
    this.stored = new StoredArticles();
  }

  private async keyIndex(): Promise<EntityKeyIndex> {
    if (!this.index) {
      const keys = await this.retrying(() => this.graph.readEntityKeys());
      this.index ??= EntityKeyIndex.from(keys);
    }
    return this.index;
  }

  private async storedArticles(): Promise<StoredArticles> {
    if (!this.stored) {
      const states = await this.retrying(() => this.graph.readAllArticleStates());
      this.stored ??= new StoredArticles(states);
    }
    return this.stored;
  }

  private emit(event: IngestEvent): void {
    this.options.onEvent?.(event);
  }

  private fail(failure: Failure): void {
    this.summary.failed.push(failure);
    this.emit({ kind: 'failed', failure });
  }

  /** Runs `fn`; while Neo4j is unavailable, waits and tries again; then gives up with Neo4jUnavailableError. */
  async retrying<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        if (!isNeo4jUnavailable(error)) throw error;
        const waitMs = this.retryDelays[attempt];
        if (waitMs === undefined) throw new Neo4jUnavailableError(this.graph.uri, attempt + 1, error);
        this.emit({ kind: 'retry', attempt: attempt + 1, waitMs, error: reasonOf(error) });
        await sleep(waitMs);
      }
    }
  }

  /** Failures that are not Neo4j being down are the file's fault: record and go on. */
  failFile(file: string, error: unknown): void {
    this.fail({ file, reason: reasonOf(error) });
  }

  /**
   * Ingests some files' articles. Unchanged articles are skipped without extraction; changed ones
   * replace their earlier version in the same transaction; versions a file no longer holds are
   * retracted. Throws Neo4jUnavailableError only; every other problem becomes a failure entry.
   */
  async ingestFiles(files: readonly PreparedFile[]): Promise<void> {
    // Decided against the stored articles' ids and content hashes, kept in memory for the run:
    // an unchanged article costs no query at all.
    const stored = await this.storedArticles();
    const planned: Omit<WriteJob, 'result'>[] = [];
    const stale: { file: string; id: string }[] = [];
    // Unchanged articles of a file whose stored path is no longer the one a fresh run would give
    // (`file#D1` when the file now holds only D1, `file` when it grew to several).
    const moved: { id: string; path: string }[] = [];
    for (const f of files) {
      const current = new Set(f.articles.map((a) => a.id));
      const held = stored.ofFile(f.filePath);
      const gone = held.filter((id) => !current.has(id));
      // One article in the file: it replaces whatever the file held before, in its own transaction.
      // Several: old versions the file no longer holds are retracted after the new ones are in.
      let goneHandled = false;
      for (const article of f.articles) {
        const known = stored.get(article.id);
        if (known && !this.options.force && sameExtraction(known, article)) {
          if (known.path !== article.path && held.includes(article.id)) moved.push({ id: article.id, path: article.path });
          this.summary.unchanged++;
          this.emit({ kind: 'article', outcome: 'unchanged', article });
          continue;
        }
        const replaces = f.articles.length === 1 ? gone : [];
        goneHandled ||= replaces.length > 0;
        planned.push({ article, replaces, fresh: !known && replaces.length === 0 });
      }
      if (!goneHandled) for (const id of gone) stale.push({ file: f.file, id });
    }

    // Extraction of the next batch overlaps the writing of this one: it yields to I/O after every
    // article, so the transaction's round trips go on while the CPU extracts.
    const batches: Omit<WriteJob, 'result'>[][] = [];
    for (let i = 0; i < planned.length; i += this.perTx) batches.push(planned.slice(i, i + this.perTx));
    let next = batches.length > 0 ? this.extractBatch(batches[0]!) : undefined;
    for (let i = 0; i < batches.length; i++) {
      const jobs = await next!;
      next = i + 1 < batches.length ? this.extractBatch(batches[i + 1]!) : undefined;
      if (jobs.length > 0) await this.writeBatch(jobs);
    }
    for (const s of stale) {
      try {
        if (await this.retractArticle(s.id)) {
          this.summary.removed++;
          this.emit({ kind: 'removed', id: s.id });
        }
      } catch (error) {
        if (error instanceof Neo4jUnavailableError) throw error;
        this.fail({ file: s.file, article: s.id, reason: `could not retract the old version: ${reasonOf(error)}` });
      }
    }
    if (moved.length > 0) {
      await this.retrying(() => this.graph.write((tx) => tx.setArticlePaths(moved)));
      for (const m of moved) {
        const known = stored.get(m.id);
        if (known) stored.set({ ...known, path: m.path });
      }
    }
  }

  /** Extracts a batch's articles (failures recorded, never thrown), yielding to I/O after each. */
  private async extractBatch(batch: readonly Omit<WriteJob, 'result'>[]): Promise<WriteJob[]> {
    const out: WriteJob[] = [];
    for (const job of batch) {
      try {
        out.push({ ...job, result: job.article.extraction() });
      } catch (error) {
        this.fail({ file: job.article.file, article: job.article.path, reason: reasonOf(error) });
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return out;
  }

  private async writeBatch(batch: readonly WriteJob[]): Promise<void> {
    const index = await this.keyIndex();
    const stored = await this.storedArticles();
    let done: WriteStats[];
    let layer: EntityKeyLayer;
    let retracted: string[];
    try {
      done = await this.retrying(() =>
        this.graph.write(async (tx) => {
          // The driver may run this again after a transient failure: start from scratch each time.
          layer = index.layer();
          retracted = [];
          const out: WriteStats[] = [];
          // Runs of new articles go through the batched path (two reads for the whole run);
          // articles that replace something go one by one.
          for (let i = 0; i < batch.length; ) {
            let j = i;
            while (j < batch.length && batch[j]!.fresh && this.options.batchReads !== false) j++;
            if (j > i) {
              out.push(...(await this.writeNewArticles(tx, layer, batch.slice(i, j))));
              i = j;
            } else {
              out.push(await this.writeArticle(tx, layer, batch[i]!, retracted));
              i++;
            }
          }
          return out;
        }, { naive: this.options.naive }),
      );
    } catch (error) {
      if (error instanceof Neo4jUnavailableError) throw error;
      if (error instanceof RetrySequentially) {
        await this.writeBatch(batch.map((job) => ({ ...job, fresh: false })));
        return;
      }
      if (batch.length > 1) {
        for (const job of batch) await this.writeBatch([job]);
        return;
      }
      const job = batch[0]!;
      this.fail({ file: job.article.file, article: job.article.path, reason: reasonOf(error) });
      return;
    }
    layer!.commit();
    for (const id of retracted!) stored.delete(id);
    batch.forEach((job, i) => {
      const s = done[i]!;
      if (s.written) stored.set({ id: job.article.id, path: job.article.path, contentHash: job.article.contentHash, extractor: job.article.extractor });
      this.summary[s.outcome]++;
      this.summary.nodesWritten += s.nodes;
      this.summary.relationshipsWritten += s.relationships;
      this.summary.mentionsWritten += s.mentions;
      this.summary.relationsDropped += s.dropped;
      this.emit({ kind: 'article', outcome: s.outcome, article: job.article });
    });
  }

  /**
   * New articles, several at once, with the same result as writing them one after another: two
   * reads for the whole run (article ids, candidate entities), resolution in memory where each
   * article sees the nodes the earlier ones wrote, one read of the relationships they touch,
   * then every write pipelined. Throws RetrySequentially when an article turned out not new.
   */
  private async writeNewArticles(tx: GraphWriteTx, layer: EntityKeyLayer, jobs: readonly WriteJob[]): Promise<WriteStats[]> {
    const normalize = this.options.normalize;
    const candidates = new Set<string>();
    for (const job of jobs) for (const id of candidateIds(job.result.entities, normalize, layer)) candidates.add(id);
    const [states, stored] = await Promise.all([tx.readArticleStates(jobs.map((j) => j.article.id), []), tx.readEntities([...candidates].sort())]);
    if (states.length > 0) throw new RetrySequentially();

    const nodes = new Map<string, StoredEntity>(stored.map((e) => [e.id, e]));
    const entityRows = new Map<string, EntityRow>();
    const seen = new Set<string>();
    const planned: { job: WriteJob; article: ArticleRow; mentions: MentionRow[]; relations: ArticleRelation[]; dropped: number; nodes: number }[] = [];
    const out: WriteStats[] = [];
    for (const job of jobs) {
      if (seen.has(job.article.id)) {
        out.push({ outcome: 'unchanged', written: false, nodes: 0, relationships: 0, mentions: 0, dropped: 0 });
        continue;
      }
      seen.add(job.article.id);
      const { result, article } = job;
      const known = candidateIds(result.entities, normalize, layer)
        .map((id) => nodes.get(id))
        .filter((e): e is StoredEntity => !!e);
      const resolution = resolveEntities(result.entities, known, normalize);
      for (const row of resolution.rows) {
        nodes.set(row.id, row);
        entityRows.set(row.id, row);
        layer.upsert(row.id, row.type, row.searchKeys);
      }
      const types = (id: string) => nodes.get(id)?.type;
      const date = result.article.date ?? null;
      const { relations, dropped } = articleRelations(result.relations, resolution.idMap, types, { id: article.id, date });
      const mentions = [...resolution.mentionCounts].map(([id, count]) => ({ id, count }));
      planned.push({ job, article: this.articleRow(job), mentions, relations, dropped, nodes: resolution.rows.length + 1 });
      out.push({ outcome: 'added', written: true, nodes: resolution.rows.length + 1, relationships: relations.length, mentions: mentions.length, dropped });
    }

    const keys = new Map<string, RelationshipKey>();
    for (const p of planned) for (const r of p.relations) keys.set(relationshipKeyString(r.key), r.key);
    const evidence = new Map<string, EvidenceRecord[]>();
    for (const r of await tx.readRelationships([...keys.values()])) evidence.set(relationshipKeyString(r), parseEvidenceJson(r.evidenceJson));
    for (const p of planned) {
      for (const r of p.relations) {
        const k = relationshipKeyString(r.key);
        evidence.set(k, withArticleEvidence(evidence.get(k) ?? [], p.job.article.id, r.record));
      }
    }
    const relationships: RelationshipRow[] = [...keys.entries()].map(([k, key]) => ({ ...key, props: relationshipProps(key.type, evidence.get(k)!)! }));
    await tx.writeArticleFacts({
      entities: [...entityRows.values()],
      articles: planned.map((p) => ({ article: p.article, mentions: p.mentions })),
      relationships,
    });
    return out;
  }

  private articleRow(job: WriteJob): ArticleRow {
    const { article, result } = job;
    return {
      id: article.id,
      title: result.article.title,
      date: result.article.date ?? null,
      lang: result.article.lang,
      source: result.article.source ?? null,
      url: result.article.url ?? null,
      path: article.path,
      contentHash: article.contentHash,
      extractor: article.extractor,
      text: result.text,
      ingestedAt: this.now(),
    };
  }

  /** One article, inside a transaction the caller owns. */
  private async writeArticle(tx: GraphWriteTx, layer: EntityKeyLayer, job: WriteJob, retracted: string[]): Promise<WriteStats> {
    const { article, result } = job;
    const normalize = this.options.normalize;
    const replaced = [...new Set(job.replaces)].filter((id) => id !== article.id).sort();
    for (const id of replaced) await this.retractInTx(tx, layer, id, retracted);
    const same = (await tx.readArticleStates([article.id], [])).find((s) => s.id === article.id);
    if (same && !this.options.force && sameExtraction(same, article)) {
      // Written earlier in this run (the same content in another file) or by a concurrent run.
      return { outcome: replaced.length ? 'updated' : 'unchanged', written: false, nodes: 0, relationships: 0, mentions: 0, dropped: 0 };
    }
    if (same) await this.retractInTx(tx, layer, article.id, retracted);

    const stored = await tx.readEntities(candidateIds(result.entities, normalize, layer));
    const resolution = resolveEntities(result.entities, stored, normalize);
    const types = new Map(resolution.rows.map((r) => [r.id, r.type]));
    const date = result.article.date ?? null;
    const { relations, dropped } = articleRelations(result.relations, resolution.idMap, (id) => types.get(id), { id: article.id, date });
    const current = new Map((await tx.readRelationships(relations.map((r) => r.key))).map((r) => [relationshipKeyString(r), r.evidenceJson]));
    const relRows: RelationshipRow[] = relations.map((r) => {
      const evidence = withArticleEvidence(parseEvidenceJson(current.get(relationshipKeyString(r.key))), article.id, r.record);
      return { ...r.key, props: relationshipProps(r.key.type, evidence)! };
    });
    const mentions = [...resolution.mentionCounts].map(([id, count]) => ({ id, count }));
    await tx.writeArticleFacts({ entities: resolution.rows, articles: [{ article: this.articleRow(job), mentions }], relationships: relRows });
    for (const row of resolution.rows) layer.upsert(row.id, row.type, row.searchKeys);
    return { outcome: same || replaced.length > 0 ? 'updated' : 'added', written: true, nodes: resolution.rows.length + 1, relationships: relRows.length, mentions: mentions.length, dropped };
  }

  /**
   * Removes one article's contribution: its provenance, unsupported relationships, orphaned
   * entities. Adds the id to `retracted` (applied to the stored-article snapshot after the commit).
   */
  private async retractInTx(tx: GraphWriteTx, layer: EntityKeyLayer, articleId: string, retracted: string[]): Promise<boolean> {
    const rels = await tx.readArticleRelationships(articleId);
    const updates: RelationshipRow[] = [];
    const deletes = [];
    for (const rel of rels) {
      const props = relationshipProps(rel.type, withArticleEvidence(parseEvidenceJson(rel.evidenceJson), articleId, null));
      if (props) updates.push({ type: rel.type, source: rel.source, target: rel.target, props });
      else deletes.push({ type: rel.type, source: rel.source, target: rel.target });
    }
    await tx.writeRelationships(updates);
    await tx.deleteRelationships(deletes);
    const existed = (await tx.readArticleStates([articleId], [])).length > 0;
    for (const id of await tx.deleteArticle(articleId)) layer.remove(id);
    retracted.push(articleId);
    return existed;
  }

  /** Retracts one article in its own transaction; false when there was no such article. */
  async retractArticle(articleId: string): Promise<boolean> {
    const index = await this.keyIndex();
    const stored = await this.storedArticles();
    let layer: EntityKeyLayer;
    const existed = await this.retrying(() =>
      this.graph.write((tx) => {
        layer = index.layer();
        return this.retractInTx(tx, layer, articleId, []);
      }),
    );
    layer!.commit();
    stored.delete(articleId);
    return existed;
  }

  /**
   * `pnpm ingest --remove`: an article id (`article:…`), or a path: the articles of that file, or
   * of every file under that folder. Returns how many articles were retracted.
   */
  async remove(target: { id: string } | { path: string }): Promise<number> {
    let ids: string[];
    if ('id' in target) ids = [target.id];
    else {
      const p = target.path.replace(/\/+$/, '');
      const found = await this.retrying(() => this.graph.findArticlesByPath([p], [p + '#', p + '/']));
      ids = found.map((s) => s.id);
    }
    let removed = 0;
    for (const id of ids) {
      if (await this.retractArticle(id)) {
        removed++;
        this.summary.removed++;
        this.emit({ kind: 'removed', id });
      }
    }
    return removed;
  }
}
