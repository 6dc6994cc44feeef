// pnpm bench:ingest [--limit N] [--batch N] [--subset N] [--rounds N] [--use-env] [--heap 2g]
//
// Ingests the ANT corpus (../shared/corpus/ant, 17,797 articles) into a fresh database and prints
// articles/s, nodes/s, relationships/s and peak memory; re-ingests it unchanged (--rounds times)
// and prints the ratio; then, on a subset, compares the batched writer with a naive one on the
// same pre-extracted data. The naive writer runs one Cypher statement per fact (entity, article,
// MENTIONS, relationship; no UNWIND), each as its own auto-commit query (session.run), one after
// another. By default it starts its own throw-away Neo4j instance (.neo4j/bench-ingest, a free
// port) and removes it afterwards; --use-env writes to NEO4J_URI instead, after wiping it.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract, normalizeForSearch, readArticles } from '@kg/extract';
import type { ArticleInput } from '@kg/extract';
import { DEFAULT_BATCH, expandInputs, runIngest } from '@kg/ingest';
import type { Extractor, RunResult } from '@kg/ingest';
import { freePort, startServer, stopServer } from '@kg/local-neo4j';
import { canonicalDump, connectionSettings, IngestGraph } from '@kg/neo4j';
import type { ConnectionSettings } from '@kg/neo4j';
import { neo4jStateDir, sharedDir } from '@kg/repo-paths';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    batch: { type: 'string', default: String(DEFAULT_BATCH) },
    subset: { type: 'string', default: '1000' },
    'use-env': { type: 'boolean' },
    heap: { type: 'string', default: '2g' },
    rounds: { type: 'string', default: '3' },
  },
});
const batch = Number(values.batch);
const subsetSize = Number(values.subset);
const rounds = Math.max(1, Number(values.rounds));
const INSTANCE = 'bench-ingest';

const corpus = join(sharedDir(), 'corpus', 'ant');
if (!existsSync(corpus)) {
  console.log(`bench-ingest: skipped: no ANT corpus at ${corpus}`);
  process.exit(0);
}

// Peak memory: the OS's maximum resident set, plus the largest V8 heap seen (sampled).
let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 200);
sampler.unref();
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

const extractor: Extractor = { readArticles: (c, f) => readArticles(c, f), extract };
const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(1);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function report(label: string, r: RunResult): void {
  const rels = r.relationshipsWritten + r.mentionsWritten;
  console.log(
    `${label}: ${r.files} files, ${r.added} added, ${r.unchanged} unchanged, ${r.failed.length} failed in ${secs(r.elapsedMs)}: ` +
      `${rate(r.added + r.updated + r.unchanged, r.elapsedMs)} articles/s, ${rate(r.nodesWritten, r.elapsedMs)} nodes/s, ${rate(rels, r.elapsedMs)} rels/s ` +
      `(${r.nodesWritten} node writes, ${r.relationshipsWritten} relationship + ${r.mentionsWritten} MENTIONS writes)`,
  );
  for (const f of r.failed.slice(0, 5)) console.log(`  failed: ${f.file}: ${f.reason}`);
}

let settings: ConnectionSettings;
let ownServer = false;
if (values['use-env']) {
  settings = connectionSettings();
  console.log(`bench-ingest: WIPING the database at ${settings.uri} (--use-env)`);
} else {
  rmSync(neo4jStateDir(INSTANCE), { recursive: true, force: true });
  const port = await freePort();
  console.log(`bench-ingest: starting a throw-away Neo4j (.neo4j/${INSTANCE}, port ${port}, heap ${values.heap})…`);
  const server = await startServer({ instance: INSTANCE, port, detached: false, heap: values.heap, log: () => {} });
  settings = { uri: server.uri, user: 'neo4j', password: server.password, local: true };
  ownServer = true;
}

const graph = await IngestGraph.open(settings, { maxTransactionRetryTimeMs: 5000 });
try {
  let { files } = await expandInputs([corpus]);
  if (values.limit) files = files.slice(0, Number(values.limit));
  console.log(`bench-ingest: ${files.length} files from ${corpus}, ${batch} articles per transaction, Node ${process.version}`);

  // 1. Everything into an empty graph.
  const full = await runIngest(graph, files, { extractor, normalize: normalizeForSearch, articlesPerTransaction: batch, rebuild: true });
  const counts = await graph.counts();
  report('full ingest', full);
  console.log(`  graph: ${counts.nodes} nodes, ${counts.relationships} relationships; peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}, peak heap ${mib(peakHeap)}`);

  // 2. The same input again, `rounds` times (this machine's load varies; the median counts): every
  // article unchanged, recognised by its content hash and skipped before extraction.
  const agains: RunResult[] = [];
  for (let round = 0; round < rounds; round++) {
    const r = await runIngest(graph, files, { extractor, normalize: normalizeForSearch, articlesPerTransaction: batch });
    if (r.unchanged !== full.added || r.added + r.updated + r.removed > 0) throw new Error(`re-ingest changed something: ${JSON.stringify({ ...r, failed: r.failed.length })}`);
    agains.push(r);
  }
  const again = [...agains].sort((a, b) => a.elapsedMs - b.elapsedMs)[Math.floor(agains.length / 2)]!;
  report(`re-ingest unchanged (median of ${rounds})`, again);
  console.log(
    `  re-ingest takes ${((100 * again.elapsedMs) / full.elapsedMs).toFixed(1)}% of the first ingest's time (${(full.elapsedMs / again.elapsedMs).toFixed(1)}× faster; ` +
      `runs: ${agains.map((r) => `${secs(r.elapsedMs)} = ${(full.elapsedMs / r.elapsedMs).toFixed(1)}×`).join(', ')})`,
  );

  // 3. Writers compared on a subset spread over the corpus, extraction done once beforehand.
  const step = Math.max(1, Math.floor(files.length / subsetSize));
  const subset = files.filter((_, i) => i % step === 0).slice(0, subsetSize);
  const cache = new Map<string, ReturnType<typeof extract>>();
  const keyOf = (a: ArticleInput) => `${a.source}\u0000${a.docId}\u0000${a.title}\u0000${a.body}`;
  const cached: Extractor = {
    readArticles: extractor.readArticles,
    extract: (a) => {
      const k = keyOf(a);
      let r = cache.get(k);
      if (!r) cache.set(k, (r = extract(a)));
      return r;
    },
  };
  const subsetRun = (opts: { articlesPerTransaction: number; naive: boolean }) =>
    runIngest(graph, subset, { extractor: cached, normalize: normalizeForSearch, rebuild: true, ...opts });
  await subsetRun({ articlesPerTransaction: batch, naive: false }); // warm-up: fills the extraction cache
  const reference = await canonicalDump(graph.neo4jDriver);
  // Three writers, in alternating rounds (this machine's load varies): batched UNWIND statements
  // with `batch` articles or one article per transaction, and the naive writer: one statement per
  // fact, each its own auto-commit query, articles one at a time (no transaction around anything).
  const NAIVE = 'naive, auto-commit';
  const configs = [
    { name: `batched, ${batch}/tx`, articlesPerTransaction: batch, naive: false },
    { name: NAIVE, articlesPerTransaction: 1, naive: true },
    { name: 'batched, 1/tx', articlesPerTransaction: 1, naive: false },
  ];
  const times = new Map<string, number[]>(configs.map((c) => [c.name, []]));
  let sameGraph = true;
  for (let round = 0; round < rounds; round++) {
    for (const c of configs) {
      const r = await subsetRun(c);
      if (r.added !== subset.length - r.failed.length) throw new Error(`${c.name}: ${r.added} added of ${subset.length}`);
      times.get(c.name)!.push(r.elapsedMs);
      if (round === 0) sameGraph &&= (await canonicalDump(graph.neo4jDriver)) === reference;
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`subset: ${subset.length} articles, pre-extracted, ${rounds} alternating rounds (median):`);
  for (const c of configs) {
    const ms = median(times.get(c.name)!);
    console.log(`  ${c.name.padEnd(19)} ${secs(ms).padStart(8)}  ${rate(subset.length, ms).padStart(7)} articles/s   (runs: ${times.get(c.name)!.map(secs).join(', ')})`);
  }
  const m = (name: string) => median(times.get(name)!);
  console.log(
    `  the naive writer (one statement per fact, each its own auto-commit query) takes ${(m(NAIVE) / m(configs[0]!.name)).toFixed(1)}× the time of the batched one at ${batch}/tx ` +
      `and ${(m(NAIVE) / m('batched, 1/tx')).toFixed(1)}× at one article per transaction; same graph from all three: ${sameGraph ? 'yes' : 'NO'}`,
  );
  console.log(`bench-ingest: peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}, peak heap ${mib(peakHeap)}`);
} finally {
  await graph.close();
  if (ownServer) {
    await stopServer(INSTANCE);
    rmSync(neo4jStateDir(INSTANCE), { recursive: true, force: true });
  }
}
