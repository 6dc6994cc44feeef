import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABEL, MENTIONS } from '@kg/graph-schema';
import type { NodeLabel, RelationshipType } from '@kg/graph-schema';
import { readTx } from '../transactions';

/** A property value as exported: Neo4j integers become numbers; nothing else is stored. */
export type ExportValue = string | number | boolean | null | ExportValue[];

export interface ExportNode {
  id: string;
  label: NodeLabel;
  props: Record<string, ExportValue>;
}

export interface ExportRelationship {
  type: RelationshipType;
  source: string;
  target: string;
  props: Record<string, ExportValue>;
}

export interface GraphSnapshot {
  nodes: ExportNode[];
  relationships: ExportRelationship[];
}

export interface ReadGraphOptions {
  /** Include Article nodes and MENTIONS (default true). */
  articles?: boolean;
  /** Keep the articles' full text (default false: it dwarfs everything else). */
  articleText?: boolean;
}

function plain(v: unknown): ExportValue {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

function props(raw: Record<string, unknown>, drop: readonly string[] = []): Record<string, ExportValue> {
  const out: Record<string, ExportValue> = {};
  for (const k of Object.keys(raw).sort()) if (!drop.includes(k)) out[k] = plain(raw[k]);
  return out;
}

const NODES = `
MATCH (n) WHERE n:${ENTITY_LABEL} OR (n:Article AND $articles)
RETURN n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS label, properties(n) AS props
ORDER BY id`;

const RELATIONSHIPS = `
MATCH (s)-[r]->(t:${ENTITY_LABEL})
WHERE s:${ENTITY_LABEL} OR (s:Article AND $articles AND type(r) = '${MENTIONS}')
RETURN s.id AS source, type(r) AS type, t.id AS target, properties(r) AS props
ORDER BY source, type, target`;

/** Every entity and (optionally) article with their relationships, in a stable order. */
export async function readGraph(driver: Driver, options: ReadGraphOptions = {}): Promise<GraphSnapshot> {
  const articles = options.articles ?? true;
  const drop = options.articleText ? [] : ['text'];
  return readTx(driver, async (tx) => {
    const nodes = (await tx.run(NODES, { articles })).records.map((r) => {
      const label = r.get('label') as NodeLabel;
      return { id: r.get('id') as string, label, props: props(r.get('props') as Record<string, unknown>, label === 'Article' ? drop : []) };
    });
    const relationships = (await tx.run(RELATIONSHIPS, { articles })).records.map((r) => ({
      type: r.get('type') as RelationshipType,
      source: r.get('source') as string,
      target: r.get('target') as string,
      props: props(r.get('props') as Record<string, unknown>),
    }));
    return { nodes, relationships };
  }, { timeoutMs: 600_000, metadata: { app: 'export' } });
}
