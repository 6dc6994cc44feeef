import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionResult } from '@kg/graph-schema';
import { repoRoot, sharedDir } from '@kg/repo-paths';
import { extract } from './extract';
import { scoreArticle, prf, total, type GoldArticle } from './eval/score';

const sample = JSON.parse(readFileSync(join(repoRoot(), 'samples', 'iraq-russia-quartet-2020-08-07.json'), 'utf8')) as GoldArticle;
const result = extract({ title: sample.title, body: sample.text, date: sample.date });
const byName = (name: string) => result.entities.find((e) => e.name === name);
const rel = (type: string, source: string, target: string) =>
  result.relations.find((r) => r.type === type && byId(r.source)?.name === source && byId(r.target)?.name === target);
const byId = (id: string) => result.entities.find((e) => e.id === id);

describe('extract on the sample article', () => {
  it('returns a result valid against the graph-schema type', () => {
    expect(() => ExtractionResult.parse(result)).not.toThrow();
    expect(result.article).toMatchObject({ lang: 'ar', date: '2020-08-07' });
  });
  it('gives every mention and evidence offsets that slice the text to what they claim', () => {
    for (const e of result.entities) for (const m of e.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.text);
    for (const r of result.relations) expect(result.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
  });
  it('finds the states, with nisba adjectives and capitals as their mentions', () => {
    const iraq = byName('Iraq')!;
    expect(iraq.id).toBe('state:iraq');
    const surfaces = iraq.mentions.map((m) => m.text);
    expect(surfaces).toEqual(expect.arrayContaining(['العراق', 'العراقي', 'بغداد']));
    expect(byName('Russia')!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['موسكو', 'الروسي']));
  });
  it('finds the weapons by their Arabic press spellings', () => {
    for (const w of ['Su-25', 'Mi-28', 'Mi-35', 'S-300', 'S-400']) expect(byName(w)?.type).toBe('Weapon');
  });
  it('states the acquisitions with their status', () => {
    expect(rel('ACQUIRES', 'Iraq', 'Su-25')?.status).toBe('delivered');
    expect(rel('ACQUIRES', 'Iraq', 'S-300')?.status).toBe('halted');
    expect(rel('SUPPLIED', 'Russia', 'Iraq')).toBeDefined();
  });
});

// Per-article floors on the gold dev corpus (../shared/corpus/dev); skipped where it is absent.
const devDir = join(sharedDir(), 'corpus', 'dev');
const FLOORS: Record<string, { entity: number; relation: number }> = {};
const DEFAULT_FLOOR = { entity: 0.5, relation: 0.1 };
const haveDev = existsSync(devDir);
(haveDev ? describe : describe.skip)('dev corpus floors', () => {
  const files = haveDev ? readdirSync(devDir).filter((f) => f.endsWith('.json')) : [];
  it.each(files)('%s', (file) => {
    const gold = JSON.parse(readFileSync(join(devDir, file), 'utf8')) as GoldArticle;
    const s = scoreArticle(gold, extract({ title: gold.title, body: gold.text, date: gold.date }));
    const floor = FLOORS[file.replace(/\.json$/, '')] ?? DEFAULT_FLOOR;
    expect(prf(total(s.entities)).f1).toBeGreaterThanOrEqual(floor.entity);
    expect(prf(total(s.relations)).f1).toBeGreaterThanOrEqual(floor.relation);
  });
});
if (!haveDev) console.warn(`dev corpus floors skipped: no ${devDir}`);
