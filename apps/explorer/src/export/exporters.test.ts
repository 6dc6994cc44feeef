import { describe, expect, it } from '@jest/globals';
import { addGraphData, createGraph } from '../core/graph/model';
import { edge, node } from '../core/graph/test-data';

// graphology-gexf's browser entry reads DOMParser and Document (for its parser) when loaded; the writer needs none.
(globalThis as { DOMParser?: unknown }).DOMParser ??= class {};
(globalThis as { Document?: unknown }).Document ??= class {};
const { graphToGexf } = await import('./exporters');

describe('graphToGexf', () => {
  it('writes nodes with both names, type and viz data, and typed edges', () => {
    const g = createGraph();
    addGraphData(g, { nodes: [node('iraq', 'State', 3, { name: 'Iraq', nameAr: 'العراق' }), node('nato', 'Alliance')], edges: [edge('e1', 'iraq', 'nato', { type: 'MEMBER_OF' })] }, { lang: 'ar', place: () => ({ x: 1, y: 2 }) });
    const xml = graphToGexf(g);
    expect(xml).toContain('<gexf');
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('label="Iraq / العراق"');
    expect(xml).toContain('MEMBER_OF');
    expect(xml).toMatch(/<viz:color hex="#0072B2"/i);
    expect(xml).toContain('source="iraq"');
  });
});
