import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { neo4jStateDir } from '@kg/repo-paths';

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** True when we run the server ourselves (scripts/neo4j); false for NEO4J_URI servers. */
  local: boolean;
}

export const DEFAULT_LOCAL_PORT = 7687;

/** Parses a TCP port number (1-65535); `what` names its source in the error message. */
export function parsePort(raw: string | number, what = 'port'): number {
  const port = typeof raw === 'number' ? raw : /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${what} is not a port number (1-65535): ${raw}`);
  return port;
}

/**
 * The local server's Bolt port: KG_NEO4J_PORT, else (given an instance) the port the running
 * instance recorded when it started (see localPortFile), else 7687.
 */
export function localPort(env: NodeJS.ProcessEnv = process.env, instance?: string): number {
  const raw = env.KG_NEO4J_PORT;
  if (raw) return parsePort(raw, 'KG_NEO4J_PORT');
  if (instance !== undefined) {
    const file = localPortFile(instance);
    if (existsSync(file)) {
      const recorded = readFileSync(file, 'utf8').trim();
      if (recorded) return parsePort(recorded, file);
    }
  }
  return DEFAULT_LOCAL_PORT;
}

/** Written by the local server's launcher while it runs: the port it listens on. */
export function localPortFile(instance = 'default'): string {
  return join(neo4jStateDir(instance), 'port');
}

/** Where the local server's generated password is kept (mode 0600, beside its data). */
export function localPasswordFile(instance = 'default'): string {
  return join(neo4jStateDir(instance), 'password');
}

/**
 * NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) selects an external server; otherwise
 * the local one on 127.0.0.1:KG_NEO4J_PORT, whose password is NEO4J_PASSWORD or the kept file.
 */
export function connectionSettings(env: NodeJS.ProcessEnv = process.env, instance = 'default'): ConnectionSettings {
  if (env.NEO4J_URI) {
    if (!env.NEO4J_PASSWORD) throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not');
    return { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE, local: false };
  }
  const file = localPasswordFile(instance);
  const password = env.NEO4J_PASSWORD ?? (existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined);
  if (!password) throw new Error(`no Neo4j password: set NEO4J_PASSWORD or start the local server once (pnpm neo4j start), which keeps one in ${file}`);
  return { uri: `bolt://127.0.0.1:${localPort(env, instance)}`, user: 'neo4j', password, database: env.NEO4J_DATABASE, local: true };
}
