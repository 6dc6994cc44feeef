import { describe, expect, it } from '@jest/globals';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@kg/graph-schema';
import { syntheticGraph } from './synthetic';

describe('syntheticGraph', () => {
  it('makes the asked number of nodes and edges with schema types, the same for the same seed', () => {
    const g = syntheticGraph(1000, 5000, 3);
    expect(g.nodes).toHaveLength(1000);
    expect(g.edges).toHaveLength(5000);
    expect(g.nodes.every((n) => (NODE_LABELS as readonly string[]).includes(n.label))).toBe(true);
    expect(g.edges.every((e) => (RELATIONSHIP_TYPES as readonly string[]).includes(e.type) && e.source !== e.target)).toBe(true);
    expect(syntheticGraph(1000, 5000, 3)).toEqual(g);
    expect(g.nodes.reduce((s, n) => s + n.degree, 0)).toBe(10_000);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(g.edges.every((e) => e.firstSeen! <= e.lastSeen!)).toBe(true);
  });

  it('connects every node when there are enough edges', () => {
    const g = syntheticGraph(100, 200, 1);
    expect(g.nodes.every((n) => n.degree > 0)).toBe(true);
    expect(syntheticGraph(1, 10).edges).toEqual([]);
  });
});
