import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@kg/repo-paths';

// The real command, as the README documents it: pnpm -s kg extract … (here: tsx scripts/kg.ts).
function kg(args: string[]) {
  const root = repoRoot();
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'kg.ts'), ...args], { encoding: 'utf8', cwd: root });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kg extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  const good = join(dir, 'good-article.txt');
  writeFileSync(good, 'موسكو تسلم دمشق منظومة إس-300\n\n3 أكتوبر 2018\n\nأعلنت روسيا تسليم سوريا منظومة الدفاع الجوي إس-300.\n');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'image.png');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x41]));

  it('writes DIR/<name>.json per good file, one line per bad file, exit status 1, no stack trace', () => {
    const out = join(dir, 'out');
    const r = kg(['extract', '--out', out, empty, good, binary, latin1, join(dir, 'missing.txt')]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([`kg: ${empty}: empty file`, `kg: ${binary}: binary file (contains NUL bytes)`, `kg: ${latin1}: not valid UTF-8 text`, `kg: ${join(dir, 'missing.txt')}: no such file`]),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const result = JSON.parse(readFileSync(join(out, 'good-article.json'), 'utf8'));
    expect(result.article).toMatchObject({ date: '2018-10-03', lang: 'ar' });
    expect(result.relations.some((x: { type: string }) => x.type === 'ACQUIRES')).toBe(true);
    expect(existsSync(join(out, 'empty.json'))).toBe(false);
  }, 30_000);

  it('prints one result to stdout with --json', () => {
    const r = kg(['extract', '--json', good]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.entities.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['Russia', 'Syria', 'S-300']));
  }, 30_000);

  it('refuses files over --max-bytes', () => {
    const r = kg(['extract', '--json', '--max-bytes', '10', good]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/too large: \d+ bytes \(limit 10\)/);
  }, 30_000);
});
