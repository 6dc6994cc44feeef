// pnpm export --format graphml|gexf|json [--out FILE] — see packages/neo4j/src/export.
import { exportMain } from '@kg/neo4j';

process.exitCode = await exportMain(process.argv.slice(2));
