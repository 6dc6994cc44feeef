import { describe, expect, it } from '@jest/globals';
import { NODE_STYLE } from '@kg/graph-schema';
import type { GraphData } from '@kg/api/types';
import { edge, node } from './test-data';
import { addGraphData, createGraph, displayLabel, nodeSize, placeNear, relabel, removeAdded } from './model';
import { seededRandom } from '../layout/random';

const origin = () => ({ x: 0, y: 0 });

describe('graph model', () => {
  it('adds nodes with type colour, label in the chosen language and size by degree', () => {
    const g = createGraph();
    addGraphData(g, { nodes: [node('a', 'Official', 9), node('b', 'State', 0, { nameAr: null })], edges: [] }, { lang: 'ar', place: origin });
    expect(g.getNodeAttributes('a')).toMatchObject({ color: NODE_STYLE.Official.color, label: 'ع-a', kind: 'Official', size: nodeSize(9) });
    expect(g.getNodeAttribute('b', 'label')).toBe('B');
    expect(nodeSize(9)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(10_000)).toBe(28);
    relabel(g, 'en');
    expect(g.getNodeAttribute('a', 'label')).toBe('A');
    expect(displayLabel({ name: 'Iraq', nameAr: 'العراق' }, 'ar')).toBe('العراق');
  });

  it('merges: known nodes are not added again, edges need both ends, several types may link a pair', () => {
    const g = createGraph();
    const first = addGraphData(g, { nodes: [node('a'), node('b')], edges: [edge('e1', 'a', 'b')] }, { lang: 'en', place: origin });
    expect(first).toEqual({ nodes: ['a', 'b'], edges: ['e1'] });
    const second = addGraphData(
      g,
      { nodes: [node('a', 'State', 5), node('c')], edges: [edge('e1', 'a', 'b'), edge('e2', 'a', 'b', { type: 'SUPPLIED' }), edge('e3', 'c', 'zz')] },
      { lang: 'en', place: origin },
    );
    expect(second).toEqual({ nodes: ['c'], edges: ['e2'] });
    expect(g.getNodeAttribute('a', 'degree')).toBe(5);
    expect(g.size).toBe(2);
    removeAdded(g, second);
    expect(g.order).toBe(2);
    expect(g.hasEdge('e2')).toBe(false);
    expect(g.hasEdge('e1')).toBe(true);
  });

  it('places a new node near the shown nodes it links to', () => {
    const g = createGraph();
    addGraphData(g, { nodes: [node('a')], edges: [] }, { lang: 'en', place: () => ({ x: 100, y: 100 }) });
    const data: GraphData = { nodes: [node('b'), node('c')], edges: [edge('e', 'a', 'b')] };
    addGraphData(g, data, { lang: 'en', place: placeNear(data, seededRandom(1)) });
    const b = g.getNodeAttributes('b');
    expect(Math.hypot(b.x - 100, b.y - 100)).toBeLessThanOrEqual(3);
    const c = g.getNodeAttributes('c');
    expect(Math.hypot(c.x, c.y)).toBeGreaterThanOrEqual(10);
  });
});
