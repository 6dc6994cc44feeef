import { connect, connectionSettings, type Driver } from '@kg/neo4j';

/**
 * The driver integration and e2e tests use: the server in NEO4J_URI / NEO4J_PASSWORD, which
 * scripts/test.ts starts and sets. Fails with a clear message when they are missing.
 */
export async function testDriver(): Promise<Driver> {
  if (!process.env.NEO4J_URI) {
    throw new Error('NEO4J_URI is not set: run integration tests through "pnpm test" (it starts a test Neo4j), or set NEO4J_URI and NEO4J_PASSWORD');
  }
  return connect(connectionSettings(process.env));
}
