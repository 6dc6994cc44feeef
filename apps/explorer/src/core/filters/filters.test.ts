import { describe, expect, it } from '@jest/globals';
import { addGraphData, createGraph } from '../graph/model';
import { edge, node } from '../graph/test-data';
import { computeVisibility, countEdgesByType, countNodesByLabel, dateFilterActive, NO_FILTER, toggled } from './filters';

function sample() {
  const g = createGraph();
  addGraphData(
    g,
    {
      nodes: [node('iraq'), node('turkey'), node('rafale', 'Weapon'), node('abbasi', 'Official'), node('lonely'), node('art', 'Article', 0, { date: '2024-03-12' })],
      edges: [
        edge('coop', 'iraq', 'turkey', { firstSeen: '2024-05-20', lastSeen: '2024-09-15' }),
        edge('acq', 'iraq', 'rafale', { type: 'ACQUIRES', firstSeen: '2024-03-12', lastSeen: '2024-03-12' }),
        edge('office', 'abbasi', 'iraq', { type: 'HOLDS_OFFICE', firstSeen: null, lastSeen: null }),
        edge('mention', 'art', 'rafale', { type: 'MENTIONS', firstSeen: null, lastSeen: null }),
      ],
    },
    { lang: 'en', place: () => ({ x: 0, y: 0 }) },
  );
  return g;
}
const domain = { from: '2024-03-12', to: '2024-09-15' };

describe('filters', () => {
  it('hides nothing by default', () => {
    const v = computeVisibility(sample(), NO_FILTER);
    expect(v.hiddenNodes.size + v.hiddenEdges.size).toBe(0);
  });

  it('hides a node type with its edges, and an edge type alone', () => {
    const g = sample();
    const byLabel = computeVisibility(g, { ...NO_FILTER, hiddenLabels: new Set(['Weapon']) });
    expect([...byLabel.hiddenNodes]).toEqual(['rafale']);
    expect([...byLabel.hiddenEdges].sort()).toEqual(['acq', 'mention']);
    const byType = computeVisibility(g, { ...NO_FILTER, hiddenTypes: new Set(['COOPERATES_WITH']) });
    expect([...byType.hiddenEdges]).toEqual(['coop']);
    expect(byType.hiddenNodes.size).toBe(0);
  });

  it('filters edges by date and hides the nodes left alone (not the undated, not the isolated)', () => {
    const g = sample();
    const state = { ...NO_FILTER, domain, range: { from: '2024-05-01', to: '2024-12-31' } };
    expect(dateFilterActive(state)).toBe(true);
    const v = computeVisibility(g, state);
    expect(v.hiddenEdges.has('acq')).toBe(true);
    expect(v.hiddenEdges.has('coop')).toBe(false);
    expect(v.hiddenEdges.has('office')).toBe(false); // undated: kept
    expect(v.hiddenNodes.has('art')).toBe(true); // article dated before the range
    expect(v.hiddenNodes.has('rafale')).toBe(true); // its only edges are out of range
    expect(v.hiddenNodes.has('lonely')).toBe(false); // had no edge to lose
    expect(v.hiddenNodes.has('iraq')).toBe(false);
  });

  it('does not filter by a range that covers the domain', () => {
    const state = { ...NO_FILTER, domain, range: { from: '2024-01-01', to: '2024-12-31' } };
    expect(dateFilterActive(state)).toBe(false);
    expect(computeVisibility(sample(), state).hiddenEdges.size).toBe(0);
  });

  it('counts per type what is in view and what is shown', () => {
    const g = sample();
    const v = computeVisibility(g, { ...NO_FILTER, hiddenTypes: new Set(['ACQUIRES']) });
    expect(countNodesByLabel(g, v).State).toEqual({ inView: 3, shown: 3 });
    expect(countEdgesByType(g, v).ACQUIRES).toEqual({ inView: 1, shown: 0 });
    expect([...toggled(new Set(['a']), 'a')]).toEqual([]);
    expect([...toggled(new Set<string>(), 'a')]).toEqual(['a']);
  });
});
