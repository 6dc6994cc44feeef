import { z } from 'zod';

/** Entity node labels: what extraction finds in an article. */
export const ENTITY_TYPES = ['State', 'Official', 'Alliance', 'Weapon', 'Organization'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

/** Every node label in the graph: entities plus the articles they came from. */
export const NODE_LABELS = [...ENTITY_TYPES, 'Article'] as const;
export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;

/** Relationship types extracted from article sentences (meanings in shared/corpus/FORMAT.md). */
export const RELATION_TYPES = [
  'HOLDS_OFFICE',
  'MEMBER_OF',
  'PART_OF',
  'COOPERATES_WITH',
  'SUPPLIED',
  'ACQUIRES',
  'INVITED',
  'MET_WITH',
  'OPPOSES',
  'DEPLOYED_IN',
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

/** Article → entity; not extracted from a sentence but from the article as a whole. */
export const MENTIONS = 'MENTIONS' as const;
export const RELATIONSHIP_TYPES = [...RELATION_TYPES, MENTIONS] as const;
export const RelationshipType = z.enum(RELATIONSHIP_TYPES);
export type RelationshipType = z.infer<typeof RelationshipType>;

/** Relations whose direction carries no meaning: scoring and merging treat (a,b) as (b,a). */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(['COOPERATES_WITH']);
/** MET_WITH is symmetric only between two officials. */
export function isSymmetric(type: RelationType, sourceType: EntityType, targetType: EntityType): boolean {
  if (SYMMETRIC_RELATIONS.has(type)) return true;
  return type === 'MET_WITH' && sourceType === 'Official' && targetType === 'Official';
}

const ANY: readonly EntityType[] = ENTITY_TYPES;
const ACTORS: readonly EntityType[] = ['State', 'Organization'];
// An alliance acts as a whole too: NATO's partnerships (with Ukraine, Afghanistan) and its missions abroad.
const ACTORS_OR_ALLIANCE: readonly EntityType[] = [...ACTORS, 'Alliance'];

/** Allowed (source, target) entity types per relation type. */
export const RELATION_ENDPOINTS: Record<RelationType, { source: readonly EntityType[]; target: readonly EntityType[] }> = {
  // The gold data also ties officials to alliances (NATO's Secretary General), so Alliance is allowed.
  HOLDS_OFFICE: { source: ['Official'], target: ['State', 'Organization', 'Alliance'] },
  MEMBER_OF: { source: ACTORS, target: ['Alliance'] },
  PART_OF: { source: ['Organization'], target: ['State', 'Organization', 'Alliance'] },
  COOPERATES_WITH: { source: ACTORS_OR_ALLIANCE, target: ACTORS_OR_ALLIANCE },
  SUPPLIED: { source: ACTORS, target: ACTORS },
  ACQUIRES: { source: ACTORS, target: ['Weapon'] },
  INVITED: { source: ANY, target: ['Official', 'State', 'Organization'] },
  MET_WITH: { source: ['Official'], target: ['Official', 'State', 'Organization'] },
  OPPOSES: { source: ANY, target: ANY },
  DEPLOYED_IN: { source: ACTORS_OR_ALLIANCE, target: ['State'] },
};

export function endpointsAllowed(type: RelationType, source: EntityType, target: EntityType): boolean {
  const rule = RELATION_ENDPOINTS[type];
  return rule.source.includes(source) && rule.target.includes(target);
}

/** ACQUIRES.status: how far the acquisition got, as the article reports it. */
export const ACQUISITION_STATUSES = ['delivered', 'ordered', 'negotiating', 'halted', 'considered'] as const;
export const AcquisitionStatus = z.enum(ACQUISITION_STATUSES);
export type AcquisitionStatus = z.infer<typeof AcquisitionStatus>;

/** Weapon categories used by the gazetteer and shown in the view. */
export const WEAPON_CATEGORIES = [
  'combat-aircraft',
  'transport-aircraft',
  'helicopter',
  'air-defence',
  'missile',
  'drone',
  'armour',
  'artillery',
  'ship',
  'submarine',
  'small-arms',
  'other',
] as const;
export const WeaponCategory = z.enum(WEAPON_CATEGORIES);
export type WeaponCategory = z.infer<typeof WeaponCategory>;

export const LANGUAGES = ['ar', 'en', 'mixed'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;
