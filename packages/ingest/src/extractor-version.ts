import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

// Ingest skips an article it has stored before only if the same extractor would produce its facts
// again. The version is a digest of what decides extraction results: the extract package's
// sources (tests excluded), its gazetteer data and its package.json. So any change to a rule or a
// gazetteer entry re-extracts every article on the next ingest, with nobody bumping a number.

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function contentFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...contentFiles(path));
    } else if (entry.isFile() && !/\.test\.ts$|\.md$/i.test(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

/** Digest (16 hex digits) of an extractor package folder's sources and data. */
export function extractorVersion(packageDir: string): string {
  const hash = createHash('sha256');
  const files = ['package.json', ...['src', 'data'].flatMap((sub) => contentFiles(join(packageDir, sub)).map((f) => relative(packageDir, f).split(sep).join('/')))];
  for (const file of files.sort(byCodeUnits)) {
    hash.update(file).update('\0').update(readFileSync(join(packageDir, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The folder of the @kg/extract package this process uses. */
export function extractPackageDir(): string {
  const entry = createRequire(import.meta.url).resolve('@kg/extract'); // <dir>/src/index.ts
  return dirname(dirname(entry));
}
