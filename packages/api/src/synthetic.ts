import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '@kg/graph-schema';
import type { GraphEdge, GraphNode, SyntheticResponse } from './types';
import { seededRandom } from '@kg/seeded-random';


const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const AR_TYPE: Record<EntityType, string> = { State: 'دولة', Official: 'مسؤول', Alliance: 'تحالف', Weapon: 'سلاح', Organization: 'منظمة' };
const TYPE_WEIGHTS: [EntityType, number][] = [['State', 0.15], ['Official', 0.35], ['Organization', 0.25], ['Weapon', 0.2], ['Alliance', 0.05]];

function pickType(r: number): EntityType {
  let acc = 0;
  for (const [type, w] of TYPE_WEIGHTS) {
    acc += w;
    if (r < acc) return type;
  }
  return ENTITY_TYPES[0];
}

function isoDay(start: number, offsetDays: number): string {
  return new Date(start + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A scale-free-ish graph (preferential attachment) with schema labels and relation types and
 * dates over two years, for benchmarking the view; nothing of it touches Neo4j.
 */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1): SyntheticResponse {
  const rand = seededRandom(seed);
  const nodes: GraphNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const label = pickType(rand());
    const arNum = String(i).replace(/\d/g, (d) => AR_DIGITS[Number(d)]!);
    nodes.push({ id: `synthetic:${i}`, label, name: `${label} ${i}`, nameAr: `${AR_TYPE[label]} ${arNum}`, degree: 0, category: null, date: null });
  }
  const edges: GraphEdge[] = [];
  if (nodeCount < 2) return { nodes, edges: [], seed };
  // Endpoint pool: every edge end is appended, so well-connected nodes get picked more often.
  const pool: number[] = [];
  const start = Date.UTC(2023, 0, 1);
  for (let e = 0; e < edgeCount; e++) {
    const s = e < nodeCount - 1 ? e + 1 : Math.floor(rand() * nodeCount);
    const t = pool.length && rand() < 0.8 ? pool[Math.floor(rand() * pool.length)]! : Math.floor(rand() * nodeCount);
    const target = t === s ? (t + 1) % nodeCount : t;
    pool.push(s, target);
    const first = Math.floor(rand() * 700);
    const type: RelationType = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
    edges.push({
      id: `synthetic-edge:${e}`,
      type,
      source: nodes[s]!.id,
      target: nodes[target]!.id,
      firstSeen: isoDay(start, first),
      lastSeen: isoDay(start, first + Math.floor(rand() * 60)),
      articleCount: 1 + Math.floor(rand() * 3),
      confidence: Math.round((0.5 + rand() / 2) * 100) / 100,
      status: null,
      title: null,
    });
    nodes[s]!.degree++;
    nodes[target]!.degree++;
  }
  return { nodes, edges, seed };
}
