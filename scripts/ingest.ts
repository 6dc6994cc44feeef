// pnpm ingest PATH... — see packages/ingest (README: "Ingesting articles").
import { ingestMain } from '@kg/ingest';

process.exitCode = await ingestMain(process.argv.slice(2));
