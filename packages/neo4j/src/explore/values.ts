import neo4j from 'neo4j-driver';
import type { Node, Relationship } from 'neo4j-driver';
import { NODE_LABELS, RELATION_TYPES, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '@kg/graph-schema';
import type { ExploreEdge, ExploreNode } from './types';

/** `:HOLDS_OFFICE|MEMBER_OF|…`: every extracted relation type (built from constants, never from input). */
export const RELATION_PATTERN = RELATION_TYPES.join('|');

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  return typeof value === 'number' ? value : Number(value ?? 0);
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

export function str(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

export function strList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The node's graph-schema label: the first of NODE_LABELS it carries (Entity itself is not one). */
export function nodeLabelOf(labels: readonly string[]): NodeLabel | null {
  for (const label of NODE_LABELS) if (labels.includes(label)) return label;
  return null;
}

export function isRelationshipType(type: string): type is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(type);
}

/** A graph-schema node as the explorer shows it; null for nodes outside the schema. */
export function toExploreNode(node: Node, degree: unknown = 0): ExploreNode | null {
  const label = nodeLabelOf(node.labels);
  const p = node.properties as Record<string, unknown>;
  const id = str(p.id);
  if (!label || !id) return null;
  return {
    id,
    label,
    name: str(label === 'Article' ? p.title : p.name) ?? id,
    nameAr: str(p.nameAr),
    degree: toNumber(degree),
    category: str(p.category),
    date: label === 'Article' ? str(p.date) : null,
  };
}

export function toExploreEdge(rel: Relationship, source: string, target: string): ExploreEdge | null {
  if (!isRelationshipType(rel.type)) return null;
  const p = rel.properties as Record<string, unknown>;
  return {
    id: rel.elementId,
    type: rel.type,
    source,
    target,
    firstSeen: str(p.firstSeen),
    lastSeen: str(p.lastSeen),
    articleCount: rel.type === 'MENTIONS' ? toNumber(p.count ?? 1) : toNumber(p.articleCount ?? 0),
    confidence: toNullableNumber(p.confidence),
    status: str(p.status),
    title: str(p.title),
  };
}
