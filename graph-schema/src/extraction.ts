import { z } from 'zod';
import { AcquisitionStatus, EntityType, Language, RelationType, WeaponCategory } from './labels';

/** A character range in the article's original text (UTF-16 offsets, end exclusive). */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, 'end must not precede start');
export type Span = z.infer<typeof Span>;

export const Mention = z.object({ text: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Mention = z.infer<typeof Mention>;

/** Stable entity ids look like `state:iraq`, `weapon:su-25`, `official:qasim-al-araji`. */
export const EntityId = z.string().regex(/^[a-z]+:[^\s]+$/u, 'entity id must be "<type>:<slug>"');
export type EntityId = z.infer<typeof EntityId>;

export const ExtractedEntity = z.object({
  id: EntityId,
  type: EntityType,
  /** Canonical English name. */
  name: z.string().min(1),
  /** Canonical Arabic name when known. */
  nameAr: z.string().optional(),
  /** Every other name: surface forms seen in the article plus gazetteer variants. */
  aliases: z.array(z.string()),
  /** True when the entity comes from the gazetteer (its id is stable across articles). */
  fromGazetteer: z.boolean(),
  category: WeaponCategory.optional(),
  mentions: z.array(Mention),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntity>;

export const Evidence = z.object({
  /** The sentence that states the relation, verbatim from the article. */
  sentence: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ExtractedRelation = z.object({
  type: RelationType,
  source: EntityId,
  target: EntityId,
  confidence: z.number().min(0).max(1),
  evidence: Evidence,
  status: AcquisitionStatus.optional(),
  title: z.string().optional(),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelation>;

export const ArticleMeta = z.object({
  title: z.string(),
  /** ISO date (YYYY-MM-DD) when the article gives one. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  lang: Language,
  source: z.string().optional(),
  url: z.string().optional(),
  /** Document id from the input (TREC DOCNO, JSON id) when it has one. */
  docId: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** What the extraction core returns for one article; also the prediction format of FORMAT.md. */
export const ExtractionResult = z.object({
  article: ArticleMeta,
  /** The text offsets refer to: the article body as read (title first line when the input has one). */
  text: z.string(),
  entities: z.array(ExtractedEntity),
  relations: z.array(ExtractedRelation),
});
export type ExtractionResult = z.infer<typeof ExtractionResult>;
