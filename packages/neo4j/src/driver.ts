import neo4j from 'neo4j-driver';
import type { Driver, ServerInfo } from 'neo4j-driver';
import type { ConnectionSettings } from './settings';
import { Neo4jAccessError, databaseOf, rememberDatabase, toAccessError } from './transactions';

export type { Driver } from 'neo4j-driver';

export interface DriverOptions {
  /** Connections kept per server (default 20: ingest and the API never need more on one machine). */
  maxConnectionPoolSize?: number;
  /** How long to wait for a free pooled connection, ms (default 30 s). */
  connectionAcquisitionTimeoutMs?: number;
  /** TCP connect + handshake limit, ms (default 10 s). */
  connectionTimeoutMs?: number;
  /** How long executeRead/executeWrite keep retrying transient failures, ms (default 15 s). */
  maxTransactionRetryTimeMs?: number;
}

/** Opens a driver for the given settings. Opening does not connect: call verifyConnectivity. */
export function openDriver(settings: ConnectionSettings, options: DriverOptions = {}): Driver {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 20,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 30_000,
    connectionTimeout: options.connectionTimeoutMs ?? 10_000,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 15_000,
    userAgent: 'kg-security-news',
  });
  rememberDatabase(driver, settings.database);
  return driver;
}

/**
 * Connects once and authenticates; resolves with the server's address and version or rejects
 * with a Neo4jAccessError whose message says what went wrong (unreachable, wrong password, ...).
 */
export async function verifyConnectivity(driver: Driver): Promise<ServerInfo> {
  try {
    return await driver.getServerInfo({ database: databaseOf(driver) });
  } catch (error) {
    throw toAccessError(error);
  }
}

/** openDriver + verifyConnectivity; closes the driver again when the check fails. */
export async function connect(settings: ConnectionSettings, options: DriverOptions = {}): Promise<Driver> {
  const driver = openDriver(settings, options);
  try {
    await verifyConnectivity(driver);
  } catch (error) {
    await driver.close();
    if (error instanceof Neo4jAccessError) error.message = `${settings.uri}: ${error.message}`;
    throw error;
  }
  return driver;
}
