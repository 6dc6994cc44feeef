import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IngestGraph, readTx } from '@kg/neo4j';
import type { Driver } from '@kg/neo4j';
import { repoRoot } from '@kg/repo-paths';
import { canonicalDump, generateCorpus, SKIP_MESSAGE, testNeo4jSettings, writeCorpus } from './testing/fixtures';

const settings = testNeo4jSettings();
if (!settings) console.warn(SKIP_MESSAGE);
const describeNeo4j = settings ? describe : describe.skip;

const TSX = join(repoRoot(), 'node_modules', '.bin', 'tsx');
const SCRIPT = join(repoRoot(), 'scripts', 'ingest.ts');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm ingest`'s entry point in its own process group (tsx runs node as a child). */
function startIngest(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(TSX, [SCRIPT, ...args], {
    cwd: repoRoot(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_URI: settings!.uri, NEO4J_PASSWORD: settings!.password, KG_INGEST_RETRY_DELAYS_MS: '200,400', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, kill: () => process.kill(-child.pid!, 'SIGKILL') };
}

const runIngestCli = (args: string[], env?: NodeJS.ProcessEnv) => startIngest(args, env).done;

let graph: IngestGraph;
let driver: Driver;
let dir: string;

const articleCount = async () =>
  readTx(driver, async (tx) => Number((await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n')));

describeNeo4j('pnpm ingest (the CLI, in a child process)', () => {
  beforeAll(async () => {
    graph = await IngestGraph.open(settings!);
    driver = graph.neo4jDriver;
    dir = mkdtempSync(join(tmpdir(), 'kg-ingest-cli-'));
  }, 60_000);

  afterAll(async () => {
    await graph?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('converges to the graph of one clean run after being killed (SIGKILL) mid-run, again and again', async () => {
    const corpus = writeCorpus(join(dir, 'kill'), generateCorpus(50, 2024));
    const total = 50;

    // Reference: one uninterrupted run into an empty graph.
    await graph.wipe();
    const clean = await runIngestCli([corpus, '--batch', '1', '--quiet']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/50 added, 0 updated, 0 unchanged, 0 removed, 0 failed/);
    const reference = await canonicalDump(driver);
    expect(await articleCount()).toBe(total);

    // Now kill runs at different points until one finishes; every kill must land mid-run.
    await graph.wipe();
    let kills = 0;
    const killedAt: number[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      const before = await articleCount();
      if (before === total) break; // everything is in: the rerun below checks it
      const run = startIngest([corpus, '--batch', '1', '--quiet']);
      // Wait for a few more committed articles, then kill without warning.
      const target = Math.min(total, before + 3 + attempt * 3);
      let finished = false;
      void run.done.then(() => (finished = true));
      while (!finished && (await articleCount()) < target) await new Promise((r) => setTimeout(r, 5));
      if (finished) {
        const last = await run.done;
        expect(last.code).toBe(0);
        break;
      }
      run.kill();
      const killed = await run.done;
      expect(killed.signal).toBe('SIGKILL');
      kills++;
      const after = await articleCount();
      expect(after).toBeGreaterThanOrEqual(before);
      killedAt.push(after);
    }
    expect(killedAt.filter((n) => n < total).length).toBeGreaterThanOrEqual(2);
    console.log(`kill-and-rerun: ${kills} runs killed mid-run at ${killedAt.join(', ')} committed articles`);
    // The rerun after the last kill (or the run that finished) leaves the same graph as the clean run.
    const rerun = await runIngestCli([corpus, '--batch', '1', '--quiet']);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/0 added, 0 updated, 50 unchanged/);
    expect(await canonicalDump(driver)).toBe(reference);
  }, 300_000);

  it('reports a bad file with its reason, ingests the rest and exits 1', async () => {
    const folder = join(dir, 'mixed');
    writeCorpus(folder, generateCorpus(2, 5));
    writeFileSync(join(folder, 'broken.json'), '{"article": {"title": "x", "lang": "ar"}, "text": "t", "entities": [{"id": "bad"}], "relations": []}');
    writeFileSync(join(folder, 'empty.txt'), '');
    await graph.wipe();
    const run = await runIngestCli([folder, join(dir, 'does-not-exist.txt'), '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/2 added, 0 updated, 0 unchanged, 0 removed, 3 failed/);
    expect(run.stdout).toContain('broken.json: extraction result 1 is invalid at entities.0.id');
    expect(run.stdout).toMatch(/empty\.txt: .+/);
    expect(run.stdout).toContain('does-not-exist.txt: no such file');
  }, 120_000);

  it('retries while Neo4j is unreachable, then stops with a clear message and exit status 2', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => resolve(p));
      });
    });
    const run = await runIngestCli([join(dir, 'kill'), '--quiet'], { NEO4J_URI: `bolt://127.0.0.1:${port}`, KG_INGEST_RETRY_DELAYS_MS: '100,100' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/retry 1 in 0\.1 s/);
    expect(run.stderr).toMatch(/cannot connect to Neo4j: .*127\.0\.0\.1:\d+.*not reachable/i);
  }, 120_000);
});
