// Regenerates packages/extract/data/common-words-ar.json: the Arabic words (folded) frequent enough in
// real news (../shared/corpus/ant) that a token after an office title is a word, not a person's name.
// Words of the people the gazetteer knows and common given names are left out (they are names).  Run: pnpm exec tsx scripts/data/build-common-words.ts
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForSearch } from '@kg/extract';
import { repoRoot, sharedDir } from '@kg/repo-paths';

const MIN_COUNT = 150;
const dataDir = join(repoRoot(), 'packages', 'extract', 'data');
const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.txt') ? [join(d, n)] : []));

const texts = walk(join(sharedDir(), 'corpus', 'ant')).map((f) => normalizeForSearch(readFileSync(f, 'utf8').replace(/<[^>]+>/g, ' ')));
const counts = new Map<string, number>();
for (const text of texts) for (const w of text.match(/[\u0621-\u064A]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
const known = new Set<string>();
const addWords = (s: string) => normalizeForSearch(s).split(/[\s-]+/).forEach((w) => known.add(w));
for (const r of JSON.parse(readFileSync(join(dataDir, 'officials.json'), 'utf8')) as Record<string, unknown>[])
  for (const key of ['name', 'nameAr', 'aliasesEn', 'aliasesAr']) for (const s of ([] as unknown[]).concat(r[key] ?? [])) if (typeof s === 'string') addWords(s);
for (const n of JSON.parse(readFileSync(join(dataDir, 'given-names-ar.json'), 'utf8')) as string[]) addWords(n);
// A frequent word that mostly follows a first name is a surname the lists lack ("فلاديمير بوتن").
const afterName = new Map<string, number>();
for (const text of texts) {
  const words = text.match(/[\u0621-\u064A]+|[^\s\u0621-\u064A]+/g) ?? [];
  for (let i = 1; i < words.length; i++) if (known.has(words[i - 1]!)) afterName.set(words[i]!, (afterName.get(words[i]!) ?? 0) + 1);
}
const isSurname = (w: string, c: number) => (afterName.get(w) ?? 0) / c >= 0.3;
const common = [...counts.entries()].filter(([w, c]) => c >= MIN_COUNT && w.length >= 2 && !known.has(w) && !isSurname(w, c)).map(([w]) => w).sort();
writeFileSync(join(dataDir, 'common-words-ar.json'), JSON.stringify(common) + '\n');
console.log(`${common.length} common words (≥ ${MIN_COUNT} occurrences) written`);
