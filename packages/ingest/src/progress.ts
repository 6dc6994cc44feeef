import cliProgress from 'cli-progress';
import type { IngestSummary } from './ingest';

/** Where ingest reports how far it got. */
export interface ProgressSink {
  start(totalFiles: number): void;
  update(filesDone: number, summary: IngestSummary): void;
  /** A one-off message (retry notice); must not garble the bar. */
  note(message: string): void;
  stop(): void;
}

const articlesOf = (s: IngestSummary) => s.added + s.updated + s.unchanged + s.failed.length;

/**
 * A progress bar on stderr when it is a terminal; otherwise (CI, pipes, logs) one plain line every
 * `intervalMs`, and none at all for runs shorter than that.
 */
export function progressSink(stream: NodeJS.WriteStream = process.stderr, intervalMs = 5000): ProgressSink {
  const started = Date.now();
  const rate = (s: IngestSummary) => (articlesOf(s) / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'ingest |{bar}| {value}/{total} files | {articles} articles: {added} added, {updated} updated, {unchanged} unchanged, {failed} failed | {rate}/s | eta {eta_formatted}',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 200,
      },
      cliProgress.Presets.shades_classic,
    );
    const payload = (s: IngestSummary) => ({ articles: articlesOf(s), added: s.added, updated: s.updated, unchanged: s.unchanged, failed: s.failed.length, rate: rate(s) });
    const empty: IngestSummary = { added: 0, updated: 0, unchanged: 0, removed: 0, failed: [], nodesWritten: 0, relationshipsWritten: 0, mentionsWritten: 0, relationsDropped: 0 };
    return {
      start: (total) => bar.start(total, 0, payload(empty)),
      update: (done, s) => bar.update(done, payload(s)),
      note: (message) => {
        stream.write(`\n${message}\n`);
      },
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  let last = Date.now();
  const line = (done: number, s: IngestSummary) =>
    `ingest: ${done}/${total} files, ${articlesOf(s)} articles (${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed.length} failed), ${rate(s)} articles/s\n`;
  return {
    start: (t) => {
      total = t;
    },
    update: (done, s) => {
      if (Date.now() - last < intervalMs) return;
      last = Date.now();
      stream.write(line(done, s));
    },
    note: (message) => stream.write(message + '\n'),
    stop: () => {},
  };
}

export const silentProgress: ProgressSink = { start() {}, update() {}, note() {}, stop() {} };
