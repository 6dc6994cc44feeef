import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { extract, normalizeForSearch, readArticles } from '@kg/extract';
import type { RelationshipProps } from '@kg/graph-schema';
import { IngestGraph, readTx } from '@kg/neo4j';
import type { Driver } from '@kg/neo4j';
import { expandInputs } from './files';
import { runIngest } from './run';
import type { RunIngestOptions, RunResult } from './run';
import { canonicalDump, generateCorpus, SKIP_MESSAGE, testNeo4jSettings, writeCorpus, writeExtraction } from './testing/fixtures';
import type { ArticleSpec, EntitySpec } from './testing/fixtures';

const settings = testNeo4jSettings();
if (!settings) console.warn(SKIP_MESSAGE);
const describeNeo4j = settings ? describe : describe.skip;

// Every input here is pre-extracted, so the extractor is never called.
const noExtractor = {
  readArticles: () => {
    throw new Error('test inputs are pre-extracted');
  },
  extract: () => {
    throw new Error('test inputs are pre-extracted');
  },
};

const IRAQ: EntitySpec = { id: 'state:iraq', type: 'State', name: 'Iraq', nameAr: 'العراق', gazetteer: true };
const RUSSIA: EntitySpec = { id: 'state:russia', type: 'State', name: 'Russia', nameAr: 'روسيا', gazetteer: true };
const SYRIA: EntitySpec = { id: 'state:syria', type: 'State', name: 'Syria', nameAr: 'سوريا', gazetteer: true };
const SU25: EntitySpec = { id: 'weapon:su-25', type: 'Weapon', name: 'Su-25', gazetteer: true };
const ISIS: EntitySpec = { id: 'organization:isis', type: 'Organization', name: 'ISIS', aliases: ['داعش'], surface: 'داعش' };
const ARAJI: EntitySpec = { id: 'official:qasim-al-araji', type: 'Official', name: 'Qasim al-Araji', aliases: ['قاسم الأعرجي', 'الأعرجي'], surface: 'قاسم الأعرجي' };
const ARAJI_SHORT: EntitySpec = { id: 'official:al-araji', type: 'Official', name: 'الاعرجي', surface: 'الاعرجي' };
const LAVROV: EntitySpec = { id: 'official:sergei-lavrov', type: 'Official', name: 'Sergei Lavrov', aliases: ['لافروف'], surface: 'لافروف' };

let graph: IngestGraph;
let driver: Driver;
let dir: string;

async function ingest(paths: string[], opts: Partial<RunIngestOptions> = {}): Promise<RunResult> {
  const { files } = await expandInputs(paths, dir);
  return runIngest(graph, files, { extractor: noExtractor, normalize: normalizeForSearch, root: dir, articlesPerTransaction: 4, retryDelaysMs: [100], ...opts });
}

async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return readTx(driver, async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject() as T));
}

async function rel(type: string, source: string, target: string): Promise<(RelationshipProps & Record<string, unknown>) | undefined> {
  const rows = await query<{ p: RelationshipProps }>(`MATCH (:Entity {id: $source})-[r:${type}]->(:Entity {id: $target}) RETURN properties(r) AS p`, { source, target });
  if (rows.length > 1) throw new Error(`${rows.length} ${type} relationships between ${source} and ${target}`);
  return rows[0]?.p as (RelationshipProps & Record<string, unknown>) | undefined;
}

const ids = async (label: string) => (await query<{ id: string }>(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`)).map((r) => r.id);

describeNeo4j('ingest into Neo4j', () => {
  beforeAll(async () => {
    graph = await IngestGraph.open(settings!);
    driver = graph.neo4jDriver;
  }, 60_000);

  afterAll(async () => {
    await graph?.close();
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-ingest-int-'));
    await graph.wipe();
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the graph identical when the same input is ingested twice (ingestedAt included)', async () => {
    writeCorpus(join(dir, 'corpus'), generateCorpus(12, 3));
    const first = await ingest(['corpus']);
    expect(first).toMatchObject({ added: 12, updated: 0, unchanged: 0, failed: [] });
    const dump = await canonicalDump(driver, { ingestedAt: true });
    const plain = await canonicalDump(driver);
    const second = await ingest(['corpus']);
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 12, failed: [] });
    expect(await canonicalDump(driver, { ingestedAt: true })).toBe(dump);
    // --rebuild wipes and writes the same graph again (only ingestedAt moves).
    const rebuilt = await ingest(['corpus'], { rebuild: true });
    expect(rebuilt.added).toBe(12);
    expect(await canonicalDump(driver)).toBe(plain);
  }, 60_000);

  it('writes articles, MENTIONS with counts, provenance and the entity search fields', async () => {
    writeExtraction(dir, 'a.json', {
      title: 'A',
      date: '2020-08-07',
      docId: 'A',
      entities: [IRAQ, RUSSIA, ARAJI],
      relations: [
        { type: 'COOPERATES_WITH', source: 'state:russia', target: 'state:iraq', confidence: 0.7 },
        { type: 'HOLDS_OFFICE', source: ARAJI.id, target: 'state:iraq', title: 'National Security Adviser' },
      ],
    });
    await ingest(['a.json']);
    const [article] = await query<{ a: Record<string, unknown> }>('MATCH (a:Article) RETURN properties(a) AS a');
    expect(article!.a).toMatchObject({ title: 'A', date: '2020-08-07', lang: 'ar', source: 'Fixture News', path: 'a.json' });
    expect(String(article!.a.id)).toMatch(/^article:[0-9a-f]{24}$/);
    expect(String(article!.a.contentHash)).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof article!.a.ingestedAt).toBe('string');
    const mentions = await query<{ id: string; count: number }>('MATCH (:Article)-[m:MENTIONS]->(e) RETURN e.id AS id, m.count AS count ORDER BY id');
    expect(mentions.map((m) => [m.id, Number(m.count)])).toEqual([
      ['official:qasim-al-araji', 1],
      ['state:iraq', 2],
      ['state:russia', 1],
    ]);
    const coop = await rel('COOPERATES_WITH', 'state:iraq', 'state:russia');
    expect(coop).toMatchObject({ articleIds: [article!.a.id], firstSeen: '2020-08-07', lastSeen: '2020-08-07', confidence: 0.7 });
    expect(Number(coop!.articleCount)).toBe(1);
    expect(JSON.parse(coop!.evidenceJson)).toEqual([expect.objectContaining({ articleId: article!.a.id, date: '2020-08-07', sentence: expect.stringContaining('روسيا') })]);
    expect((await rel('HOLDS_OFFICE', ARAJI.id, 'state:iraq'))?.title).toBe('National Security Adviser');
    const [araji] = await query<{ n: Record<string, unknown>; labels: string[] }>(`MATCH (n {id: '${ARAJI.id}'}) RETURN properties(n) AS n, labels(n) AS labels`);
    expect(araji!.labels.sort()).toEqual(['Entity', 'Official']);
    expect(araji!.n).toMatchObject({ name: 'Qasim al-Araji', aliases: ['الأعرجي', 'قاسم الأعرجي'], fromGazetteer: false });
    expect(araji!.n.searchKeys).toEqual(['qasim al-araji', 'الاعرجي', 'قاسم الاعرجي']);
    expect(araji!.n.searchText).toBe('Qasim al-Araji | الأعرجي | قاسم الأعرجي');
  }, 30_000);

  it('resolves the same non-gazetteer person across articles by normal form', async () => {
    writeExtraction(dir, 'a.json', { title: 'A', date: '2020-01-01', entities: [ARAJI, IRAQ], relations: [{ type: 'HOLDS_OFFICE', source: ARAJI.id, target: IRAQ.id, title: 'Adviser' }] });
    writeExtraction(dir, 'b.json', { title: 'B', date: '2020-02-01', entities: [ARAJI_SHORT, LAVROV], relations: [{ type: 'MET_WITH', source: ARAJI_SHORT.id, target: LAVROV.id }] });
    await ingest(['a.json', 'b.json']);
    expect(await ids('Official')).toEqual([ARAJI.id, LAVROV.id]);
    const [node] = await query<{ aliases: string[]; mentions: number }>(`MATCH (n:Official {id: '${ARAJI.id}'}) RETURN n.aliases AS aliases, COUNT { (n)<-[:MENTIONS]-() } AS mentions`);
    expect(node!.aliases).toEqual(['الأعرجي', 'الاعرجي', 'قاسم الأعرجي']);
    expect(Number(node!.mentions)).toBe(2);
    expect(await rel('MET_WITH', ARAJI.id, LAVROV.id)).toBeDefined();
  }, 30_000);

  it('stores a symmetric relation once, with both articles, whichever way each states it', async () => {
    writeExtraction(dir, 'a.json', {
      title: 'A',
      date: '2019-01-01',
      entities: [IRAQ, RUSSIA, ARAJI, LAVROV],
      relations: [
        { type: 'COOPERATES_WITH', source: 'state:russia', target: 'state:iraq' },
        { type: 'MET_WITH', source: LAVROV.id, target: ARAJI.id },
        { type: 'MET_WITH', source: LAVROV.id, target: 'state:iraq' },
      ],
    });
    writeExtraction(dir, 'b.json', {
      title: 'B',
      date: '2020-01-01',
      entities: [IRAQ, RUSSIA, ARAJI, LAVROV],
      relations: [
        { type: 'COOPERATES_WITH', source: 'state:iraq', target: 'state:russia' },
        { type: 'MET_WITH', source: ARAJI.id, target: LAVROV.id },
      ],
    });
    await ingest(['a.json', 'b.json']);
    const coop = await query<{ s: string; t: string; n: number }>('MATCH (s)-[r:COOPERATES_WITH]->(t) RETURN s.id AS s, t.id AS t, r.articleCount AS n');
    expect(coop.map((r) => [r.s, r.t, Number(r.n)])).toEqual([['state:iraq', 'state:russia', 2]]);
    const met = await query<{ s: string; t: string; n: number }>('MATCH (s)-[r:MET_WITH]->(t) RETURN s.id AS s, t.id AS t, r.articleCount AS n ORDER BY s, t');
    // Between officials: one relationship, smaller id first. Official → State keeps its direction.
    expect(met.map((r) => [r.s, r.t, Number(r.n)])).toEqual([
      [ARAJI.id, LAVROV.id, 2],
      [LAVROV.id, 'state:iraq', 1],
    ]);
  }, 30_000);

  it('keeps the latest article\'s ACQUIRES status and HOLDS_OFFICE title, whatever the ingest order', async () => {
    writeExtraction(dir, 'late.json', { title: 'late', date: '2021-05-01', entities: [IRAQ, SU25, ARAJI], relations: [{ type: 'ACQUIRES', source: IRAQ.id, target: SU25.id, status: 'delivered' }, { type: 'HOLDS_OFFICE', source: ARAJI.id, target: IRAQ.id, title: 'Adviser' }] });
    writeExtraction(dir, 'early.json', { title: 'early', date: '2019-05-01', entities: [IRAQ, SU25, ARAJI], relations: [{ type: 'ACQUIRES', source: IRAQ.id, target: SU25.id, status: 'negotiating', confidence: 0.95 }, { type: 'HOLDS_OFFICE', source: ARAJI.id, target: IRAQ.id, title: 'Minister' }] });
    await ingest(['late.json']);
    await ingest(['early.json']);
    const acq = await rel('ACQUIRES', IRAQ.id, SU25.id);
    expect(acq).toMatchObject({ status: 'delivered', firstSeen: '2019-05-01', lastSeen: '2021-05-01', confidence: 0.95 });
    expect(JSON.parse(acq!.statusHistoryJson!).map((h: { status: string }) => h.status)).toEqual(['negotiating', 'delivered']);
    expect((await rel('HOLDS_OFFICE', ARAJI.id, IRAQ.id))?.title).toBe('Adviser');
  }, 30_000);

  it('replaces a changed article: shared relationships keep the other provenance, exclusive ones go', async () => {
    const a: ArticleSpec = {
      title: 'A',
      date: '2020-01-01',
      docId: 'A',
      entities: [IRAQ, RUSSIA, SU25, ISIS],
      relations: [
        { type: 'COOPERATES_WITH', source: 'state:iraq', target: 'state:russia' },
        { type: 'ACQUIRES', source: 'state:iraq', target: 'weapon:su-25', status: 'ordered' },
        { type: 'OPPOSES', source: 'state:iraq', target: ISIS.id },
      ],
    };
    const b: ArticleSpec = { title: 'B', date: '2020-02-01', docId: 'B', entities: [IRAQ, RUSSIA], relations: [{ type: 'COOPERATES_WITH', source: 'state:russia', target: 'state:iraq' }] };
    writeExtraction(dir, 'a.json', a);
    writeExtraction(dir, 'b.json', b);
    await ingest(['a.json', 'b.json']);
    const [oldA, idB] = [(await query<{ id: string }>("MATCH (a:Article {path: 'a.json'}) RETURN a.id AS id"))[0]!.id, (await query<{ id: string }>("MATCH (a:Article {path: 'b.json'}) RETURN a.id AS id"))[0]!.id];
    expect((await rel('COOPERATES_WITH', 'state:iraq', 'state:russia'))?.articleIds.sort()).toEqual([oldA, idB].sort());

    // The same file now says something else about Iraq and Syria only.
    writeExtraction(dir, 'a.json', { ...a, entities: [IRAQ, SYRIA], relations: [{ type: 'COOPERATES_WITH', source: 'state:syria', target: 'state:iraq' }], extra: 'تعديل' });
    const result = await ingest(['a.json', 'b.json']);
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 1, failed: [] });
    const newA = (await query<{ id: string }>("MATCH (a:Article {path: 'a.json'}) RETURN a.id AS id"))[0]!.id;
    expect(newA).not.toBe(oldA);
    expect(await ids('Article')).toEqual([newA, idB].sort());
    const shared = await rel('COOPERATES_WITH', 'state:iraq', 'state:russia');
    expect(shared).toMatchObject({ articleIds: [idB], firstSeen: '2020-02-01', lastSeen: '2020-02-01' });
    expect(Number(shared!.articleCount)).toBe(1);
    expect(JSON.parse(shared!.evidenceJson).map((e: { articleId: string }) => e.articleId)).toEqual([idB]);
    expect(await rel('ACQUIRES', 'state:iraq', 'weapon:su-25')).toBeUndefined();
    expect(await rel('OPPOSES', 'state:iraq', ISIS.id)).toBeUndefined();
    expect(await rel('COOPERATES_WITH', 'state:iraq', 'state:syria')).toMatchObject({ articleIds: [newA] });
    // Entities nothing mentions any more are gone; the others stay.
    expect(await ids('Entity')).toEqual(['state:iraq', 'state:russia', 'state:syria']);
    // And the result equals ingesting the final files into an empty graph.
    const replaced = await canonicalDump(driver);
    await graph.wipe();
    await ingest(['a.json', 'b.json'], { rebuild: true });
    expect(await canonicalDump(driver)).toBe(replaced);
  }, 30_000);

  it('--remove retracts an article by path or id', async () => {
    writeExtraction(dir, 'a.json', { title: 'A', date: '2020-01-01', entities: [IRAQ, RUSSIA, SU25], relations: [{ type: 'COOPERATES_WITH', source: 'state:iraq', target: 'state:russia' }, { type: 'ACQUIRES', source: 'state:iraq', target: 'weapon:su-25', status: 'ordered' }] });
    writeExtraction(dir, 'b.json', { title: 'B', date: '2020-02-01', entities: [IRAQ, RUSSIA], relations: [{ type: 'COOPERATES_WITH', source: 'state:iraq', target: 'state:russia' }] });
    await ingest(['a.json', 'b.json']);
    const idB = (await query<{ id: string }>("MATCH (a:Article {path: 'b.json'}) RETURN a.id AS id"))[0]!.id;
    const removed = await ingest([], { remove: [join(dir, 'a.json')] });
    expect(removed.removed).toBe(1);
    expect(await ids('Article')).toEqual([idB]);
    expect(await ids('Entity')).toEqual(['state:iraq', 'state:russia']);
    expect(await rel('COOPERATES_WITH', 'state:iraq', 'state:russia')).toMatchObject({ articleIds: [idB] });
    const gone = await ingest([], { remove: [idB, 'article:000000000000000000000000'] });
    expect(gone.removed).toBe(1);
    expect(await canonicalDump(driver)).toBe('');
  }, 30_000);

  it('handles files holding several articles: each is its own article; one that disappears is retracted', async () => {
    const one: ArticleSpec = { title: 'one', date: '2020-01-01', docId: 'D1', entities: [IRAQ, RUSSIA], relations: [{ type: 'COOPERATES_WITH', source: 'state:iraq', target: 'state:russia' }] };
    const two: ArticleSpec = { title: 'two', date: '2020-01-02', docId: 'D2', entities: [SYRIA, ISIS], relations: [{ type: 'OPPOSES', source: 'state:syria', target: ISIS.id }] };
    writeExtraction(dir, 'multi.json', one, two);
    await ingest(['multi.json']);
    expect((await query<{ p: string }>('MATCH (a:Article) RETURN a.path AS p ORDER BY p')).map((r) => r.p)).toEqual(['multi.json#D1', 'multi.json#D2']);
    writeExtraction(dir, 'multi.json', one);
    const r = await ingest(['multi.json']);
    expect(r).toMatchObject({ unchanged: 1, removed: 1 });
    expect(await ids('Entity')).toEqual(['state:iraq', 'state:russia']);
    // The one article left is stored at the file's own path, as a fresh run would store it, and back.
    const paths = async () => (await query<{ p: string }>('MATCH (a:Article) RETURN a.path AS p ORDER BY p')).map((row) => row.p);
    expect(await paths()).toEqual(['multi.json']);
    const shrunk = await canonicalDump(driver);
    await ingest(['multi.json'], { rebuild: true });
    expect(await canonicalDump(driver)).toBe(shrunk);
    writeExtraction(dir, 'multi.json', one, two);
    expect(await ingest(['multi.json'])).toMatchObject({ added: 1, unchanged: 1 });
    expect(await paths()).toEqual(['multi.json#D1', 'multi.json#D2']);
  }, 30_000);

  it('keeps its picture of the stored articles current while it writes (one file per round)', async () => {
    const x: ArticleSpec = { title: 'X', date: '2020-01-01', docId: 'X', entities: [IRAQ, RUSSIA], relations: [{ type: 'COOPERATES_WITH', source: 'state:iraq', target: 'state:russia' }] };
    const y: ArticleSpec = { title: 'Y', date: '2020-01-02', docId: 'Y', entities: [IRAQ, SU25], relations: [{ type: 'ACQUIRES', source: 'state:iraq', target: 'weapon:su-25', status: 'ordered' }] };
    const z1: ArticleSpec = { title: 'Z1', date: '2020-01-03', docId: 'Z1', entities: [SYRIA, ISIS], relations: [{ type: 'OPPOSES', source: 'state:syria', target: ISIS.id }] };
    const z2: ArticleSpec = { title: 'Z2', date: '2020-01-04', docId: 'Z2', entities: [RUSSIA, LAVROV], relations: [] };
    writeExtraction(dir, 'a.json', x);
    writeExtraction(dir, 'b.json', y);
    writeExtraction(dir, 'c.json', x); // the same article as a.json
    writeExtraction(dir, 'multi.json', z1, z2);
    const all = ['a.json', 'b.json', 'c.json', 'multi.json'];
    expect(await ingest(all, { filesPerRound: 1 })).toMatchObject({ added: 4, unchanged: 1, updated: 0, removed: 0, failed: [] });
    const first = await canonicalDump(driver);
    expect(await ingest(all, { filesPerRound: 1 })).toMatchObject({ added: 0, unchanged: 5, updated: 0, removed: 0 });
    await ingest(all, { rebuild: true });
    expect(await canonicalDump(driver)).toBe(first);

    writeExtraction(dir, 'b.json', { ...y, extra: 'تعديل' });
    writeExtraction(dir, 'multi.json', z1, { ...z2, docId: 'Z3', title: 'Z3' });
    expect(await ingest(all, { filesPerRound: 1 })).toMatchObject({ added: 1, updated: 1, unchanged: 3, removed: 1, failed: [] });
    const changed = await canonicalDump(driver);
    expect(await ingest(all, { filesPerRound: 1 })).toMatchObject({ added: 0, updated: 0, unchanged: 5, removed: 0 });
    await ingest(all, { rebuild: true });
    expect(await canonicalDump(driver)).toBe(changed);
  }, 60_000);

  it('extracts unchanged articles again after an extractor upgrade, and only then', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Russia delivers Su-25 jets to Iraq\n\nRussia delivered Su-25 jets to Iraq, the Iraqi defence ministry said.');
    let calls = 0;
    const extractor = (version: string) => ({
      readArticles,
      extract: (a: Parameters<typeof extract>[0]) => {
        calls++;
        return extract(a);
      },
      version,
    });
    expect((await ingest(['a.txt'], { extractor: extractor('v1') })).added).toBe(1);
    expect(await query(`MATCH (a:Article) RETURN a.extractor AS v`)).toEqual([{ v: 'v1' }]);
    const dump = await canonicalDump(driver);
    const same = await ingest(['a.txt'], { extractor: extractor('v1') });
    expect([same.unchanged, calls]).toEqual([1, 1]);

    const upgraded = await ingest(['a.txt'], { extractor: extractor('v2') });
    expect([upgraded.updated, upgraded.unchanged, calls]).toEqual([1, 0, 2]);
    expect(await query(`MATCH (a:Article) RETURN a.extractor AS v`)).toEqual([{ v: 'v2' }]);
    // The same extraction, written again: the same graph apart from the article's version stamp.
    const strip = (d: string) => d.replace(/"(v1|v2)"/g, '"v"');
    expect(strip(await canonicalDump(driver))).toBe(strip(dump));
    expect((await ingest(['a.txt'], { extractor: extractor('v2') })).unchanged).toBe(1);
    expect(calls).toBe(2);
  }, 30_000);

  it('reports a bad file with its reason, skips it and ingests the rest', async () => {
    writeExtraction(dir, 'good.json', { title: 'good', entities: [IRAQ], relations: [] });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ article: { title: 'x', lang: 'ar' }, text: 't', entities: [{ id: 'no id' }], relations: [] }));
    const r = await ingest(['good.json', 'bad.json']);
    expect(r.added).toBe(1);
    expect(r.failed).toEqual([{ file: join(dir, 'bad.json'), reason: expect.stringContaining('entities.0') }]);
  }, 30_000);

  it('gives the same graph with one article per transaction, with batches, without batched reads and with the naive writer', async () => {
    writeCorpus(join(dir, 'corpus'), generateCorpus(20, 11));
    await ingest(['corpus'], { articlesPerTransaction: 1 });
    const single = await canonicalDump(driver);
    await ingest(['corpus'], { rebuild: true, articlesPerTransaction: 16 });
    expect(await canonicalDump(driver)).toBe(single);
    await ingest(['corpus'], { rebuild: true, naive: true });
    expect(await canonicalDump(driver)).toBe(single);
    await ingest(['corpus'], { rebuild: true, articlesPerTransaction: 8, batchReads: false });
    expect(await canonicalDump(driver)).toBe(single);
    // The generated corpus exercises resolution: spellings that share a normal form meet in one node.
    const officials = await ids('Official');
    expect(officials.filter((id) => id.includes('lavrov'))).toHaveLength(1);
    expect(officials.filter((id) => id.includes('fidan'))).toHaveLength(1);
  }, 60_000);
});
