// pnpm schema: creates the graph's constraints and indexes (idempotent) and waits until they are online.
import { applySchema, connect, connectionSettings } from '@kg/neo4j';

try {
  const settings = connectionSettings();
  const driver = await connect(settings);
  try {
    const started = Date.now();
    const report = await applySchema(driver);
    console.log(`Schema applied to ${settings.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (${report.statements} statements, all IF NOT EXISTS).`);
    console.log(`  constraints (${report.constraints.length}): ${report.constraints.join(', ')}`);
    console.log(`  indexes (${report.indexes.length}): ${report.indexes.join(', ')}`);
  } finally {
    await driver.close();
  }
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
