import { describe, expect, test, afterEach } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePassword, passwordFile, readPassword } from './password';
import { LocalNeo4jError } from './errors';

const dirs: string[] = [];
function tempStateDir(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kg-pw-')), 'instance');
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(join(dir, '..'), { recursive: true, force: true });
});

const mode = (file: string) => statSync(file).mode & 0o777;

describe('ensurePassword', () => {
  test('generates a password at first start, keeps it with mode 0600 and reuses it', () => {
    const stateDir = tempStateDir();
    const first = ensurePassword('x', { env: {}, stateDir });
    const file = passwordFile('x', { stateDir });
    expect(first.length).toBeGreaterThanOrEqual(16);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(mode(file)).toBe(0o600);
    expect(mode(stateDir)).toBe(0o700);
    expect(ensurePassword('x', { env: {}, stateDir })).toBe(first);
    expect(readPassword('x', { env: {}, stateDir })).toBe(first);
  });

  test('two state folders get different random passwords', () => {
    expect(ensurePassword('a', { env: {}, stateDir: tempStateDir() })).not.toBe(ensurePassword('b', { env: {}, stateDir: tempStateDir() }));
  });

  test('NEO4J_PASSWORD wins and is kept in the file, still 0600', () => {
    const stateDir = tempStateDir();
    ensurePassword('x', { env: {}, stateDir });
    expect(ensurePassword('x', { env: { NEO4J_PASSWORD: 'chosen-secret' }, stateDir })).toBe('chosen-secret');
    const file = passwordFile('x', { stateDir });
    expect(readFileSync(file, 'utf8').trim()).toBe('chosen-secret');
    expect(mode(file)).toBe(0o600);
    // Later tools without the variable read the same password back.
    expect(readPassword('x', { env: {}, stateDir })).toBe('chosen-secret');
  });

  test('a kept file with loose permissions is tightened to 0600', () => {
    const stateDir = tempStateDir();
    const pw = ensurePassword('x', { env: {}, stateDir });
    const file = passwordFile('x', { stateDir });
    chmodSync(file, 0o644);
    expect(ensurePassword('x', { env: {}, stateDir })).toBe(pw);
    expect(mode(file)).toBe(0o600);
  });

  test('refuses passwords Neo4j would refuse (shorter than 8 characters)', () => {
    const stateDir = tempStateDir();
    expect(() => ensurePassword('x', { env: { NEO4J_PASSWORD: 'short' }, stateDir })).toThrow(LocalNeo4jError);
    expect(() => ensurePassword('x', { env: { NEO4J_PASSWORD: 'short' }, stateDir })).toThrow(/8 characters/);
    ensurePassword('x', { env: {}, stateDir });
    writeFileSync(passwordFile('x', { stateDir }), 'abc\n');
    expect(() => ensurePassword('x', { env: {}, stateDir })).toThrow(/too short/);
  });
});
