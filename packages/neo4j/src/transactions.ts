import type { Driver, ManagedTransaction } from 'neo4j-driver';

// The database each driver's sessions use (settings.database, else the server's default).
const databases = new WeakMap<Driver, string | undefined>();

/** Called by openDriver: sessions of this driver then use `database`. */
export function rememberDatabase(driver: Driver, database: string | undefined): void {
  databases.set(driver, database || undefined);
}

/** The database name sessions of this driver use (undefined = the server's default database). */
export function databaseOf(driver: Driver): string | undefined {
  return databases.get(driver);
}

/** What kind of failure a Neo4jAccessError reports; callers branch on this, not on messages. */
export type AccessErrorKind =
  | 'unavailable' // server not reachable / connection lost (already retried by the driver)
  | 'auth' // wrong user or password, or too many failed attempts
  | 'read-only' // a write attempted in a read transaction
  | 'timeout' // the transaction ran longer than its timeout
  | 'syntax' // Cypher the server cannot parse or plan
  | 'constraint' // a uniqueness or other schema constraint was violated
  | 'transient' // deadlock, leader change, memory pressure ... still failing after the retries
  | 'client' // any other error the server blames on the request
  | 'database'; // an error inside the server

/** The one error type the access layer throws for Neo4j failures; `cause` holds the driver's error. */
export class Neo4jAccessError extends Error {
  override readonly name = 'Neo4jAccessError';
  constructor(
    message: string,
    readonly kind: AccessErrorKind,
    /** The server's status code (e.g. Neo.ClientError.Statement.AccessMode) or the driver's. */
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function codeOf(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Classifies a driver/server error; returns anything that is not a Neo4j error unchanged. */
export function toAccessError(error: unknown): unknown {
  if (error instanceof Neo4jAccessError) return error;
  const code = codeOf(error);
  if (!code) return error;
  const original = messageOf(error);
  const make = (kind: AccessErrorKind, message: string) => new Neo4jAccessError(message, kind, code, { cause: error });
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return make('unavailable', `Neo4j is not reachable (is the server running? for the local one: pnpm neo4j start): ${original}`);
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return make('auth', `Neo4j refused the login: too many failed attempts, wait a few seconds (${original})`);
    }
    if (code === 'Neo.ClientError.Security.Unauthorized') {
      return make('auth', `Neo4j refused the user name or password (${code})`);
    }
    return make('auth', `Neo4j refused access: ${original} (${code})`);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return make('read-only', `write refused in a read-only transaction: ${original}`);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || (code === 'Neo.TransientError.Transaction.Terminated' && /timeout|timed out/i.test(original))) {
    return make('timeout', `the transaction timed out: ${original}`);
  }
  if (code.startsWith('Neo.ClientError.Statement.Syntax') || code === 'Neo.ClientError.Statement.SemanticError' || code === 'Neo.ClientError.Statement.ParameterMissing') {
    return make('syntax', `${original} (${code})`);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return make('constraint', `${original} (${code})`);
  if (code.startsWith('Neo.TransientError.')) return make('transient', `${original} (${code}; still failing after retries)`);
  if (code.startsWith('Neo.ClientError.')) return make('client', `${original} (${code})`);
  if (code.startsWith('Neo.DatabaseError.')) return make('database', `${original} (${code})`);
  return error;
}

export interface TxOptions {
  /** Server-side limit for one attempt of the transaction, ms (default 60 s). */
  timeoutMs?: number;
  /** Database name; default: the driver's (settings.database) or the server's default. */
  database?: string;
  /** Shown by SHOW TRANSACTIONS and in the query log. */
  metadata?: Record<string, unknown>;
}

export const DEFAULT_TX_TIMEOUT_MS = 60_000;

async function runTx<T>(
  driver: Driver,
  mode: 'READ' | 'WRITE',
  work: (tx: ManagedTransaction) => Promise<T>,
  options: TxOptions,
): Promise<T> {
  const session = driver.session({ database: options.database ?? databaseOf(driver), defaultAccessMode: mode });
  const config = { timeout: options.timeoutMs ?? DEFAULT_TX_TIMEOUT_MS, metadata: options.metadata };
  try {
    // executeRead/executeWrite retry transient and connection errors with exponential backoff
    // (jittered, until the driver's maxTransactionRetryTime); `work` may therefore run more than once.
    return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
  } catch (error) {
    throw toAccessError(error);
  } finally {
    await session.close();
  }
}

/** Runs `work` in a read transaction (writes are refused by the server); retried on transient errors. */
export function readTx<T>(driver: Driver, work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
  return runTx(driver, 'READ', work, options);
}

/** Runs `work` in a write transaction, committed when `work` resolves; retried on transient errors. */
export function writeTx<T>(driver: Driver, work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
  return runTx(driver, 'WRITE', work, options);
}
