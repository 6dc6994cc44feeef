// Extraction speed on one core over the real ANT corpus (../shared/corpus/ant), with what it found.
//   pnpm bench:extract [--limit N]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extract, readArticles } from '@kg/extract';
import { sharedDir } from '@kg/repo-paths';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else if (name.endsWith('.txt') || name.endsWith('.xml')) out.push(p);
  }
  return out.sort();
}

const corpus = join(sharedDir(), 'corpus', 'ant');
let files: string[];
try {
  files = listFiles(corpus);
} catch {
  console.log(`bench-extract: skipped, no corpus at ${corpus}`);
  process.exit(0);
}
const limitArg = process.argv.indexOf('--limit');
if (limitArg > 0) files = files.slice(0, Number(process.argv[limitArg + 1]));

// Read everything first so the timing is extraction alone.
const inputs = files.flatMap((f) => {
  try {
    return readArticles(readFileSync(f), f);
  } catch (e) {
    console.error(`skip ${f}: ${(e as Error).message}`);
    return [];
  }
});
const bytes = inputs.reduce((n, a) => n + Buffer.byteLength(a.title) + Buffer.byteLength(a.body), 0);
extract(inputs[0]!); // builds the gazetteer outside the timed loop

const entityCounts: Record<string, number> = {};
const relationCounts: Record<string, number> = {};
const t0 = process.hrtime.bigint();
for (const [i, a] of inputs.entries()) {
  const r = extract(a);
  for (const e of r.entities) entityCounts[e.type] = (entityCounts[e.type] ?? 0) + 1;
  for (const x of r.relations) relationCounts[x.type] = (relationCounts[x.type] ?? 0) + 1;
  if (process.stderr.isTTY && i % 1000 === 0) process.stderr.write(`\r${i}/${inputs.length}`);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
if (process.stderr.isTTY) process.stderr.write('\r');
console.log(`articles: ${inputs.length} from ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB of text`);
console.log(`time: ${seconds.toFixed(2)} s  →  ${(inputs.length / seconds).toFixed(0)} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (one core; target ≥ 200 articles/s)`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log('entities by type:', entityCounts);
console.log('relations by type:', relationCounts);
