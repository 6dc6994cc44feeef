/**
 * Test support for ingest (not exported by the package): hand-written extraction results, a
 * generated corpus of pre-extracted articles, and a canonical dump of the graph to compare runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionResult } from '@kg/graph-schema';
import type { AcquisitionStatus, EntityType, ExtractedEntity, ExtractedRelation, RelationType } from '@kg/graph-schema';
import type { ConnectionSettings } from '@kg/neo4j';
import { seededRandom as prng } from '@kg/seeded-random';

/**
 * The Neo4j the integration tests may wipe: only one named explicitly by NEO4J_URI (scripts/test.ts
 * starts one), never the local default instance with the user's graph. Null when none is set.
 */
export function testNeo4jSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings | null {
  if (!env.NEO4J_URI || !env.NEO4J_PASSWORD) return null;
  return { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE, local: false };
}

export const SKIP_MESSAGE = 'ingest integration tests skipped: set NEO4J_URI and NEO4J_PASSWORD to a Neo4j they may wipe (pnpm test starts one)';

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  nameAr?: string;
  aliases?: string[];
  gazetteer?: boolean;
  /** The surface form written into the text (default: nameAr ?? name). */
  surface?: string;
}

export interface RelationSpec {
  type: RelationType;
  source: string;
  target: string;
  confidence?: number;
  status?: AcquisitionStatus;
  title?: string;
}

export interface ArticleSpec {
  title: string;
  date?: string;
  lang?: 'ar' | 'en' | 'mixed';
  source?: string;
  docId?: string;
  entities: EntitySpec[];
  relations: RelationSpec[];
  /** Extra text appended (e.g. to change an article without changing its facts). */
  extra?: string;
}

/** Builds a valid ExtractionResult: one sentence per relation, mentions and evidence at real offsets. */
export function makeExtraction(spec: ArticleSpec): ExtractionResult {
  const surface = new Map(spec.entities.map((e) => [e.id, e.surface ?? e.nameAr ?? e.name]));
  const parts: string[] = [spec.title, '\n\n'];
  let offset = spec.title.length + 2;
  const evidence: { start: number; end: number; sentence: string }[] = [];
  for (const r of spec.relations) {
    const sentence = `${surface.get(r.source) ?? r.source} — ${r.type.toLowerCase()} — ${surface.get(r.target) ?? r.target}.`;
    evidence.push({ start: offset, end: offset + sentence.length, sentence });
    parts.push(sentence, ' ');
    offset += sentence.length + 1;
  }
  const mentionedOnly = spec.entities.filter((e) => !spec.relations.some((r) => r.source === e.id || r.target === e.id));
  for (const e of mentionedOnly) {
    const s = `${surface.get(e.id)} .`;
    parts.push(s, ' ');
    offset += s.length + 1;
  }
  if (spec.extra) parts.push(spec.extra);
  const text = parts.join('');
  const entities: ExtractedEntity[] = spec.entities.map((e) => {
    const form = surface.get(e.id)!;
    const mentions = [];
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) mentions.push({ text: form, start: i, end: i + form.length });
    return { id: e.id, type: e.type, name: e.name, nameAr: e.nameAr, aliases: e.aliases ?? [], fromGazetteer: e.gazetteer ?? false, mentions };
  });
  const relations: ExtractedRelation[] = spec.relations.map((r, i) => ({
    type: r.type,
    source: r.source,
    target: r.target,
    confidence: r.confidence ?? 0.8,
    evidence: evidence[i]!,
    ...(r.status ? { status: r.status } : {}),
    ...(r.title ? { title: r.title } : {}),
  }));
  return ExtractionResult.parse({
    article: { title: spec.title, date: spec.date, lang: spec.lang ?? 'ar', source: spec.source ?? 'Fixture News', docId: spec.docId },
    text,
    entities,
    relations,
  });
}

export function writeExtraction(dir: string, name: string, ...specs: ArticleSpec[]): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  const results = specs.map(makeExtraction);
  writeFileSync(file, JSON.stringify(results.length === 1 ? results[0] : results, null, 1));
  return file;
}

// ---- a generated corpus -------------------------------------------------------------------

export const STATES: EntitySpec[] = [
  { id: 'state:iraq', type: 'State', name: 'Iraq', nameAr: 'العراق', aliases: ['عراقي'], gazetteer: true },
  { id: 'state:russia', type: 'State', name: 'Russia', nameAr: 'روسيا', aliases: ['موسكو'], gazetteer: true },
  { id: 'state:iran', type: 'State', name: 'Iran', nameAr: 'إيران', gazetteer: true },
  { id: 'state:syria', type: 'State', name: 'Syria', nameAr: 'سوريا', gazetteer: true },
  { id: 'state:turkey', type: 'State', name: 'Turkey', nameAr: 'تركيا', gazetteer: true },
  { id: 'state:egypt', type: 'State', name: 'Egypt', nameAr: 'مصر', gazetteer: true },
];
export const WEAPONS: EntitySpec[] = [
  { id: 'weapon:su-25', type: 'Weapon', name: 'Su-25', aliases: ['سوخوي 25'], gazetteer: true },
  { id: 'weapon:s-400', type: 'Weapon', name: 'S-400', aliases: ['إس 400'], gazetteer: true },
  { id: 'weapon:mi-28', type: 'Weapon', name: 'Mi-28', gazetteer: true },
];
/** The same people under different ids and spellings: resolution must meet them. */
export const OFFICIAL_VARIANTS: EntitySpec[][] = [
  [
    { id: 'official:qasim-al-araji', type: 'Official', name: 'Qasim al-Araji', aliases: ['قاسم الأعرجي', 'الأعرجي'], surface: 'قاسم الأعرجي' },
    { id: 'official:al-araji', type: 'Official', name: 'الاعرجي', aliases: [], surface: 'الاعرجي' },
    { id: 'official:qasim-al-aaraji', type: 'Official', name: 'Qasim Al-Aaraji', aliases: ['قاسم الاعرجي'], surface: 'قاسم الاعرجي' },
  ],
  [
    { id: 'official:sergei-lavrov', type: 'Official', name: 'Sergei Lavrov', aliases: ['سيرغي لافروف', 'لافروف'], surface: 'سيرغي لافروف' },
    { id: 'official:lavrov', type: 'Official', name: 'لافروف', surface: 'لافروف' },
  ],
  [
    { id: 'official:hakan-fidan', type: 'Official', name: 'Hakan Fidan', aliases: ['هاكان فيدان'], surface: 'هاكان فيدان' },
    { id: 'official:fidan', type: 'Official', name: 'فيدان', aliases: ['هاكان فيدان'], surface: 'فيدان' },
  ],
];
export const ORGANIZATIONS: EntitySpec[] = [
  { id: 'organization:isis', type: 'Organization', name: 'ISIS', aliases: ['داعش'], surface: 'داعش' },
  { id: 'organization:quartet-information-centre', type: 'Organization', name: 'Quartet information centre', aliases: ['المركز المعلوماتي الرباعي'], surface: 'المركز المعلوماتي الرباعي' },
];
export const ALLIANCES: EntitySpec[] = [{ id: 'alliance:quartet', type: 'Alliance', name: 'Quartet alliance', aliases: ['التحالف الرباعي'], surface: 'التحالف الرباعي' }];


const STATUSES: AcquisitionStatus[] = ['considered', 'negotiating', 'ordered', 'delivered', 'halted'];

/** `count` article specs with overlapping entities, variant spellings and every merge case. */
export function generateCorpus(count: number, seed = 7): ArticleSpec[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const specs: ArticleSpec[] = [];
  for (let i = 0; i < count; i++) {
    const entities = new Map<string, EntitySpec>();
    const relations: RelationSpec[] = [];
    const use = (e: EntitySpec) => (entities.set(e.id, e), e.id);
    const two = () => {
      const a = pick(STATES);
      let b = pick(STATES);
      while (b.id === a.id) b = pick(STATES);
      return [use(a), use(b)] as const;
    };
    const official = () => use(pick(pick(OFFICIAL_VARIANTS)));
    const n = 2 + Math.floor(rand() * 4);
    for (let k = 0; k < n; k++) {
      switch (Math.floor(rand() * 8)) {
        case 0: {
          const [a, b] = two();
          relations.push({ type: 'COOPERATES_WITH', source: a, target: b, confidence: 0.5 + rand() / 2 });
          break;
        }
        case 1:
          relations.push({ type: 'ACQUIRES', source: use(pick(STATES)), target: use(pick(WEAPONS)), status: pick(STATUSES), confidence: 0.6 });
          break;
        case 2:
          relations.push({ type: 'HOLDS_OFFICE', source: official(), target: use(pick(STATES)), title: pick(['Minister', 'Adviser', 'Envoy']) });
          break;
        case 3: {
          const a = official();
          let b = official();
          if (a === b) b = use(OFFICIAL_VARIANTS[(OFFICIAL_VARIANTS.findIndex((v) => v.some((e) => e.id === a)) + 1) % OFFICIAL_VARIANTS.length]![0]!);
          relations.push({ type: 'MET_WITH', source: a, target: b });
          break;
        }
        case 4:
          relations.push({ type: 'MET_WITH', source: official(), target: use(pick(STATES)) });
          break;
        case 5: {
          const [a, b] = two();
          relations.push({ type: 'SUPPLIED', source: a, target: b, confidence: 0.7 });
          break;
        }
        case 6:
          relations.push({ type: 'MEMBER_OF', source: use(pick(STATES)), target: use(ALLIANCES[0]!) });
          relations.push({ type: 'PART_OF', source: use(ORGANIZATIONS[1]!), target: use(ALLIANCES[0]!) });
          break;
        default:
          relations.push({ type: 'OPPOSES', source: use(pick(STATES)), target: use(ORGANIZATIONS[0]!), confidence: 0.9 });
      }
    }
    // Drop relations whose two ends resolved to one person (variants of the same official).
    const kept = relations.filter((r) => r.source !== r.target);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    specs.push({
      title: `خبر رقم ${i + 1}`,
      date: rand() < 0.1 ? undefined : `${2018 + Math.floor(rand() * 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      docId: `fx-${String(i + 1).padStart(3, '0')}`,
      entities: [...entities.values()],
      relations: kept,
    });
  }
  return specs;
}

/** Writes a generated corpus as one pre-extracted JSON file per article; returns the folder. */
export function writeCorpus(dir: string, specs: readonly ArticleSpec[]): string {
  specs.forEach((s, i) => writeExtraction(dir, `${String(i + 1).padStart(3, '0')}.json`, s));
  return dir;
}

// ---- a canonical dump ----------------------------------------------------------------------

/** Sorted lines of every node and relationship with properties (see @kg/neo4j). */
export { canonicalDump } from '@kg/neo4j';
