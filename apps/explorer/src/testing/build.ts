import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/explorer */
export const APP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_DIR = join(APP_DIR, 'dist');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** What the bundle is made of: the app's sources and config, graph-schema, the API's types. */
export function sourcesMtime(): number {
  const root = resolve(APP_DIR, '..', '..');
  return Math.max(
    newestMtime(join(APP_DIR, 'src')),
    newestMtime(join(APP_DIR, 'index.html')),
    newestMtime(join(APP_DIR, 'vite.config.ts')),
    newestMtime(join(APP_DIR, 'package.json')),
    newestMtime(join(root, 'graph-schema', 'src')),
    newestMtime(join(root, 'packages', 'api', 'src', 'types.ts')),
  );
}

/** True when dist/ is missing or older than a source file. */
export function distIsStale(): boolean {
  const index = join(DIST_DIR, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < sourcesMtime();
}

/** Runs `vite build` for the explorer when dist/ is missing or stale; returns whether it built. */
export function ensureBuilt(log: (line: string) => void = () => {}): boolean {
  if (!distIsStale()) return false;
  const require = createRequire(join(APP_DIR, 'package.json'));
  const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  log('building the explorer (vite build)…');
  execFileSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], { cwd: APP_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  return true;
}
