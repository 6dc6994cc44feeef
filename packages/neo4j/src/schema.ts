import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { SCHEMA_STATEMENTS } from '@kg/graph-schema';
import { databaseOf, toAccessError } from './transactions';

export interface ApplySchemaOptions {
  /** How long to wait for new indexes to come online, seconds (default 300). */
  awaitIndexesSeconds?: number;
  /** Statements to run instead of graph-schema's SCHEMA_STATEMENTS (tests). */
  statements?: readonly string[];
}

export interface SchemaReport {
  statements: number;
  constraints: string[];
  indexes: string[];
}

/**
 * Creates the constraints and indexes of @kg/graph-schema (every statement is IF NOT EXISTS, so
 * running it again changes nothing), then waits until every index is ONLINE: a full-text query
 * straight after a fresh start would otherwise see an index still POPULATING.
 */
export async function applySchema(driver: Driver, options: ApplySchemaOptions = {}): Promise<SchemaReport> {
  const statements = options.statements ?? SCHEMA_STATEMENTS;
  const session = driver.session({ database: databaseOf(driver), defaultAccessMode: 'WRITE' });
  try {
    // Schema commands run as auto-commit statements: one per transaction, none mixed with data writes.
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(options.awaitIndexesSeconds ?? 300) });
  } catch (error) {
    throw toAccessError(error);
  } finally {
    await session.close();
  }
  const { constraints, indexes } = await listSchema(driver);
  return { statements: statements.length, constraints, indexes };
}

/** Names of the database's constraints and indexes (indexes include the ones backing constraints). */
export async function listSchema(driver: Driver): Promise<{ constraints: string[]; indexes: string[] }> {
  const session = driver.session({ database: databaseOf(driver), defaultAccessMode: 'READ' });
  try {
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    const indexes = await session.run('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    return {
      constraints: constraints.records.map((r) => r.get('name') as string),
      indexes: indexes.records.map((r) => r.get('name') as string),
    };
  } catch (error) {
    throw toAccessError(error);
  } finally {
    await session.close();
  }
}
