import { describe, expect, it } from '@jest/globals';
import type { Driver } from '@kg/neo4j';
import { createApp, hostName } from './app';
import { groupRelations } from './groups';
import { safeJoin } from './static';
import type { ApiError } from './types';

// Every request here fails validation (or needs no database), so the driver is never touched.
const untouchable = new Proxy({}, { get: () => { throw new Error('the driver must not be used'); } }) as Driver;
const app = createApp({ driver: untouchable, synthetic: true, allowedHosts: ['localhost', '127.0.0.1'] });
// A real HTTP request always has a Host header; app.request does not add one by itself.
const withHost = (url: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { Host: new URL(url).host, ...(init.headers as Record<string, string>) } });
const req = async (url: string, init?: RequestInit) => {
  const r = await app.request(url, withHost(url, init));
  return { status: r.status, body: (await r.json()) as ApiError };
};
const post = (url: string, body: string) => req(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });

describe('API input validation (no database)', () => {
  it('answers 400 with the reasons for bad query strings', async () => {
    const r = await req('http://localhost/api/search?q=');
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ kind: 'validation', issues: [{ path: 'q' }] });
    expect((await req('http://localhost/api/overview?limit=abc')).status).toBe(400);
    expect((await req('http://localhost/api/overview?limit=5000')).status).toBe(400);
    expect((await req('http://localhost/api/nodes/x/expand?limit=1000')).status).toBe(400);
    expect((await req('http://localhost/api/articles?offset=-1')).status).toBe(400);
  });

  it('answers 400 for bad bodies', async () => {
    expect((await post('http://localhost/api/cypher', 'not json')).body.error).toMatch(/not valid JSON/);
    expect((await post('http://localhost/api/cypher', JSON.stringify({ query: '   ' }))).status).toBe(400);
    expect((await post('http://localhost/api/cypher', JSON.stringify({ query: 'RETURN 1', extra: true }))).status).toBe(400);
    expect((await post('http://localhost/api/nodes/x/expand', JSON.stringify({ exclude: 'a,b' }))).status).toBe(400);
  });

  it('refuses oversized bodies', async () => {
    const big = JSON.stringify({ query: 'RETURN 1', params: { s: 'x'.repeat(3 * 1024 * 1024) } });
    expect((await post('http://localhost/api/cypher', big)).status).toBe(413);
  });

  it('refuses foreign Host headers (DNS rebinding) and unknown routes', async () => {
    expect((await req('http://evil.example/api/health')).status).toBe(421);
    expect((await req('http://localhost/api/health')).status).toBe(200);
    expect((await req('http://localhost/api/nothing')).status).toBe(404);
    expect(hostName('[::1]:8787')).toBe('::1');
    expect(hostName('LocalHost:80')).toBe('localhost');
  });

  it('serves a synthetic graph when enabled', async () => {
    const url = 'http://localhost/api/synthetic?nodes=10&edges=20';
    const r = await app.request(url, withHost(url));
    const body = (await r.json()) as { nodes: unknown[]; edges: unknown[] };
    expect(body.nodes).toHaveLength(10);
    expect(body.edges).toHaveLength(20);
  });
});

describe('safeJoin', () => {
  it('keeps paths inside the root', () => {
    expect(safeJoin('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(safeJoin('/srv/app', '/../etc/passwd')).toBeNull();
    expect(safeJoin('/srv/app', '/')).toBe('/srv/app/');
    expect(safeJoin('/srv/app', '/%2e%2e/secret')).toBeNull();
    expect(safeJoin('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(safeJoin('/srv/app', '/a%00b')).toBeNull();
  });
});

describe('groupRelations', () => {
  const node = (id: string) => ({ id, label: 'State' as const, name: id, nameAr: null, degree: 1, category: null, date: null });
  const rel = (type: 'MEMBER_OF' | 'HOLDS_OFFICE', direction: 'out' | 'in', other: string, articleCount: number) => ({
    edge: { id: `${type}-${other}`, type, source: 'x', target: other, firstSeen: null, lastSeen: null, articleCount, confidence: 1, status: null, title: null },
    direction,
    other: node(other),
    evidence: [],
  });
  it('groups by type and direction in schema order, best supported first', () => {
    const groups = groupRelations([rel('MEMBER_OF', 'out', 'b', 1), rel('HOLDS_OFFICE', 'in', 'c', 1), rel('MEMBER_OF', 'out', 'a', 3), rel('HOLDS_OFFICE', 'out', 'd', 1)]);
    expect(groups.map((g) => `${g.type}:${g.direction}`)).toEqual(['HOLDS_OFFICE:out', 'HOLDS_OFFICE:in', 'MEMBER_OF:out']);
    expect(groups[2]!.items.map((i) => i.other.id)).toEqual(['a', 'b']);
    expect(groups[2]!.label.ar).toBe('عضو في');
  });
});
