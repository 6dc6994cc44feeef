import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { extract, normalizeForSearch, readArticles } from '@kg/extract';
import { IngestGraph, readTx } from '@kg/neo4j';
import { samplesDir, sharedDir } from '@kg/repo-paths';
import { existsSync } from 'node:fs';
import { expandInputs } from './files';
import { runIngest } from './run';
import { canonicalDump, SKIP_MESSAGE, testNeo4jSettings } from './testing/fixtures';

// End to end with the real extractor: file → readArticles → extract → resolve → Neo4j.
const settings = testNeo4jSettings();
if (!settings) console.warn(SKIP_MESSAGE);
const describeNeo4j = settings ? describe : describe.skip;
const SAMPLE = join(samplesDir(), 'iraq-russia-quartet-2020-08-07.json');
const DEV = join(sharedDir(), 'corpus', 'dev');

let graph: IngestGraph;
const extractor = { readArticles: (c: Uint8Array | string, f: string) => readArticles(c, f), extract };
const ingest = async (paths: string[], rebuild = false) => runIngest(graph, (await expandInputs(paths)).files, { extractor, normalize: normalizeForSearch, rebuild });

describeNeo4j('ingest with the real extractor', () => {
  beforeAll(async () => {
    graph = await IngestGraph.open(settings!);
  }, 60_000);
  afterAll(async () => {
    await graph?.close();
  });

  it('ingests the sample article with provenance that points into its text, once', async () => {
    const first = await ingest([SAMPLE], true);
    expect(first).toMatchObject({ added: 1, failed: [] });
    const rows = await readTx(graph.neo4jDriver, async (tx) =>
      (
        await tx.run(`MATCH (a:Article) OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
                      RETURN a.title AS title, a.date AS date, a.lang AS lang, a.path AS path, a.text AS text, collect(e.id) AS entities`)
      ).records.map((r) => r.toObject()),
    );
    expect(rows).toHaveLength(1);
    const article = rows[0]!;
    expect(article).toMatchObject({ date: '2020-08-07', lang: 'ar', path: 'samples/iraq-russia-quartet-2020-08-07.json' });
    expect(article.entities).toEqual(expect.arrayContaining(['state:iraq', 'state:russia']));
    const evidence = await readTx(graph.neo4jDriver, async (tx) => (await tx.run('MATCH (:Entity)-[r]->(:Entity) RETURN r.evidenceJson AS e')).records.map((r) => JSON.parse(r.get('e') as string) as { sentence: string; start: number; end: number }[]));
    expect(evidence.length).toBeGreaterThan(0);
    for (const records of evidence) for (const e of records) expect((article.text as string).slice(e.start, e.end)).toBe(e.sentence);

    const dump = await canonicalDump(graph.neo4jDriver, { ingestedAt: true });
    expect(await ingest([SAMPLE])).toMatchObject({ added: 0, unchanged: 1 });
    expect(await canonicalDump(graph.neo4jDriver, { ingestedAt: true })).toBe(dump);
  }, 120_000);

  (existsSync(DEV) ? it : it.skip)('ingests the gold dev corpus without failures, and again without changes', async () => {
    const run = await ingest([DEV], true);
    expect(run.failed).toEqual([]);
    expect(run.added).toBeGreaterThanOrEqual(10);
    const dump = await canonicalDump(graph.neo4jDriver);
    expect(await ingest([DEV])).toMatchObject({ added: 0, updated: 0, failed: [] });
    expect(await canonicalDump(graph.neo4jDriver)).toBe(dump);
  }, 180_000);
});
