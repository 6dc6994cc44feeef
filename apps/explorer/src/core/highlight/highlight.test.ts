import { describe, expect, it } from '@jest/globals';
import { addGraphData, createGraph } from '../graph/model';
import { edge, node } from '../graph/test-data';
import { dimColor, edgeDimmed, focusSet, nodeLook, NO_HIGHLIGHT } from './highlight';

const g = createGraph();
addGraphData(g, { nodes: [node('a'), node('b'), node('c'), node('d')], edges: [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')] }, { lang: 'en', place: () => ({ x: 0, y: 0 }) });

describe('highlight', () => {
  it('focuses the hovered node and its neighbours, else the selected one', () => {
    expect(focusSet(g, NO_HIGHLIGHT)).toBeNull();
    expect([...focusSet(g, { hovered: 'b', selected: 'd' })!].sort()).toEqual(['a', 'b', 'c']);
    expect([...focusSet(g, { hovered: null, selected: 'a' })!].sort()).toEqual(['a', 'b']);
    expect(focusSet(g, { hovered: 'gone', selected: null })).toBeNull();
  });

  it('dims what is outside the focus and labels what is inside', () => {
    const state = { hovered: 'b', selected: null };
    const focus = focusSet(g, state);
    expect(nodeLook('d', state, focus)).toEqual({ dimmed: true, highlighted: false, forceLabel: false });
    expect(nodeLook('a', state, focus)).toEqual({ dimmed: false, highlighted: false, forceLabel: true });
    expect(nodeLook('b', state, focus).highlighted).toBe(true);
    expect(edgeDimmed('a', 'b', state, focus)).toBe(false);
    expect(edgeDimmed('c', 'd', state, focus)).toBe(true);
    expect(nodeLook('a', { hovered: null, selected: 'a' }, null)).toEqual({ dimmed: false, highlighted: true, forceLabel: true });
  });

  it('mixes colours toward the background', () => {
    expect(dimColor('#000000', 0.5)).toBe('#808080');
    expect(dimColor('#0072B2', 0)).toBe('#0072b2');
    expect(dimColor('#0072B2', 1)).toBe('#ffffff');
  });
});
