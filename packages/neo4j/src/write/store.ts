import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { connect } from '../driver';
import type { DriverOptions } from '../driver';
import { applySchema } from '../schema';
import type { ConnectionSettings } from '../settings';
import { databaseOf, Neo4jAccessError, readTx, toAccessError, writeTx } from '../transactions';
import { GraphWriteTx, num, toArticleState } from './graph-write';
import type { ArticleState, EntityKeys, GraphCounts, StatementRunner } from './graph-write';
import { NaiveGraphWriteTx } from './naive';
import * as Q from './statements';
import type { EntityType } from '@kg/graph-schema';

/**
 * True for failures after which the same transaction may well succeed later: the server is
 * unreachable, restarting or the connection dropped (the driver has already retried for a while).
 */
export function isNeo4jUnavailable(error: unknown): boolean {
  const e = toAccessError(error);
  return e instanceof Neo4jAccessError && (e.kind === 'unavailable' || e.kind === 'transient');
}

export interface IngestGraphOptions extends DriverOptions {
  /** Server-side limit for one write transaction, ms (default 120 s: a batch of large articles). */
  txTimeoutMs?: number;
}

/** The Neo4j side of ingest: one driver, schema, article-state look-ups and write transactions. */
export class IngestGraph {
  private constructor(
    private readonly driver: Driver,
    readonly uri: string,
    private readonly txTimeoutMs: number,
  ) {}

  /** Connects (fails fast with a Neo4jAccessError saying what is wrong). */
  static async open(settings: ConnectionSettings, options: IngestGraphOptions = {}): Promise<IngestGraph> {
    return new IngestGraph(await connect(settings, options), settings.uri, options.txTimeoutMs ?? 120_000);
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return readTx(this.driver, work, { metadata: { app: 'ingest' } });
  }

  /** graph-schema's constraints and indexes (each IF NOT EXISTS), waited for until online. */
  async ensureSchema(): Promise<void> {
    await applySchema(this.driver);
  }

  /**
   * Runs `fn` in one write transaction: everything it writes commits together or not at all. The
   * driver may run `fn` again on a transient failure, so `fn` must keep no state across attempts.
   *
   * `naive` (the benchmark's baseline only): no transaction at all; every statement, one per fact,
   * runs as its own auto-commit query on a session, each awaited before the next. Nothing is
   * atomic then: a failure leaves whatever statements had committed.
   */
  async write<T>(fn: (tx: GraphWriteTx) => Promise<T>, opts: { naive?: boolean } = {}): Promise<T> {
    if (opts.naive) return this.autoCommit((runner) => fn(new NaiveGraphWriteTx(runner)));
    return writeTx(this.driver, (tx) => fn(new GraphWriteTx(tx)), {
      timeoutMs: this.txTimeoutMs,
      metadata: { app: 'ingest' },
    });
  }

  /** Gives `fn` a runner whose every statement is an auto-commit query (session.run), strictly one after another. */
  private async autoCommit<T>(fn: (runner: StatementRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: databaseOf(this.driver), defaultAccessMode: 'WRITE' });
    const config = { timeout: this.txTimeoutMs, metadata: { app: 'ingest', naive: true } };
    let previous: Promise<unknown> = Promise.resolve();
    const runner: StatementRunner = {
      run: (query, parameters) => {
        const result = previous.then(() => session.run(query, parameters, config));
        previous = result.catch(() => undefined);
        return result;
      },
    };
    try {
      return await fn(runner);
    } catch (error) {
      throw toAccessError(error);
    } finally {
      await previous;
      await session.close();
    }
  }

  /** Every stored article's id, path and content hash, in one query (ingest's skip/replace decisions). */
  async readAllArticleStates(): Promise<ArticleState[]> {
    return this.read(async (tx) => (await tx.run(Q.READ_ALL_ARTICLE_STATES)).records.map(toArticleState));
  }

  /** Articles whose path is one of `paths` or starts with one of `prefixes`. */
  async findArticlesByPath(paths: readonly string[], prefixes: readonly string[]): Promise<ArticleState[]> {
    return this.read(async (tx) => (await tx.run(Q.FIND_ARTICLES_BY_PATH, { paths, prefixes })).records.map(toArticleState));
  }

  /** Every entity's id, type and resolution keys. */
  async readEntityKeys(): Promise<EntityKeys[]> {
    return this.read(async (tx) =>
      (await tx.run(Q.READ_ENTITY_KEYS)).records.map((r) => ({
        id: r.get('id') as string,
        type: r.get('type') as EntityType,
        searchKeys: (r.get('searchKeys') as string[] | null) ?? [],
      })),
    );
  }

  /** Deletes every entity and article node (and so every relationship between them). */
  async wipe(): Promise<void> {
    const session = this.driver.session({ database: databaseOf(this.driver), defaultAccessMode: 'WRITE' });
    try {
      await session.run(Q.WIPE_GRAPH);
    } catch (error) {
      throw toAccessError(error);
    } finally {
      await session.close();
    }
  }

  async counts(): Promise<GraphCounts> {
    return this.read(async (tx) => {
      const r = (await tx.run(Q.COUNT_GRAPH)).records[0]!;
      return { nodes: num(r.get('nodes')), relationships: num(r.get('relationships')) };
    });
  }

  /** The driver, for read-only helpers of this package (export, dumps). */
  get neo4jDriver(): Driver {
    return this.driver;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
