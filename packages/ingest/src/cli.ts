import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { connectionSettings, IngestGraph, isNeo4jUnavailable } from '@kg/neo4j';
import type { ConnectionSettings } from '@kg/neo4j';
import { expandInputs } from './files';
import type { Extractor } from './files';
import { extractorVersion, extractPackageDir } from './extractor-version';
import { Neo4jUnavailableError } from './ingest';
import type { Normalize } from './resolve';
import { progressSink, silentProgress } from './progress';
import { runIngest } from './run';
import type { RunResult } from './run';

/** Whole articles per write transaction unless --batch says otherwise (see the README's numbers). */
export const DEFAULT_BATCH = 32;

export const USAGE = `usage: pnpm ingest [options] PATH...

  PATH           files, folders (walked recursively) or glob patterns ('corpus/**/*.txt');
                 .txt .md .html .json (articles, or pre-extracted results) and TREC .xml
  --remove X     retract an article: an article:… id, or every article of a file or folder path
                 (repeatable; may be given without PATH)
  --rebuild      delete every entity and article first, then ingest PATH...
  --force        re-ingest articles even when their content and the extractor are unchanged
  --batch N      whole articles per write transaction (default ${DEFAULT_BATCH}); each article is
                 always complete inside one transaction
  --quiet        no progress output
  -h, --help     this text

Neo4j: NEO4J_URI + NEO4J_PASSWORD (+ NEO4J_USER, NEO4J_DATABASE), else the local server
(pnpm neo4j start). Exit status: 0 all done, 1 some files failed, 2 Neo4j unavailable or bad usage.`;

/** What the CLI needs from @kg/extract; loaded lazily so `--help` and usage errors work without it. */
async function loadExtractor(): Promise<Extractor & { normalize: Normalize }> {
  const mod = await import('@kg/extract');
  return {
    readArticles: (content, fileName) => mod.readArticles(content, fileName),
    extract: (a) => mod.extract(a),
    normalize: mod.normalizeForSearch,
    version: extractorVersion(extractPackageDir()),
  };
}

function formatSummary(r: RunResult, counts?: { nodes: number; relationships: number }): string {
  const lines = [
    `ingest: ${r.files} files in ${(r.elapsedMs / 1000).toFixed(1)} s: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed, ${r.failed.length} failed` +
      (counts ? ` (graph: ${counts.nodes} nodes, ${counts.relationships} relationships)` : ''),
  ];
  if (r.failed.length) {
    lines.push('failed:');
    for (const f of r.failed) lines.push(`  ${f.file}${f.article && f.article !== f.file ? ` [${f.article}]` : ''}: ${f.reason}`);
  }
  return lines.join('\n');
}

async function openWithRetry(settings: ConnectionSettings, delays: readonly number[], note: (m: string) => void): Promise<IngestGraph> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await IngestGraph.open(settings, { maxTransactionRetryTimeMs: 5000 });
    } catch (error) {
      const wait = delays[attempt];
      if (!isNeo4jUnavailable(error) || wait === undefined) throw error;
      note(`Neo4j at ${settings.uri} unavailable; retry ${attempt + 1} in ${(wait / 1000).toFixed(1)} s`);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

function retryDelays(env: NodeJS.ProcessEnv): number[] | undefined {
  const raw = env.KG_INGEST_RETRY_DELAYS_MS;
  if (!raw) return undefined;
  return raw.split(',').map((x) => Number(x.trim())).filter((x) => Number.isFinite(x) && x >= 0);
}

/** `pnpm ingest`: returns the exit status. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        remove: { type: 'string', multiple: true },
        rebuild: { type: 'boolean' },
        force: { type: 'boolean' },
        batch: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0 && !values.remove?.length) {
    console.error(USAGE);
    return 2;
  }
  const batch = values.batch === undefined ? DEFAULT_BATCH : Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1) {
    console.error(`--batch must be a positive integer, not ${values.batch}`);
    return 2;
  }

  let settings: ConnectionSettings;
  try {
    settings = connectionSettings(env);
  } catch (error) {
    console.error(`ingest: no Neo4j to write to: ${(error as Error).message}`);
    return 2;
  }
  // --quiet drops the progress display, never the retry notices.
  const progress = values.quiet ? { ...silentProgress, note: (m: string) => void process.stderr.write(m + '\n') } : progressSink(process.stderr);
  const delays = retryDelays(env);
  // `pnpm ingest` runs in the repository root; relative paths mean the caller's folder (INIT_CWD).
  const cwd = env.INIT_CWD && isAbsolute(env.INIT_CWD) ? env.INIT_CWD : process.cwd();
  const { files, missing } = await expandInputs(positionals, cwd);
  const remove = (values.remove ?? []).map((r) => (r.startsWith('article:') ? r : resolve(cwd, r)));
  const extractor = await loadExtractor();

  let graph: IngestGraph;
  try {
    graph = await openWithRetry(settings, delays ?? [1000, 2000, 4000], (m) => progress.note(m));
  } catch (error) {
    console.error(`ingest: cannot connect to Neo4j: ${(error as Error).message}`);
    return 2;
  }
  try {
    const result = await runIngest(graph, files, {
      extractor,
      normalize: extractor.normalize,
      articlesPerTransaction: batch,
      retryDelaysMs: delays,
      force: values.force,
      rebuild: values.rebuild,
      remove,
      progress,
    });
    for (const m of missing) result.failed.push({ file: m, reason: 'no such file, folder or matching file' });
    const counts = await graph.counts().catch(() => undefined);
    console.log(formatSummary(result, counts));
    return result.failed.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof Neo4jUnavailableError) {
      if (error.partial) console.log(formatSummary(error.partial));
      console.error(`ingest stopped: ${error.message}\nEverything written so far is complete per article; rerun the same command to finish (unchanged articles are skipped).`);
      return 2;
    }
    throw error;
  } finally {
    await graph.close();
  }
}
