import type { IngestGraph } from '@kg/neo4j';
import { repoRoot } from '@kg/repo-paths';
import { prepareFile } from './files';
import type { Extractor } from './files';
import { storedPath } from './identity';
import { Ingester, Neo4jUnavailableError } from './ingest';
import type { IngestOptions, IngestSummary, PreparedFile } from './ingest';
import { silentProgress } from './progress';
import type { ProgressSink } from './progress';

export interface RunIngestOptions extends Omit<IngestOptions, 'onEvent'> {
  extractor: Extractor;
  /** Wipe entities and articles first (`--rebuild`). */
  rebuild?: boolean;
  /** Articles to retract first (`--remove`): `article:…` ids or file/folder paths. */
  remove?: readonly string[];
  /** Files read, checked and written per round (default 256): bounds memory on large runs. */
  filesPerRound?: number;
  progress?: ProgressSink;
  /** Folder stored paths are relative to (default: the repository root). */
  root?: string;
}

/** The driver's messages run long; the cause (e.g. "connect ECONNREFUSED 127.0.0.1:7687") says it. */
function shortReason(message: string): string {
  const cause = /Caused by: (.*)$/.exec(message)?.[1];
  const text = cause ?? message.replace(/ refer to the database logs.*$/, '');
  return text.length > 160 ? text.slice(0, 157) + '...' : text;
}

export interface RunResult extends IngestSummary {
  files: number;
  elapsedMs: number;
}

/**
 * Ingests files (already expanded, in a fixed order) into the graph: the body of `pnpm ingest`
 * and of the benchmark. Throws Neo4jUnavailableError when Neo4j stays away (its `partial` holds
 * the summary so far); everything committed until then stays, and a rerun finishes the job.
 */
export async function runIngest(graph: IngestGraph, files: readonly string[], opts: RunIngestOptions): Promise<RunResult> {
  const started = Date.now();
  const root = opts.root ?? repoRoot();
  const progress = opts.progress ?? silentProgress;
  const ingester = new Ingester(graph, {
    ...opts,
    onEvent: (e) => {
      if (e.kind === 'retry') progress.note(`Neo4j unavailable (${shortReason(e.error)}); retry ${e.attempt} in ${(e.waitMs / 1000).toFixed(1)} s`);
    },
  });
  await ingester.init({ wipe: opts.rebuild });
  for (const target of opts.remove ?? []) {
    if (target.startsWith('article:')) await ingester.remove({ id: target });
    else await ingester.remove({ path: storedPath(target, root) });
  }
  const perRound = Math.max(1, opts.filesPerRound ?? 256);
  progress.start(files.length);
  let done = 0;
  try {
    for (let i = 0; i < files.length; i += perRound) {
      const round: PreparedFile[] = [];
      for (const file of files.slice(i, i + perRound)) {
        try {
          round.push(await prepareFile(file, opts.extractor, root));
        } catch (error) {
          ingester.failFile(file, error);
        }
      }
      await ingester.ingestFiles(round);
      done = Math.min(files.length, i + perRound);
      progress.update(done, ingester.summary);
    }
  } catch (error) {
    if (error instanceof Neo4jUnavailableError) error.partial = { ...ingester.summary, files: files.length, elapsedMs: Date.now() - started };
    throw error;
  } finally {
    progress.update(done, ingester.summary);
    progress.stop();
  }
  return { ...ingester.summary, files: files.length, elapsedMs: Date.now() - started };
}
