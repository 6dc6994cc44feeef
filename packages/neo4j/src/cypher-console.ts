import neo4j from 'neo4j-driver';
import type { Driver, Node, Path, Relationship, UnboundRelationship } from 'neo4j-driver';
import { Neo4jAccessError, databaseOf, toAccessError } from './transactions';

/** A value that survives JSON.stringify unchanged. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export interface PlainNode {
  kind: 'node';
  /** The element id: stable within one transaction only; entities carry their own `id` property. */
  id: string;
  labels: string[];
  properties: Record<string, PlainValue>;
}

export interface PlainRelationship {
  kind: 'relationship';
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, PlainValue>;
}

export interface PlainPath {
  kind: 'path';
  start: PlainNode;
  end: PlainNode;
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** Collects every node and relationship met while converting (deduplicated by element id). */
export class GraphCollector {
  readonly nodes = new Map<string, PlainNode>();
  readonly relationships = new Map<string, PlainRelationship>();
}

function plainProperties(properties: Record<string, unknown>, graph?: GraphCollector): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toPlain(value, graph);
  return out;
}

function plainNode(node: Node, graph?: GraphCollector): PlainNode {
  const known = graph?.nodes.get(node.elementId);
  if (known) return known;
  const plain: PlainNode = { kind: 'node', id: node.elementId, labels: [...node.labels], properties: plainProperties(node.properties, graph) };
  graph?.nodes.set(plain.id, plain);
  return plain;
}

function plainRelationship(rel: Relationship, graph?: GraphCollector): PlainRelationship {
  const known = graph?.relationships.get(rel.elementId);
  if (known) return known;
  const plain: PlainRelationship = {
    kind: 'relationship',
    id: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: plainProperties(rel.properties, graph),
  };
  graph?.relationships.set(plain.id, plain);
  return plain;
}

function plainPath(path: Path, graph?: GraphCollector): PlainPath {
  const nodes = [plainNode(path.start, graph)];
  const relationships: PlainRelationship[] = [];
  for (const segment of path.segments) {
    relationships.push(plainRelationship(segment.relationship, graph));
    nodes.push(plainNode(segment.end, graph));
  }
  return { kind: 'path', start: plainNode(path.start, graph), end: plainNode(path.end, graph), nodes, relationships };
}

/**
 * Converts a value from a neo4j-driver record into plain JSON-safe JS: Integers become numbers
 * when they fit in a double exactly (else decimal strings), temporal values ISO strings, points
 * {srid, x, y[, z]}, nodes/relationships/paths tagged objects (`kind`). With a collector, every
 * node and relationship met (also inside lists, maps and paths) is recorded there once.
 */
export function toPlain(value: unknown, graph?: GraphCollector): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return plainNode(value, graph) as unknown as PlainValue;
  if (neo4j.isRelationship(value)) return plainRelationship(value, graph) as unknown as PlainValue;
  if (neo4j.isUnboundRelationship(value)) {
    const rel = value as UnboundRelationship;
    return { kind: 'relationship', id: rel.elementId, type: rel.type, properties: plainProperties(rel.properties, graph) };
  }
  if (neo4j.isPath(value)) return plainPath(value, graph) as unknown as PlainValue;
  if (neo4j.isPoint(value)) {
    const point: Record<string, PlainValue> = { srid: toPlain(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isVector(value)) return Array.from(value.asTypedArray() as ArrayLike<number | bigint>, (x) => toPlain(x));
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map((item) => toPlain(item, graph));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return plainProperties(value as Record<string, unknown>, graph);
    // UUID, unsupported server types and anything else the driver may add: their text form.
    return String(value);
  }
  return String(value);
}

/**
 * Prepares parameters for Cypher: JS numbers that are whole become Cypher INTEGERs (the driver
 * would send every JS number as FLOAT, and `LIMIT $n` or `id(n) = $id` refuse floats).
 */
export function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    }
    return value;
  };
  return convert(params) as Record<string, unknown>;
}

export interface ConsoleOptions {
  /** Server-side time limit, ms (default 10 s). */
  timeoutMs?: number;
  /** At most this many rows are returned; `truncated` says whether more existed (default 1000). */
  rowCap?: number;
  database?: string;
}

export interface ConsoleResult {
  columns: string[];
  /** One object per record, keyed by column name, values converted by toPlain. */
  rows: Record<string, PlainValue>[];
  /** Every node appearing anywhere in the returned rows, once. */
  nodes: PlainNode[];
  relationships: PlainRelationship[];
  truncated: boolean;
}

export const READ_ONLY_MESSAGE = 'this console is read-only: the query tries to write (CREATE, MERGE, SET, DELETE, REMOVE and schema or admin commands are refused)';

/**
 * Runs a user-typed query in a READ transaction, so the server itself refuses any write
 * (Neo.ClientError.Statement.AccessMode, reported as "this console is read-only"). Results are
 * cut at rowCap and returned as plain JSON: table rows plus the graph they contain.
 */
export async function runReadOnlyCypher(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
  options: ConsoleOptions = {},
): Promise<ConsoleResult> {
  const rowCap = options.rowCap ?? 1000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const session = driver.session({ database: options.database ?? databaseOf(driver), defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(query, cypherParams(params));
        const columns = await result.keys();
        const graph = new GraphCollector();
        const rows: Record<string, PlainValue>[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length >= rowCap) {
            truncated = true;
            break; // leaving the loop discards the rest of the stream on the server
          }
          const row: Record<string, PlainValue> = {};
          for (const column of columns) row[column] = toPlain(record.get(column), graph);
          rows.push(row);
        }
        return { columns: [...columns], rows, nodes: [...graph.nodes.values()], relationships: [...graph.relationships.values()], truncated };
      },
      { timeout: timeoutMs, metadata: { app: 'kg-cypher-console' } },
    );
  } catch (error) {
    const access = toAccessError(error);
    if (access instanceof Neo4jAccessError && access.kind === 'read-only') {
      throw new Neo4jAccessError(READ_ONLY_MESSAGE, 'read-only', access.code, { cause: error });
    }
    if (access instanceof Neo4jAccessError && access.kind === 'timeout') {
      throw new Neo4jAccessError(`the query ran longer than ${timeoutMs} ms and was stopped`, 'timeout', access.code, { cause: error });
    }
    throw access;
  } finally {
    await session.close();
  }
}
