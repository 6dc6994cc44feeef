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
  it('meets the promised scores against its gold annotation', () => {
    const s = scoreArticle(sample, result);
    expect(prf(total(s.entities)).f1).toBeGreaterThanOrEqual(0.95);
    expect(prf(total(s.relations)).f1).toBeGreaterThanOrEqual(0.85);
  });
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
// Floors sit a little under what was measured, so a change that loses ground fails here. The sample
// article (the user's own) holds the product's promise: entity F1 ≥ 0.95, relation F1 ≥ 0.85.
const FLOORS: Record<string, { entity: number; relation: number }> = {
  'arab-league-150th-session-2018-09-11': { entity: 0.83, relation: 0.54 }, // measured 0.889 / 0.600
  'arab-nato-mesa-2018-09-28': { entity: 0.89, relation: 0.80 }, // measured 0.941 / 0.863
  'en-egypt-rafale-order-2021-05-05': { entity: 0.91, relation: 0.69 }, // measured 0.960 / 0.750
  'en-turkey-sweden-finland-nato-2022-06-28': { entity: 0.91, relation: 0.74 }, // measured 0.963 / 0.800
  'iraq-russia-quartet-2020-08-07': { entity: 0.95, relation: 0.88 }, // measured 0.978 / 0.943
  'israel-russia-iran-syria-2018-05-31': { entity: 0.95, relation: 0.83 }, // measured 1.000 / 0.897
  'nato-brussels-summit-declaration-2018-07-12': { entity: 0.95, relation: 0.86 }, // measured 1.000 / 0.923
  'russia-s300-delivery-syria-2018-10-03': { entity: 0.87, relation: 0.81 }, // measured 0.897 / 0.875
  'saudi-qatar-s400-warning-2018-06-02': { entity: 0.95, relation: 0.80 }, // measured 1.000 / 0.857
  'saudi-uk-typhoon-memorandum-2018-03-09': { entity: 0.95, relation: 0.81 }, // measured 1.000 / 0.875
  'sisi-putin-sochi-talks-2018-10-17': { entity: 0.77, relation: 0.84 }, // measured 0.824 / 0.909
  'us-korea-camp-humphreys-hq-2018-06-29': { entity: 0.95, relation: 0.84 }, // measured 1.000 / 0.900
  'us-turkey-patriot-s400-2018-07-16': { entity: 0.91, relation: 0.84 }, // measured 0.963 / 0.900

};
const DEFAULT_FLOOR = { entity: 0.75, relation: 0.4 };
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
