// pnpm test: the one test command. Typecheck, unit tests, then the integration and e2e tests
// against a real Neo4j: the one NEO4J_URI names, else a fresh local instance "test" started here
// (on a free port, with its own data folder) and stopped at the end, also on failure or Ctrl-C.
// Extra arguments go to jest (e.g. `pnpm test cypher-console` to run matching test files only).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, isAlive, runningPid, startServer, stopServer } from '@kg/local-neo4j';
import type { LocalServer } from '@kg/local-neo4j';
import { neo4jStateDir, repoRoot } from '@kg/repo-paths';

const root = repoRoot();
const jestArgs = process.argv.slice(2);
const steps: { name: string; ok: boolean; seconds: number; note?: string }[] = [];
let current: ChildProcess | undefined;
/** The local instance this run starts (set before it spawns, so even a half-started one is stopped). */
let testInstance: string | undefined;
let startedInstance: string | undefined;
let interrupted = false;
let shutdown: Promise<void> | undefined;

function heading(text: string): void {
  process.stdout.write(`\n▶ ${text}\n`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    current = child;
    child.on('error', (error) => {
      console.error(`cannot run ${command}: ${error.message}`);
      resolve(false);
    });
    child.on('close', (code) => {
      current = undefined;
      resolve(code === 0);
    });
  });
}

async function step(name: string, work: () => Promise<boolean>): Promise<boolean> {
  if (interrupted) return false;
  heading(name);
  const started = Date.now();
  const ok = await work();
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

/** Test counts over every jest run, for the closing "N passed, N failed" line. */
const counts = { passed: 0, failed: 0, skipped: 0 };
let jestRuns = 0;

async function jest(projects: string[], extra: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const report = join(tmpdir(), `kg-jest-${process.pid}-${jestRuns++}.json`);
  const ok = await runJest(projects, [...extra, '--json', `--outputFile=${report}`], env);
  try {
    const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests;
    counts.skipped += r.numPendingTests;
    rmSync(report, { force: true });
  } catch {
    // jest did not get as far as writing its report; its exit status already says so
  }
  return ok;
}

function runJest(projects: string[], extra: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return run(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--disable-warning=ExperimentalWarning',
      join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--selectProjects',
      ...projects,
      '--passWithNoTests',
      ...extra,
      ...jestArgs,
    ],
    env,
  );
}

/**
 * A fresh test instance. Another `pnpm test` running in the same checkout keeps its "test"
 * instance; this run then uses "test-<pid>". A "test" instance left by a killed run is stopped.
 */
async function startTestServer(): Promise<LocalServer> {
  let instance = 'test';
  // The owner file names the `pnpm test` process using the folder, from before its server spawns.
  const ownerFile = join(neo4jStateDir(instance), 'owner');
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8').trim()) : undefined;
  if (owner && owner !== process.pid && isAlive(owner)) instance = `test-${process.pid}`;
  else if (runningPid(instance) !== undefined) await stopServer(instance);
  const dir = neo4jStateDir(instance);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, 'owner'), `${process.pid}\n`);
  testInstance = instance;
  startedInstance = instance;
  const port = await freePort();
  return startServer({
    instance,
    port,
    detached: false,
    heap: '1g',
    pagecache: '256m',
    timeoutMs: 300_000, // generous: a busy CI machine can be slow, and a failing start ends the wait at once
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
}

async function cleanup(): Promise<void> {
  const instance = testInstance;
  testInstance = undefined;
  if (!instance) return;
  await stopServer(instance, { timeoutMs: 30_000 }).catch((error: Error) => console.error(`stopping Neo4j: ${error.message}`));
  if (instance !== 'test') rmSync(neo4jStateDir(instance), { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the tests${testInstance ? ' and the test Neo4j' : ''} ...`);
    current?.kill(signal);
    shutdown = cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
// Last resort (an exception in this script): never leave the server running.
process.on('exit', () => {
  const pid = startedInstance ? runningPid(startedInstance) : undefined;
  if (pid !== undefined && isAlive(pid)) process.kill(pid, 'SIGKILL');
});

async function main(): Promise<number> {
  const external = process.env.NEO4J_URI;
  // Neo4j takes ~15-30 s to come up: start it now, while typecheck and unit tests run.
  const starting = external ? undefined : startTestServer();
  starting?.catch(() => undefined); // reported by the step below

  await step('typecheck', () => run('pnpm', ['-s', 'typecheck']));
  await step('unit tests', () => jest(['unit'], []));

  let env: NodeJS.ProcessEnv | undefined;
  if (external) {
    heading(`integration + e2e tests against ${external} (NEO4J_URI is set)`);
    env = process.env;
  } else {
    await step('local Neo4j for the tests', async () => {
      try {
        const s = await starting!;
        console.log(`Neo4j (instance "${s.instance}") is running at ${s.uri}`);
        env = { ...process.env, NEO4J_URI: s.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: s.password };
        delete env.NEO4J_DATABASE;
        return true;
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        return false;
      }
    });
  }
  if (env) {
    const testEnv = env;
    await step('integration + e2e tests', () => jest(['integration', 'e2e'], ['--runInBand'], testEnv));
  } else {
    steps.push({ name: 'integration + e2e tests', ok: false, seconds: 0, note: 'not run: no Neo4j' });
  }

  if (interrupted) return 1;
  if (testInstance) {
    heading('stopping the test Neo4j');
    await cleanup();
  }

  const failed = steps.filter((s) => !s.ok);
  process.stdout.write('\n');
  for (const s of steps) console.log(`${s.ok ? '✓' : '✗'} ${s.name} (${s.seconds.toFixed(1)} s)${s.note ? ` — ${s.note}` : ''}`);
  console.log(failed.length ? `\npnpm test FAILED: ${failed.map((s) => s.name).join(', ')}` : '\npnpm test passed');
  console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return failed.length ? 1 : 0;
}

main().then(
  async (code) => {
    if (shutdown) await shutdown; // a signal arrived: its handler stops Neo4j and exits
    process.exit(code);
  },
  async (error: unknown) => {
    console.error(error);
    await (shutdown ?? cleanup());
    process.exit(1);
  },
);
