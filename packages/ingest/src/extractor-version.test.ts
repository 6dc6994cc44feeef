import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { extractorVersion, extractPackageDir } from './extractor-version';

const scratch = mkdtempSync(join(tmpdir(), 'kg-extractor-version-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fakePackage(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'src', 'relate'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"name":"x"}');
  writeFileSync(join(dir, 'src', 'index.ts'), 'export {};');
  writeFileSync(join(dir, 'src', 'relate', 'rules.ts'), 'export const rule = 1;');
  writeFileSync(join(dir, 'data', 'states.json'), '[]');
  return dir;
}

describe('extractorVersion', () => {
  it('is stable for the same files and changes when a rule or a data file changes', () => {
    const a = fakePackage('a');
    const v = extractorVersion(a);
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    const b = join(scratch, 'b');
    cpSync(a, b, { recursive: true });
    expect(extractorVersion(b)).toBe(v); // the folder's own location does not count
    writeFileSync(join(b, 'src', 'relate', 'rules.ts'), 'export const rule = 2;');
    const afterRule = extractorVersion(b);
    expect(afterRule).not.toBe(v);
    writeFileSync(join(b, 'data', 'states.json'), '[{"id":"state:iraq"}]');
    expect(extractorVersion(b)).not.toBe(afterRule);
  });

  it('ignores tests and documentation', () => {
    const dir = fakePackage('c');
    const v = extractorVersion(dir);
    writeFileSync(join(dir, 'src', 'relate', 'rules.test.ts'), 'test');
    writeFileSync(join(dir, 'data', 'README.md'), '# notes');
    expect(extractorVersion(dir)).toBe(v);
  });

  it('finds the real extract package', () => {
    expect(extractorVersion(extractPackageDir())).toMatch(/^[0-9a-f]{16}$/);
  });
});
