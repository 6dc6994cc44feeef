import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ENTITY_KEY_INDEX } from '@kg/graph-schema';
import { applySchema, type Driver } from '@kg/neo4j';
import { createApp } from './app';
import { FIXTURE_ARTICLES, seedExplorerGraph, testDriver } from './test-fixtures';
import type { ApiError, ArticlesResponse, CypherResponse, ExpandResponse, NodeDetailsResponse, OverviewResponse, SchemaResponse, SearchResponse } from './types';

let driver: Driver;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  driver = await testDriver();
  await seedExplorerGraph(driver);
  app = createApp({ driver, onInternalError: () => {} });
}, 120_000);

afterAll(async () => {
  await driver?.close();
});

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  const body = (await res.json()) as T;
  if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

async function post<T>(path: string, body: unknown, status = 200): Promise<T> {
  const res = await app.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  const out = (await res.json()) as T;
  if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status}: ${JSON.stringify(out)}`);
  return out;
}

describe('GET /api/search', () => {
  it.each(['العراق', 'عراق', 'العراقي', 'Iraq', 'iraq', 'العراقية', 'بالعراق', 'Iraqi', 'عراقي'])('finds Iraq first for %s', async (q) => {
    const body = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(body.hits[0]?.node.id).toBe('state:iraq');
  });

  it('ranks an exact match before prefix and full-text matches', async () => {
    const body = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('العراق')}`);
    expect(body.hits[0]).toMatchObject({ match: 'exact', node: { id: 'state:iraq', nameAr: 'العراق', label: 'State' } });
    const kinds = body.hits.map((h) => h.match);
    expect(kinds.indexOf('exact')).toBeLessThanOrEqual(kinds.lastIndexOf('prefix') === -1 ? 0 : kinds.lastIndexOf('prefix'));
  });

  it('finds names by aliases in both languages, with hamza folded', async () => {
    expect((await get<SearchResponse>(`/api/search?q=${encodeURIComponent('الناتو')}`)).hits[0]?.node.id).toBe('alliance:nato');
    expect((await get<SearchResponse>(`/api/search?q=${encodeURIComponent('ايران')}`)).hits[0]?.node.id).toBe('state:iran');
    expect((await get<SearchResponse>('/api/search?q=PKK')).hits[0]?.node.id).toBe('organization:pkk');
    expect((await get<SearchResponse>(`/api/search?q=${encodeURIComponent('Turkiye')}`)).hits[0]?.node.id).toBe('state:turkey');
  });

  it('completes a prefix', async () => {
    const body = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('رافا')}`);
    expect(body.hits.map((h) => h.node.id)).toContain('weapon:rafale');
  });

  it('survives Lucene syntax in the query', async () => {
    const body = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('S-400 (AND) "*')}`);
    expect(Array.isArray(body.hits)).toBe(true);
  });

  it('still finds key matches, by reading every entity, in a database without the key index', async () => {
    const session = driver.session();
    try {
      await session.run(`DROP INDEX ${ENTITY_KEY_INDEX} IF EXISTS`);
      const body = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('العراق')}`);
      expect(body.hits[0]).toMatchObject({ match: 'exact', node: { id: 'state:iraq' } });
      expect((await get<SearchResponse>(`/api/search?q=${encodeURIComponent('رافا')}`)).hits.map((h) => h.node.id)).toContain('weapon:rafale');
    } finally {
      await session.close();
      await applySchema(driver);
    }
  });

  it('rejects an empty or oversized query with 400', async () => {
    const empty = await get<ApiError>('/api/search?q=', 400);
    expect(empty.kind).toBe('validation');
    expect(empty.error).toMatch(/q/);
    await get<ApiError>(`/api/search?q=${'x'.repeat(201)}`, 400);
    await get<ApiError>('/api/search?q=iraq&limit=0', 400);
    await get<ApiError>('/api/search?q=iraq&limit=abc', 400);
    await get<ApiError>('/api/search?q=iraq&other=1', 400);
  });
});

describe('GET /api/overview', () => {
  it('returns the most connected nodes with the edges among them', async () => {
    const body = await get<OverviewResponse>('/api/overview?limit=5');
    expect(body.nodes).toHaveLength(5);
    expect(body.nodes[0]?.id).toBe('state:iraq');
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const e of body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
    const degrees = body.nodes.map((n) => n.degree);
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
  });

  it('validates limit (1..2000)', async () => {
    await get<ApiError>('/api/overview?limit=2001', 400);
    await get<ApiError>('/api/overview?limit=-1', 400);
    const all = await get<OverviewResponse>('/api/overview?limit=2000');
    expect(all.nodes.length).toBe(18);
    expect(all.edges.length).toBe(22);
    expect(all.edges.some((e) => e.type === 'MENTIONS')).toBe(false);
  });
});

describe('GET /api/nodes/:id', () => {
  it('gives names in both languages, type, and relations grouped by type with evidence', async () => {
    const body = await get<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent('state:iraq')}`);
    expect(body.node).toMatchObject({ id: 'state:iraq', name: 'Iraq', nameAr: 'العراق', label: 'State' });
    expect(body.aliases).toContain('جمهورية العراق');
    const coop = body.groups.find((g) => g.type === 'COOPERATES_WITH' && g.direction === 'out');
    expect(coop?.label.ar).toBe('يتعاون مع');
    const turkey = coop?.items.find((i) => i.other.id === 'state:turkey');
    expect(turkey?.edge).toMatchObject({ firstSeen: '2024-05-20', lastSeen: '2024-09-15', articleCount: 2 });
    expect(turkey?.evidence).toHaveLength(2);
    expect(turkey?.evidence[0]).toMatchObject({
      articleTitle: 'تركيا تنشر قوات إضافية في شمال العراق',
      date: '2024-09-15',
      sentence: 'وقال رئيس الوزراء العراقي محمد شياع السوداني إن العراق وتركيا يعملان معا لضبط الحدود.',
    });
    const incoming = body.groups.find((g) => g.type === 'HOLDS_OFFICE' && g.direction === 'in');
    expect(incoming?.items.map((i) => i.other.id).sort()).toEqual(['official:mohammed-shia-al-sudani', 'official:thabit-al-abbasi']);
    expect(body.mentionedIn.length).toBe(5);
    expect(body.mentionedIn[0]?.date).toBe('2025-02-03');
  });

  it('shows an article with the entities it mentions', async () => {
    const body = await get<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent('article:2024-05-20-abbasi-guler')}`);
    expect(body.node.label).toBe('Article');
    expect(body.node.name).toBe('وزير الدفاع العراقي يلتقي نظيره التركي في أنقرة');
    expect(body.groups[0]?.type).toBe('MENTIONS');
    expect(body.groups[0]?.items).toHaveLength(5);
  });

  it('answers 404 for an unknown id', async () => {
    const body = await get<ApiError>('/api/nodes/state%3Aatlantis', 404);
    expect(body.kind).toBe('not-found');
  });
});

describe('/api/nodes/:id/expand', () => {
  it('returns the neighbourhood without the excluded ids', async () => {
    const body = await get<ExpandResponse>(`/api/nodes/state%3Airaq/expand?exclude=state:iraq,state:turkey`);
    const ids = body.nodes.map((n) => n.id);
    expect(ids).not.toContain('state:turkey');
    expect(ids).not.toContain('state:iraq');
    expect(ids).toEqual(expect.arrayContaining(['state:jordan', 'state:egypt', 'weapon:rafale', 'official:thabit-al-abbasi']));
    expect(body.available).toBe(ids.length);
    expect(body.capped).toBe(false);
    // Edges connect new nodes to new or shown ones, e.g. Turkey → Iraq is not repeated but Jordan – Egypt is there.
    const keys = body.edges.map((e) => `${e.source}>${e.target}`);
    expect(keys).toContain('state:jordan>state:egypt');
    expect(keys).not.toContain('state:iraq>state:turkey');
  });

  it('caps the new nodes at the limit and says so', async () => {
    const body = await get<ExpandResponse>('/api/nodes/state%3Airaq/expand?limit=3&exclude=state:iraq');
    expect(body.nodes).toHaveLength(3);
    expect(body.available).toBeGreaterThan(3);
    expect(body.capped).toBe(true);
  });

  it('includes the centre when it is not shown yet, and accepts the exclude list by POST', async () => {
    const body = await post<ExpandResponse>('/api/nodes/state%3Airan/expand', { exclude: ['state:russia'], limit: 100 });
    expect(body.nodes.map((n) => n.id).sort()).toEqual(['state:iran', 'state:united-states', 'weapon:s-400']);
    expect(body.edges.map((e) => e.type).sort()).toEqual(['ACQUIRES', 'OPPOSES', 'SUPPLIED']);
  });

  it('refuses a limit above 100', async () => {
    await get<ApiError>('/api/nodes/state%3Airaq/expand?limit=101', 400);
    await post<ApiError>('/api/nodes/state%3Airaq/expand', { limit: 500 }, 400);
    await post<ApiError>('/api/nodes/state%3Airaq/expand', '{not json', 400);
    await get<ApiError>('/api/nodes/state%3Aatlantis/expand', 404);
  });
});

describe('GET /api/articles and /api/schema', () => {
  it('lists articles newest first', async () => {
    const body = await get<ArticlesResponse>('/api/articles?limit=2');
    expect(body.total).toBe(6);
    expect(body.articles.map((a) => a.date)).toEqual(['2025-02-03', '2025-01-10']);
    expect(body.articles[0]?.entityCount).toBe(5);
    await get<ApiError>('/api/articles?limit=0', 400);
  });

  it('gives the legend: counts and styles per label and type', async () => {
    const body = await get<SchemaResponse>('/api/schema');
    expect(body.labels.find((l) => l.label === 'State')).toMatchObject({ count: 8, style: { color: '#0072B2' } });
    expect(body.labels.find((l) => l.label === 'Article')?.count).toBe(6);
    expect(body.relationshipTypes.find((t) => t.type === 'COOPERATES_WITH')?.count).toBe(4);
    const mentions = FIXTURE_ARTICLES.reduce((sum, a) => sum + Object.keys(a.mentions).length, 0);
    expect(body.relationshipTypes.find((t) => t.type === 'MENTIONS')?.count).toBe(mentions);
    expect(body.articleDates).toEqual({ min: '2024-03-12', max: '2025-02-03' });
  });
});

describe('POST /api/cypher', () => {
  it('returns rows, nodes and relationships for a read query', async () => {
    const body = await post<CypherResponse>('/api/cypher', {
      query: 'MATCH (s:State {id: $id})-[r:COOPERATES_WITH]->(t) RETURN s, r, t.name AS name ORDER BY name',
      params: { id: 'state:iraq' },
    });
    expect(body.columns).toEqual(['s', 'r', 'name']);
    expect(body.rows.map((r) => r.name)).toEqual(['Egypt', 'Jordan', 'Turkey']);
    expect(body.nodes.map((n) => n.id).sort()).toEqual(['state:egypt', 'state:iraq', 'state:jordan', 'state:turkey']);
    expect(body.relationships).toHaveLength(3);
    expect(body.relationships.every((r) => r.source === 'state:iraq')).toBe(true);
    expect(body.truncated).toBe(false);
  });

  it('refuses a write with a clear message and changes nothing', async () => {
    const body = await post<ApiError>('/api/cypher', { query: "CREATE (:State {id: 'state:atlantis', name: 'Atlantis'})" }, 400);
    expect(body.kind).toBe('read-only');
    expect(body.error).toMatch(/read-only/);
    const check = await post<CypherResponse>('/api/cypher', { query: "MATCH (n {id: 'state:atlantis'}) RETURN count(n) AS c" });
    expect(check.rows[0]?.c).toBe(0);
  });

  it('reports Cypher errors as 400 and validates the body', async () => {
    const bad = await post<ApiError>('/api/cypher', { query: 'MATCH (n RETURN n' }, 400);
    expect(bad.kind).toBe('syntax');
    await post<ApiError>('/api/cypher', { query: '' }, 400);
    await post<ApiError>('/api/cypher', { params: {} }, 400);
    await post<ApiError>('/api/cypher', { query: 'RETURN 1', params: { 'bad-name': 1 } }, 400);
  });

  it('caps rows', async () => {
    const capped = createApp({ driver, cypherRowCap: 5 });
    const res = await capped.request('/api/cypher', { method: 'POST', body: JSON.stringify({ query: 'UNWIND range(1, 20) AS i RETURN i' }), headers: { 'Content-Type': 'application/json' } });
    const body = (await res.json()) as CypherResponse;
    expect(body.rows).toHaveLength(5);
    expect(body.truncated).toBe(true);
  });
});

describe('the API never shows its connection', () => {
  it('answers nothing with the password or URI', async () => {
    const password = process.env.NEO4J_PASSWORD ?? '';
    for (const path of ['/api/schema', '/api/overview', '/api/nodes/state%3Airaq', '/api/health', '/api/nope']) {
      const text = await (await app.request(path)).text();
      if (password) expect(text).not.toContain(password);
      expect(text).not.toContain('bolt://');
    }
  });
});
