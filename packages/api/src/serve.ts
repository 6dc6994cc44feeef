// pnpm --filter @kg/api serve: the API and the built explorer on one address until Ctrl-C.
// KG_API_PORT (default 8787), KG_API_HOST (default 127.0.0.1); Neo4j from connectionSettings().
import { DEFAULT_PORT, startServer } from './server';

const port = Number(process.env.KG_API_PORT ?? DEFAULT_PORT);
const host = process.env.KG_API_HOST ?? '127.0.0.1';
const server = await startServer({ port, host });
console.log(`explorer: ${server.url}/`);
const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
