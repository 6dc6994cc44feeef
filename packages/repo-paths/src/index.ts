import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root: the nearest folder above this file that holds pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root (no pnpm-workspace.yaml above ' + fileURLToPath(import.meta.url) + ')');
    dir = parent;
  }
}

/** Git-ignored folder for local Neo4j instances: `.neo4j/<instance>/` (data, logs, password). */
export function neo4jStateDir(instance = 'default'): string {
  return join(repoRoot(), '.neo4j', instance);
}

/** Folder with the pom and launcher that fetch and run Neo4j. */
export function neo4jRuntimeDir(): string {
  return join(repoRoot(), 'scripts', 'neo4j');
}

/** Sample articles shipped in the repository (the user's own). */
export function samplesDir(): string {
  return join(repoRoot(), 'samples');
}

/** shared/ beside the checkout (corpus, scorer); may be absent. */
export function sharedDir(): string {
  return process.env.KG_SHARED_DIR ? resolve(process.env.KG_SHARED_DIR) : resolve(repoRoot(), '..', 'shared');
}
