import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { neo4jStateDir } from '@kg/repo-paths';
import { LocalNeo4jError } from './errors';

/** Neo4j's default minimum (dbms.security.auth_minimum_password_length). */
export const MIN_PASSWORD_LENGTH = 8;

export interface PasswordOptions {
  env?: NodeJS.ProcessEnv;
  /** Defaults to .neo4j/<instance>/ (tests pass a temporary folder). */
  stateDir?: string;
}

export function passwordFile(instance = 'default', options: PasswordOptions = {}): string {
  return join(options.stateDir ?? neo4jStateDir(instance), 'password');
}

export function validatePassword(password: string, source: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new LocalNeo4jError('BAD_PASSWORD', `${source} is too short: Neo4j wants ${MIN_PASSWORD_LENGTH} characters at least.`);
  }
  if (/[\r\n]/.test(password)) throw new LocalNeo4jError('BAD_PASSWORD', `${source} contains a line break.`);
  return password;
}

function writeSecret(file: string, password: string, exclusive: boolean): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${password}\n`, { mode: 0o600, flag: exclusive ? 'wx' : 'w' });
  chmodSync(file, 0o600); // the mode above applies only when the file is created
}

/** The password the local instance uses: NEO4J_PASSWORD, else the kept file, else undefined. */
export function readPassword(instance = 'default', options: PasswordOptions = {}): string | undefined {
  const env = options.env ?? process.env;
  if (env.NEO4J_PASSWORD) return env.NEO4J_PASSWORD;
  const file = passwordFile(instance, options);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}

/**
 * The password for the local instance, kept in .neo4j/<instance>/password (mode 0600) so every
 * tool finds it. NEO4J_PASSWORD wins and is written there; otherwise the kept one is reused, or a
 * random one is generated at first start. The launcher sets the server's password to this value
 * on every start, so file and server never disagree.
 */
export function ensurePassword(instance = 'default', options: PasswordOptions = {}): string {
  const env = options.env ?? process.env;
  const file = passwordFile(instance, options);
  if (env.NEO4J_PASSWORD) {
    const wanted = validatePassword(env.NEO4J_PASSWORD, 'NEO4J_PASSWORD');
    if (!existsSync(file) || readFileSync(file, 'utf8').trim() !== wanted) writeSecret(file, wanted, false);
  } else if (!existsSync(file)) {
    try {
      writeSecret(file, randomBytes(18).toString('base64url'), true);
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  if ((statSync(file).mode & 0o777) !== 0o600) chmodSync(file, 0o600);
  return validatePassword(readFileSync(file, 'utf8').trim(), file);
}
