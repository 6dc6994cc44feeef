import neo4j from 'neo4j-driver';
import { NODE_LABELS, RELATION_TYPES, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '@kg/graph-schema';
import type { ExploreEdge, ExploreNode } from './types';

/** `:HOLDS_OFFICE|MEMBER_OF|…`: every extracted relation type (built from constants, never from input). */
export const RELATION_PATTERN = RELATION_TYPES.join('|');

/** What toExploreNode reads: a driver Node, or the map nodeView projects. */
export interface NodeLike {
  labels: readonly string[];
  properties: object;
}

/** What toExploreEdge reads: a driver Relationship, or what edgeFromRow rebuilds from a relRow list. */
export interface RelationshipLike {
  elementId: string;
  type: string;
  properties: object;
}

/**
 * Cypher for a node as a NodeLike map with only the properties the explorer draws: whole nodes
 * would also carry searchKeys, searchText and every alias (kilobytes for a big country).
 */
export function nodeView(v: string, extra: readonly string[] = []): string {
  return `{labels: labels(${v}), properties: ${v} {.id, .name, .title, .nameAr, .category, .date${extra.map((k) => `, .${k}`).join('')}}}`;
}

/**
 * Cypher for a relationship as one list [elementId, type, source id, target id, firstSeen, …]
 * (read back with edgeFromRow): no evidence (up to a megabyte a relationship), no map keys.
 */
export function relRow(v: string): string {
  return `[elementId(${v}), type(${v}), startNode(${v}).id, endNode(${v}).id, ${v}.firstSeen, ${v}.lastSeen, ${v}.articleCount, ${v}.count, ${v}.confidence, ${v}.status, ${v}.title]`;
}

/** The edge a relRow list describes; null for types outside graph-schema. */
export function edgeFromRow(row: readonly unknown[]): ExploreEdge | null {
  const [elementId, type, source, target, firstSeen, lastSeen, articleCount, count, confidence, status, title] = row;
  return toExploreEdge(
    { elementId: String(elementId), type: String(type), properties: { firstSeen, lastSeen, articleCount, count, confidence, status, title } },
    str(source) ?? '',
    str(target) ?? '',
  );
}

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
export function toExploreNode(node: NodeLike, degree: unknown = 0): ExploreNode | null {
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

export function toExploreEdge(rel: RelationshipLike, source: string, target: string): ExploreEdge | null {
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
