import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { NODE_STYLE } from '@kg/graph-schema';
import type { ConnectionSettings } from '../settings';
import { IngestGraph } from '../write';
import { exportMain } from './cli';
import { readGraph } from './read-graph';
import { serializeGraph } from './serialize';
import { toGraphology } from './to-graphology';

jest.setTimeout(120_000);

// Wipes the database: only a server named explicitly by NEO4J_URI (pnpm test starts one).
const env = process.env;
const settings: ConnectionSettings | null = env.NEO4J_URI && env.NEO4J_PASSWORD ? { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE, local: false } : null;
if (!settings) console.warn('export integration tests skipped: set NEO4J_URI and NEO4J_PASSWORD to a Neo4j they may wipe (pnpm test starts one)');
const describeNeo4j = settings ? describe : describe.skip;

let graph: IngestGraph;
let dir: string;

const entity = (id: string, type: 'State' | 'Official' | 'Weapon', name: string, aliases: string[] = []) => ({
  id,
  type,
  name,
  nameAr: null,
  aliases,
  searchKeys: [name.toLowerCase(), ...aliases],
  searchText: [name, ...aliases].join(' | '),
  fromGazetteer: type !== 'Official',
  category: type === 'Weapon' ? 'combat-aircraft' : null,
});

describeNeo4j('graph export', () => {
  beforeAll(async () => {
    graph = await IngestGraph.open(settings!);
    await graph.ensureSchema();
    await graph.wipe();
    dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
    await graph.write(async (tx) => {
      await tx.writeArticleFacts({
        entities: [entity('state:iraq', 'State', 'Iraq', ['العراق']), entity('weapon:su-25', 'Weapon', 'Su-25'), entity('official:x', 'Official', 'X <&> "Y"')],
        articles: [
          {
            article: { id: 'article:1', title: 'عنوان & title', date: '2020-01-01', lang: 'ar', source: null, url: null, path: 'a.json', contentHash: 'h', extractor: null, text: 'long text', ingestedAt: '2024-01-01T00:00:00.000Z' },
            mentions: [
              { id: 'state:iraq', count: 2 },
              { id: 'weapon:su-25', count: 1 },
              { id: 'official:x', count: 1 },
            ],
          },
        ],
        relationships: [
          {
            type: 'ACQUIRES',
            source: 'state:iraq',
            target: 'weapon:su-25',
            props: { articleIds: ['article:1'], articleCount: 1, evidenceJson: '[]', firstSeen: '2020-01-01', lastSeen: '2020-01-01', confidence: 0.9, status: 'ordered', statusHistoryJson: '[]', title: null },
          },
          {
            type: 'HOLDS_OFFICE',
            source: 'official:x',
            target: 'state:iraq',
            props: { articleIds: ['article:1'], articleCount: 1, evidenceJson: '[]', firstSeen: null, lastSeen: null, confidence: 0.5, status: null, statusHistoryJson: null, title: 'Minister' },
          },
        ],
      });
    });
  });

  afterAll(async () => {
    await graph?.wipe();
    await graph?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads nodes and relationships into graphology with label, type and colour', async () => {
    const snapshot = await readGraph(graph.neo4jDriver);
    const g = toGraphology(snapshot);
    expect(g.order).toBe(4);
    expect(g.size).toBe(5);
    expect(g.getNodeAttributes('state:iraq')).toMatchObject({ label: 'Iraq', type: 'State', color: NODE_STYLE.State.color, aliases: ['العراق'] });
    expect(g.getNodeAttributes('article:1')).toMatchObject({ label: 'عنوان & title', type: 'Article', color: NODE_STYLE.Article.color });
    expect(g.getNodeAttribute('article:1', 'text')).toBeUndefined();
    expect(g.getEdgeAttributes('ACQUIRES:state:iraq->weapon:su-25')).toMatchObject({ type: 'ACQUIRES', status: 'ordered', weight: 1, articleCount: 1 });
    expect(g.getEdgeAttributes('MENTIONS:article:1->state:iraq')).toMatchObject({ type: 'MENTIONS', count: 2, weight: 2 });
    const entitiesOnly = toGraphology(await readGraph(graph.neo4jDriver, { articles: false }));
    expect(entitiesOnly.order).toBe(3);
    expect(entitiesOnly.size).toBe(2);
  });

  it('writes GraphML and GEXF that parse back to the same graph, and graphology JSON', async () => {
    const g = toGraphology(await readGraph(graph.neo4jDriver));
    const fromGraphml = parseGraphml(Graph, serializeGraph(g, 'graphml'));
    expect(fromGraphml.order).toBe(4);
    expect(fromGraphml.size).toBe(5);
    // The r, g, b keys (Gephi's colour import) come back folded into one colour.
    expect(fromGraphml.getNodeAttributes('official:x')).toMatchObject({ label: 'X <&> "Y"', type: 'Official', color: NODE_STYLE.Official.color.toLowerCase() });
    expect(fromGraphml.getNodeAttribute('state:iraq', 'aliases')).toBe('العراق');
    const fromGexf = parseGexf(Graph, serializeGraph(g, 'gexf'));
    expect(fromGexf.order).toBe(4);
    expect(fromGexf.size).toBe(5);
    expect(fromGexf.getNodeAttributes('article:1')).toMatchObject({ label: 'عنوان & title', type: 'Article' });
    expect(String(fromGexf.getNodeAttribute('state:iraq', 'color'))).toMatch(/0,\s*114,\s*178|#0072b2/i);
    const json = JSON.parse(serializeGraph(g, 'json'));
    expect(json.nodes).toHaveLength(4);
    expect(json.edges).toHaveLength(5);
  });

  it('pnpm export writes the file named by --out', async () => {
    const out = join(dir, 'graph.gexf');
    const code = await exportMain(['--format', 'gexf', '--out', out, '--entities-only'], { ...process.env, NEO4J_URI: settings!.uri, NEO4J_PASSWORD: settings!.password });
    expect(code).toBe(0);
    const parsed = parseGexf(Graph, readFileSync(out, 'utf8'));
    expect(parsed.order).toBe(3);
    expect(await exportMain(['--format', 'csv'])).toBe(2);
  });
});
