// pnpm neo4j start|stop|status|restart|prepare: the local Neo4j (data in .neo4j/<instance>/).
import { relative } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import {
  LocalNeo4jError,
  logFile,
  neo4jVersion,
  parsePort,
  passwordFile,
  prepareRuntime,
  runningPid,
  startServer,
  status,
  stopServer,
} from '@kg/local-neo4j';
import type { StartOptions } from '@kg/local-neo4j';
import { repoRoot } from '@kg/repo-paths';

interface CommonOptions {
  instance: string;
}
interface StartFlags extends CommonOptions {
  port?: number;
  heap?: string;
  pagecache?: string;
}

const rel = (file: string) => relative(process.cwd(), file) || '.';

function portOption(value: string): number {
  try {
    return parsePort(value, '--port');
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

async function start(flags: StartFlags): Promise<void> {
  const options: StartOptions = { instance: flags.instance, port: flags.port, heap: flags.heap, pagecache: flags.pagecache, detached: true };
  // Ctrl-C while waiting: do not leave a half-started server behind.
  const onSignal = () => {
    void stopServer(flags.instance).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    process.stderr.write(`Starting Neo4j ${neo4jVersion()} (instance "${flags.instance}") ...\n`);
    const server = await startServer(options);
    console.log(`Neo4j is running at ${server.uri} (pid ${server.pid}).`);
    console.log(`  user neo4j, password in ${rel(passwordFile(flags.instance))}`);
    console.log(`  data ${rel(server.stateDir)}, log ${rel(server.logFile)}`);
    console.log(`  stop it with: pnpm neo4j stop${flags.instance === 'default' ? '' : ` --instance ${flags.instance}`}`);
  } catch (error) {
    if (error instanceof LocalNeo4jError && error.code === 'ALREADY_RUNNING') {
      console.log(error.message);
      return;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function stop(flags: CommonOptions): Promise<void> {
  const result = await stopServer(flags.instance);
  if (!result.wasRunning) console.log(`Neo4j (instance "${flags.instance}") is not running.`);
  else console.log(`Neo4j (instance "${flags.instance}", pid ${result.pid}) stopped${result.forced ? ' (killed after it ignored SIGTERM)' : ''}.`);
}

async function showStatus(flags: CommonOptions): Promise<void> {
  const s = await status(flags.instance);
  if (!s.running) {
    console.log(`Neo4j (instance "${flags.instance}") is not running${s.error ? ` (${s.error})` : ''}.`);
    process.exitCode = 3;
    return;
  }
  if (s.bolt) {
    console.log(`Neo4j (instance "${flags.instance}") is running at ${s.uri} (pid ${s.pid}) and answers on Bolt.`);
    return;
  }
  console.log(`Neo4j (instance "${flags.instance}") has a process (pid ${s.pid}) but Bolt does not answer${s.uri ? ` on ${s.uri}` : ''}: ${s.error}`);
  console.log(`  (still starting? see ${rel(logFile(flags.instance))})`);
  process.exitCode = 1;
}

const program = new Command('pnpm neo4j')
  .description('Run the local Neo4j Community server (Java 17, fetched from Maven Central on first use).')
  .showHelpAfterError();

const instanceOption = ['--instance <name>', 'data folder .neo4j/<name>/', 'default'] as const;

program
  .command('start')
  .description('start in the background and wait until Bolt answers')
  .option(...instanceOption)
  .option('--port <port>', 'Bolt port on 127.0.0.1 (default KG_NEO4J_PORT or 7687)', portOption)
  .option('--heap <size>', 'Java heap, e.g. 2g (default KG_NEO4J_HEAP or 1g)')
  .option('--pagecache <size>', 'page cache, e.g. 1g (default KG_NEO4J_PAGECACHE or 512m)')
  .action(start);

program.command('stop').description('stop it (SIGTERM, SIGKILL after 60 s)').option(...instanceOption).action(stop);

program.command('status').description('is it running, does Bolt answer (exit 3 when stopped)').option(...instanceOption).action(showStatus);

program
  .command('restart')
  .description('stop, then start (on the same port unless --port)')
  .option(...instanceOption)
  .option('--port <port>', 'Bolt port', portOption)
  .option('--heap <size>', 'Java heap')
  .option('--pagecache <size>', 'page cache')
  .action(async (flags: StartFlags) => {
    const previous = runningPid(flags.instance) !== undefined ? (await status(flags.instance)).port : undefined;
    await stop(flags);
    await start({ ...flags, port: flags.port ?? previous });
  });

program
  .command('prepare')
  .description('only fetch Neo4j with Maven and compile the launcher (CI does this before the tests)')
  .action(async () => {
    const { java } = await prepareRuntime();
    console.log(`Neo4j ${neo4jVersion()} is ready to start (Java ${java.major} at ${java.home}; repository ${repoRoot()}).`);
  });

try {
  await program.parseAsync();
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
