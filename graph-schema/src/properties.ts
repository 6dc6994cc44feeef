import { z } from 'zod';
import { AcquisitionStatus, EntityType, Language, WeaponCategory } from './labels';

/** Properties of an entity node as stored (Neo4j holds no maps: lists and scalars only). */
export const EntityNodeProps = z.object({
  id: z.string(),
  name: z.string(),
  nameAr: z.string().nullable().optional(),
  aliases: z.array(z.string()),
  /** Normal forms of name and aliases (see normalizeForSearch in @kg/extract): entity resolution keys. */
  searchKeys: z.array(z.string()),
  /** name, nameAr and aliases in one string: what the full-text index reads. */
  searchText: z.string(),
  fromGazetteer: z.boolean(),
  category: WeaponCategory.nullable().optional(),
});
export type EntityNodeProps = z.infer<typeof EntityNodeProps>;

export const ArticleNodeProps = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable().optional(),
  lang: Language,
  source: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  path: z.string().nullable().optional(),
  contentHash: z.string(),
  /** Which extractor (rules and gazetteer) produced this article's facts; null for pre-extracted input. */
  extractor: z.string().nullable().optional(),
  text: z.string(),
  ingestedAt: z.string(),
});
export type ArticleNodeProps = z.infer<typeof ArticleNodeProps>;

/** One article's support for a relationship. Stored JSON-encoded in `evidenceJson` (a list of these). */
export const EvidenceRecord = z.object({
  articleId: z.string(),
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  date: z.string().nullable().optional(),
  confidence: z.number(),
  status: AcquisitionStatus.optional(),
  title: z.string().optional(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

/**
 * Reads a stored evidenceJson. Lenient on purpose: a record that does not fit the schema (say,
 * written by an older version) is skipped, and anything that is not a JSON list gives none, so
 * one bad relationship never stops an ingest or a side panel.
 */
export function parseEvidenceJson(json: unknown): EvidenceRecord[] {
  if (typeof json !== 'string' || !json) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: EvidenceRecord[] = [];
  for (const item of raw) {
    const parsed = EvidenceRecord.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Properties on every extracted relationship: its provenance, merged across articles. */
export const RelationshipProps = z.object({
  articleIds: z.array(z.string()),
  articleCount: z.number().int(),
  evidenceJson: z.string(),
  firstSeen: z.string().nullable().optional(),
  lastSeen: z.string().nullable().optional(),
  confidence: z.number(),
  /** ACQUIRES only: the latest article's status, and every article's in date order. */
  status: AcquisitionStatus.nullable().optional(),
  statusHistoryJson: z.string().nullable().optional(),
  /** HOLDS_OFFICE only. */
  title: z.string().nullable().optional(),
});
export type RelationshipProps = z.infer<typeof RelationshipProps>;

export const MentionsProps = z.object({ count: z.number().int().positive() });
export type MentionsProps = z.infer<typeof MentionsProps>;

export const EntityRef = z.object({ id: z.string(), type: EntityType });
export type EntityRef = z.infer<typeof EntityRef>;
