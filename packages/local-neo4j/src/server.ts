import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_LOCAL_PORT, Neo4jAccessError, localPortFile, openDriver, parsePort, verifyConnectivity } from '@kg/neo4j';
import { neo4jStateDir, repoRoot } from '@kg/repo-paths';
import { prepareRuntime } from './classpath';
import type { Log } from './classpath';
import { LocalNeo4jError } from './errors';
import { ensurePassword, readPassword } from './password';
import { isPortFree } from './ports';
import { sleep, tail } from './process';

/** JVM flags from Neo4j's default neo4j.conf; without the java.nio opens 5.26 fails on Java 17. */
export const JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export const DEFAULT_HEAP = '1g';
const stderrLog: Log = (line) => process.stderr.write(`${line}\n`);

export interface StartOptions {
  /** Names the data folder .neo4j/<instance>/ (default "default"). */
  instance?: string;
  /** Bolt port on 127.0.0.1 (default KG_NEO4J_PORT, else 7687). */
  port?: number;
  /** Keep running after this process exits (default true); false ties the server to this process. */
  detached?: boolean;
  /** Java heap, e.g. "1g" (default KG_NEO4J_HEAP, else 1g). */
  heap?: string;
  /** Neo4j page cache, e.g. "512m" (default KG_NEO4J_PAGECACHE, else the launcher's 512m). */
  pagecache?: string;
  /** How long to wait for Bolt to answer, ms (default 180 s). */
  timeoutMs?: number;
  log?: Log;
  env?: NodeJS.ProcessEnv;
}

export interface LocalServer {
  instance: string;
  port: number;
  uri: string;
  pid: number;
  password: string;
  stateDir: string;
  logFile: string;
  /** Present when this process started it. */
  child?: ChildProcess;
}

export interface ServerStatus {
  instance: string;
  /** The recorded process is alive and is this instance's launcher. */
  running: boolean;
  /** Bolt accepted a login with the instance's password. */
  bolt: boolean;
  pid?: number;
  port?: number;
  uri?: string;
  /** Why bolt is false while running, or a note such as a stale pid file. */
  error?: string;
  stateDir: string;
  logFile: string;
}

export function validateInstance(instance: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(instance)) {
    throw new LocalNeo4jError('BAD_OPTION', `instance names are letters, digits, "_", "-", "." (got ${JSON.stringify(instance)})`);
  }
  return instance;
}

/** Validates a JVM/Neo4j memory size such as 512m or 2g. */
export function validateSize(size: string, what: string): string {
  if (!/^[1-9][0-9]*[kKmMgG]?$/.test(size)) throw new LocalNeo4jError('BAD_OPTION', `${what} must look like 512m or 2g (got ${JSON.stringify(size)})`);
  return size;
}

export function pidFile(instance: string): string {
  return join(neo4jStateDir(instance), 'neo4j.pid');
}

export function logFile(instance: string): string {
  return join(neo4jStateDir(instance), 'neo4j.log');
}

/** Whether a process exists (zombies count as gone). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

/** True when `pid` is alive and (where /proc tells) is the launcher of this data folder, not a reused pid. */
function isLauncherOf(pid: number, stateDir: string): boolean {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true;
  }
  const args = cmdline.split('\0');
  return args.includes('Launcher') && args.includes(stateDir);
}

function readNumber(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const value = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The pid of this instance's running launcher, or undefined. */
export function runningPid(instance: string): number | undefined {
  const pid = readNumber(pidFile(instance));
  return pid !== undefined && isLauncherOf(pid, neo4jStateDir(instance)) ? pid : undefined;
}

function removeRunFiles(instance: string): void {
  rmSync(pidFile(instance), { force: true });
  rmSync(localPortFile(instance), { force: true });
}

/** Which of our instances (if any) is running on `port`: for a helpful "port in use" message. */
function instanceOnPort(port: number): string | undefined {
  const root = join(repoRoot(), '.neo4j');
  if (!existsSync(root)) return undefined;
  for (const name of readdirSync(root)) {
    try {
      if (readNumber(localPortFile(name)) === port && runningPid(name) !== undefined) return name;
    } catch {
      // not an instance folder
    }
  }
  return undefined;
}

async function assertPortFree(port: number, instance: string): Promise<void> {
  if (await isPortFree(port)) return;
  const other = instanceOnPort(port);
  const owner = other
    ? `by the local Neo4j instance "${other}" (pnpm neo4j stop --instance ${other})`
    : 'by another program (another Neo4j, Docker, Neo4j Desktop?)';
  throw new LocalNeo4jError(
    'PORT_IN_USE',
    `Port ${port} on 127.0.0.1 is already in use ${owner}. Stop that, or start instance "${instance}" on another port: ` +
      `pnpm neo4j start --port <n> (or KG_NEO4J_PORT=<n>).`,
  );
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export interface WaitOptions {
  uri: string;
  password: string;
  user?: string;
  /** The launcher we spawned: its exit ends the wait at once with the log's tail. */
  child?: ChildProcess;
  /** Or its pid, when another process spawned it. */
  pid?: number;
  /** The launcher's output; when given, Bolt is tried only after its READY line. */
  logFile?: string;
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Waits until a real Bolt login succeeds. Fails early, quoting the log's last lines, when the
 * Java process dies; times out with the last connection error otherwise.
 */
export async function waitUntilReady(options: WaitOptions): Promise<void> {
  const { uri, password, child, pid, logFile: log } = options;
  const timeoutMs = options.timeoutMs ?? 180_000;
  const deadline = Date.now() + timeoutMs;
  const logTail = () => {
    if (!log) return '';
    const text = readLog(log);
    // The launcher prints "FAILED <exception>" before the stack trace: quote it first.
    const failed = /^FAILED (.*)$/m.exec(text)?.[1];
    return `${failed ? `\nCause: ${failed}` : ''}\nLast lines of ${log}:\n${tail(text, 15)}`;
  };
  let lastError: unknown;
  for (;;) {
    const exited = child ? child.exitCode !== null || child.signalCode !== null : pid !== undefined && !isAlive(pid);
    if (exited) {
      const how = child ? (child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`) : 'it exited';
      throw new LocalNeo4jError('START_FAILED', `Neo4j stopped while starting (${how}).${logTail()}`);
    }
    if (!log || /^READY /m.test(readLog(log))) {
      const driver = openDriver({ uri, user: options.user ?? 'neo4j', password, local: true }, { connectionTimeoutMs: 3000, maxTransactionRetryTimeMs: 0 });
      try {
        await verifyConnectivity(driver);
        return;
      } catch (error) {
        lastError = error;
        if (error instanceof Neo4jAccessError && error.kind === 'auth') {
          throw new LocalNeo4jError('START_FAILED', `Neo4j at ${uri} refuses the instance's password: is another server on that port? (${error.message})`);
        }
      } finally {
        await driver.close();
      }
    }
    if (Date.now() >= deadline) break;
    await sleep(options.intervalMs ?? 500);
  }
  const last = lastError instanceof Error ? ` Last error: ${lastError.message}` : '';
  throw new LocalNeo4jError('START_TIMEOUT', `Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s.${last}${logTail()}`);
}

/**
 * Starts the instance's Neo4j (Java 17, data in .neo4j/<instance>/, output in neo4j.log there)
 * and resolves once Bolt accepts a login. Fetches Neo4j with Maven on first use. Throws
 * ALREADY_RUNNING when the instance runs, PORT_IN_USE when something else holds the port.
 */
export async function startServer(options: StartOptions = {}): Promise<LocalServer> {
  const env = options.env ?? process.env;
  const log = options.log ?? stderrLog;
  const instance = validateInstance(options.instance ?? 'default');
  const stateDir = neo4jStateDir(instance);
  const running = runningPid(instance);
  if (running !== undefined) {
    const port = readNumber(localPortFile(instance));
    throw new LocalNeo4jError(
      'ALREADY_RUNNING',
      `Neo4j instance "${instance}" is already running (pid ${running}${port ? `, bolt://127.0.0.1:${port}` : ''}).`,
    );
  }
  removeRunFiles(instance); // stale files of a server that died
  const port = options.port !== undefined ? parsePort(options.port) : env.KG_NEO4J_PORT ? parsePort(env.KG_NEO4J_PORT, 'KG_NEO4J_PORT') : DEFAULT_LOCAL_PORT;
  const heap = validateSize(options.heap ?? env.KG_NEO4J_HEAP ?? DEFAULT_HEAP, 'heap');
  const pagecache = options.pagecache ?? env.KG_NEO4J_PAGECACHE;
  if (pagecache !== undefined) validateSize(pagecache, 'page cache');
  await assertPortFree(port, instance);

  const { java, classpath, classes } = await prepareRuntime({ log, env });
  const password = ensurePassword(instance, { env });
  await assertPortFree(port, instance); // the first run's download takes a while: check again

  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  const output = logFile(instance);
  const fd = openSync(output, 'w');
  let child: ChildProcess;
  try {
    const childEnv: NodeJS.ProcessEnv = { ...env, CLASSPATH: `${classes}:${classpath}`, KG_NEO4J_PASSWORD: password };
    if (pagecache !== undefined) childEnv.KG_NEO4J_PAGECACHE = pagecache;
    delete childEnv.NEO4J_PASSWORD;
    delete childEnv.JAVA_TOOL_OPTIONS;
    child = spawn(java.java, [...JVM_FLAGS, `-Xmx${heap}`, 'Launcher', resolve(stateDir), String(port)], {
      cwd: stateDir,
      detached: options.detached ?? true,
      stdio: ['ignore', fd, fd],
      env: childEnv,
    });
  } finally {
    closeSync(fd);
  }
  const spawnError = new Promise<Error>((resolveError) => child.once('error', resolveError));
  if (child.pid === undefined) {
    const error = await spawnError;
    throw new LocalNeo4jError('START_FAILED', `could not run ${java.java}: ${error.message}`);
  }
  const pid = child.pid;
  writeFileSync(pidFile(instance), `${pid}\n`);
  writeFileSync(localPortFile(instance), `${port}\n`);
  const uri = `bolt://127.0.0.1:${port}`;
  try {
    await waitUntilReady({ uri, password, child, logFile: output, timeoutMs: options.timeoutMs });
  } catch (error) {
    if (isAlive(pid)) await stopPid(pid, 20_000);
    removeRunFiles(instance);
    throw error;
  }
  if (options.detached ?? true) child.unref();
  return { instance, port, uri, pid, password, stateDir, logFile: output, child };
}

/** The running instance, started if it is not running yet. */
export async function ensureServer(options: StartOptions = {}): Promise<LocalServer> {
  const instance = validateInstance(options.instance ?? 'default');
  const pid = runningPid(instance);
  const port = readNumber(localPortFile(instance));
  if (pid === undefined || port === undefined) return startServer(options);
  const password = ensurePassword(instance, { env: options.env });
  const uri = `bolt://127.0.0.1:${port}`;
  await waitUntilReady({ uri, password, pid, timeoutMs: options.timeoutMs });
  return { instance, port, uri, pid, password, stateDir: neo4jStateDir(instance), logFile: logFile(instance) };
}

/** SIGTERM, wait up to timeoutMs for a clean shutdown, then SIGKILL. Resolves true when it had to kill. */
async function stopPid(pid: number, timeoutMs: number): Promise<boolean> {
  const waitGone = async (ms: number) => {
    const until = Date.now() + ms;
    while (isAlive(pid)) {
      if (Date.now() >= until) return false;
      await sleep(100);
    }
    return true;
  };
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return false;
  }
  if (await waitGone(timeoutMs)) return false;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // it went away by itself
  }
  if (!(await waitGone(10_000))) throw new LocalNeo4jError('STOP_FAILED', `Neo4j (pid ${pid}) survived SIGKILL`);
  return true;
}

export interface StopResult {
  instance: string;
  wasRunning: boolean;
  pid?: number;
  /** It ignored SIGTERM for timeoutMs and was killed. */
  forced: boolean;
}

/** Stops the instance's server (SIGTERM, then SIGKILL after timeoutMs, default 60 s). */
export async function stopServer(instance = 'default', options: { timeoutMs?: number } = {}): Promise<StopResult> {
  validateInstance(instance);
  const pid = runningPid(instance);
  if (pid === undefined) {
    removeRunFiles(instance);
    return { instance, wasRunning: false, forced: false };
  }
  const forced = await stopPid(pid, options.timeoutMs ?? 60_000);
  removeRunFiles(instance);
  return { instance, wasRunning: true, pid, forced };
}

/** Whether the instance's process is alive and whether Bolt accepts its password. */
export async function status(instance = 'default', options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ServerStatus> {
  validateInstance(instance);
  const base = { instance, stateDir: neo4jStateDir(instance), logFile: logFile(instance) };
  const recorded = readNumber(pidFile(instance));
  const pid = runningPid(instance);
  if (pid === undefined) {
    return { ...base, running: false, bolt: false, error: recorded !== undefined ? `stale pid file (process ${recorded} is gone)` : undefined };
  }
  const port = readNumber(localPortFile(instance));
  if (port === undefined) return { ...base, running: true, bolt: false, pid, error: 'no port file' };
  const uri = `bolt://127.0.0.1:${port}`;
  const password = readPassword(instance, { env: options.env });
  if (!password) return { ...base, running: true, bolt: false, pid, port, uri, error: 'no password (NEO4J_PASSWORD or the password file)' };
  const driver = openDriver({ uri, user: 'neo4j', password, local: true }, { connectionTimeoutMs: options.timeoutMs ?? 5000, maxTransactionRetryTimeMs: 0 });
  try {
    await verifyConnectivity(driver);
    return { ...base, running: true, bolt: true, pid, port, uri };
  } catch (error) {
    return { ...base, running: true, bolt: false, pid, port, uri, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await driver.close();
  }
}
