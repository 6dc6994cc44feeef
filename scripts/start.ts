// pnpm start — the main job: a Neo4j (the local one from Maven unless NEO4J_URI is set), the graph
// schema, the sample articles ingested, the web view and its API served on one address. Ctrl-C stops
// what this command started.
//   pnpm start [--port N] [--host H] [--no-ingest] [PATH...]   (PATH: articles to ingest, default samples/)
import { parseArgs } from 'node:util';
import { startServer, DEFAULT_PORT } from '@kg/api';
import { ensureBuilt } from '@kg/explorer/build';
import { ingestMain } from '@kg/ingest';
import { ensureServer, runningPid, stopServer } from '@kg/local-neo4j';
import { applySchema, connect, connectionSettings } from '@kg/neo4j';
import { samplesDir } from '@kg/repo-paths';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string' }, host: { type: 'string' }, 'no-ingest': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log('usage: pnpm start [--port N] [--host H] [--no-ingest] [PATH...]');
  process.exit(0);
}
const port = Number(values.port ?? process.env.KG_PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`start: --port must be a port number, got ${values.port}`);
  process.exit(2);
}

const step = (n: number, text: string) => console.log(`[${n}/4] ${text}`);
let startedNeo4j = false;
let server: Awaited<ReturnType<typeof startServer>> | undefined;

async function shutdown(code: number): Promise<never> {
  await server?.close().catch(() => {});
  if (startedNeo4j) {
    console.log('stopping the local Neo4j this command started…');
    await stopServer('default').catch((e: Error) => console.error(`could not stop Neo4j: ${e.message}`));
  }
  process.exit(code);
}

try {
  if (process.env.NEO4J_URI) step(1, `Neo4j: using ${process.env.NEO4J_URI} (NEO4J_URI)`);
  else {
    const already = runningPid('default') !== undefined;
    step(1, already ? 'Neo4j: the local server is already running' : 'Neo4j: starting the local server (first run fetches it from Maven Central)…');
    const local = await ensureServer({ instance: 'default' });
    startedNeo4j = !already;
    console.log(`      Bolt at ${local.uri}; data in ${local.stateDir}`);
  }
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  step(2, 'schema: constraints and indexes');
  const driver = await connect(connectionSettings());
  try {
    await applySchema(driver);
  } finally {
    await driver.close();
  }

  if (values['no-ingest']) step(3, 'ingest: skipped (--no-ingest)');
  else {
    const inputs = positionals.length ? positionals : [samplesDir()];
    step(3, `ingest: ${inputs.join(' ')}`);
    const code = await ingestMain(inputs);
    if (code === 2) throw new Error('ingest could not reach Neo4j');
    if (code !== 0) console.warn('      some files could not be ingested (see above); serving what was');
  }

  step(4, 'web view: building if needed and serving');
  ensureBuilt((line) => console.log(`      ${line}`));
  server = await startServer({ port, host: values.host });
  console.log(`\nKnowledge graph explorer: ${server.url}\n(Ctrl-C to stop)`);
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
