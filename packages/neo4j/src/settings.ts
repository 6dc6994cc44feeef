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

export function localPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.KG_NEO4J_PORT;
  if (!raw) return DEFAULT_LOCAL_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`KG_NEO4J_PORT is not a port number: ${raw}`);
  return port;
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
  return { uri: `bolt://127.0.0.1:${localPort(env)}`, user: 'neo4j', password, database: env.NEO4J_DATABASE, local: true };
}
