import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { EDGE_STYLE, NODE_LABELS, NODE_STYLE, RELATIONSHIP_TYPES } from '@kg/graph-schema';
import {
  exploreArticles,
  exploreExpand,
  exploreNodeDetails,
  exploreOverview,
  exploreResolve,
  exploreSearch,
  exploreStats,
  runReadOnlyCypher,
  type Driver,
} from '@kg/neo4j';
import { HttpError, toHttpError, validationError } from './errors';
import { groupRelations } from './groups';
import { searchTerms } from './search-terms';
import { syntheticGraph } from './synthetic';
import type {
  ArticlesResponse,
  CypherResponse,
  ExpandResponse,
  JsonValue,
  NodeDetailsResponse,
  OverviewResponse,
  SchemaResponse,
  SearchResponse,
  SyntheticResponse,
} from './types';
import { ArticlesQuery, CypherBody, ExpandBody, ExpandQuery, NodeId, OverviewQuery, SearchQuery, SyntheticQuery } from './validation';

export interface AppOptions {
  driver: Driver;
  /** Console limits (defaults: 10 s, 1000 rows). */
  cypherTimeoutMs?: number;
  cypherRowCap?: number;
  /** Serve GET /api/synthetic (benchmarks); off by default. */
  synthetic?: boolean;
  /**
   * Host header names accepted (any port); others get 421. Guards a loopback-bound server against
   * DNS rebinding: a page elsewhere cannot reach it under its own name. Default: accept all.
   */
  allowedHosts?: readonly string[];
  /** Called with unexpected errors (default: console.error); the client sees "internal error". */
  onInternalError?: (error: unknown) => void;
}

const PROPERTY_KEYS = ['id', 'name', 'nameAr', 'aliases', 'searchKeys', 'category', 'title', 'date', 'lang', 'source', 'url', 'articleIds', 'articleCount', 'evidenceJson', 'firstSeen', 'lastSeen', 'confidence', 'status', 'count'];

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, where);
  return result.data;
}

/** Query parameters as one object; `exclude` may repeat or hold a comma-separated list. */
function queryObject(c: Context, lists: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = { ...c.req.query() };
  for (const key of lists) {
    const values = c.req.queries(key);
    if (values) out[key] = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  }
  return out;
}

/** `example.com:8080` → `example.com`, `[::1]:80` → `::1`. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new HttpError(400, { error: 'the request body is not valid JSON', kind: 'validation' });
  }
}

/**
 * The explorer API. Every input is validated (400 with the reasons otherwise); every database call
 * goes through @kg/neo4j's parameterized read queries; nothing about the connection is ever sent.
 */
export function createApp(options: AppOptions): Hono {
  const { driver } = options;
  const app = new Hono();
  const report = options.onInternalError ?? ((error: unknown) => console.error('[api]', error));

  app.onError((error, c) => {
    const http = toHttpError(error);
    if (http.status >= 500 && http.body.kind === 'internal') report(error);
    return c.json(http.body, http.status);
  });
  app.notFound((c) => c.json({ error: `no such route: ${c.req.method} ${c.req.path}`, kind: 'not-found' }, 404));

  if (options.allowedHosts) {
    const allowed = new Set(options.allowedHosts.map((h) => h.toLowerCase()));
    app.use('*', async (c, next) => {
      const name = hostName(c.req.header('host') ?? '');
      if (!allowed.has(name)) return c.json({ error: `unexpected Host header: ${name || '(none)'}`, kind: 'validation' }, 421);
      return next();
    });
  }

  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });
  const limitBody = bodyLimit({
    maxSize: 2 * 1024 * 1024,
    onError: (c) => c.json({ error: 'the request body is larger than 2 MiB', kind: 'validation' }, 413),
  });

  app.get('/api/overview', async (c) => {
    const { limit } = parse(OverviewQuery, c.req.query(), 'query');
    const graph = await exploreOverview(driver, limit);
    return c.json({ ...graph, limit } satisfies OverviewResponse);
  });

  app.get('/api/search', async (c) => {
    const { q, limit } = parse(SearchQuery, c.req.query(), 'query');
    const terms = searchTerms(q);
    const hits = terms.normalized ? await exploreSearch(driver, { exact: terms.exact, prefixes: terms.prefixes, lucene: terms.lucene, limit }) : [];
    return c.json({ query: q, normalized: terms.normalized, hits } satisfies SearchResponse);
  });

  app.get('/api/nodes/:id', async (c) => {
    const id = parse(NodeId, c.req.param('id'), 'node id');
    const details = await exploreNodeDetails(driver, id);
    if (!details) throw new HttpError(404, { error: `no node with id ${id}`, kind: 'not-found' });
    const body: NodeDetailsResponse = {
      node: details.node,
      aliases: details.aliases,
      article: details.article,
      groups: groupRelations(details.relations),
      mentionedIn: details.mentionedIn,
    };
    return c.json(body);
  });

  const expand = async (c: Context, id: string, exclude: string[], limit: number) => {
    const result = await exploreExpand(driver, id, exclude, limit);
    if (!result) throw new HttpError(404, { error: `no entity with id ${id}`, kind: 'not-found' });
    const fresh = result.nodes.filter((n) => n.id !== id).length;
    const body: ExpandResponse = { nodes: result.nodes, edges: result.edges, center: id, available: result.available, capped: result.available > fresh };
    return c.json(body);
  };
  app.get('/api/nodes/:id/expand', async (c) => {
    const id = parse(NodeId, c.req.param('id'), 'node id');
    const { exclude, limit } = parse(ExpandQuery, queryObject(c, ['exclude']), 'query');
    return expand(c, id, exclude, limit);
  });
  app.post('/api/nodes/:id/expand', limitBody, async (c) => {
    const id = parse(NodeId, c.req.param('id'), 'node id');
    const { exclude, limit } = parse(ExpandBody, await jsonBody(c), 'body');
    return expand(c, id, exclude, limit);
  });

  app.get('/api/articles', async (c) => {
    const { offset, limit } = parse(ArticlesQuery, c.req.query(), 'query');
    const { total, articles } = await exploreArticles(driver, offset, limit);
    return c.json({ total, offset, articles } satisfies ArticlesResponse);
  });

  app.get('/api/schema', async (c) => {
    const stats = await exploreStats(driver);
    const body: SchemaResponse = {
      labels: NODE_LABELS.map((label) => ({ label, count: stats.labels[label], style: NODE_STYLE[label] })),
      relationshipTypes: RELATIONSHIP_TYPES.map((type) => ({ type, count: stats.relationshipTypes[type], style: EDGE_STYLE[type] })),
      articleDates: stats.articleDates,
      propertyKeys: PROPERTY_KEYS,
    };
    return c.json(body);
  });

  app.post('/api/cypher', limitBody, async (c) => {
    const { query, params } = parse(CypherBody, await jsonBody(c), 'body');
    const started = performance.now();
    const result = await runReadOnlyCypher(driver, query, params as Record<string, unknown>, {
      timeoutMs: options.cypherTimeoutMs ?? 10_000,
      rowCap: options.cypherRowCap ?? 1000,
    });
    // Nodes are identified by their `id` property in the view; relationships by element id.
    const nodeIds = result.nodes.map((n) => n.properties.id).filter((id): id is string => typeof id === 'string');
    const graph = await exploreResolve(driver, nodeIds, result.relationships.map((r) => r.id));
    const body: CypherResponse = {
      columns: result.columns,
      rows: result.rows as Record<string, JsonValue>[],
      nodes: graph.nodes,
      relationships: graph.edges,
      truncated: result.truncated,
      elapsedMs: Math.round(performance.now() - started),
    };
    return c.json(body);
  });

  if (options.synthetic) {
    app.get('/api/synthetic', (c) => {
      const { nodes, edges, seed } = parse(SyntheticQuery, c.req.query(), 'query');
      return c.json(syntheticGraph(nodes, edges, seed) satisfies SyntheticResponse);
    });
  }

  app.get('/api/health', (c) => c.json({ ok: true }));
  return app;
}
