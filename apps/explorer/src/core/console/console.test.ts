import { describe, expect, it } from '@jest/globals';
import { cellText } from './cells';
import { loadHistory, parseParams, remember } from './history';

describe('console history and parameters', () => {
  it('keeps the newest query first, once, within the limit', () => {
    expect(remember(['b', 'a'], 'a')).toEqual(['a', 'b']);
    expect(remember(['a'], '  ')).toEqual(['a']);
    expect(remember(['c', 'b', 'a'], 'd', 3)).toEqual(['d', 'c', 'b']);
    expect(loadHistory('["x", 1, "y"]')).toEqual(['x', 'y']);
    expect(loadHistory('{broken')).toEqual([]);
    expect(loadHistory(null)).toEqual([]);
  });

  it('accepts a JSON object of parameters and explains anything else', () => {
    expect(parseParams('')).toEqual({ ok: true, params: {} });
    expect(parseParams('{"id": "state:iraq", "n": 3}')).toEqual({ ok: true, params: { id: 'state:iraq', n: 3 } });
    expect(parseParams('[1]')).toMatchObject({ ok: false });
    const bad = parseParams('{id: 1}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/not valid JSON/);
  });
});

describe('cellText', () => {
  it('shows nodes, relationships and values briefly', () => {
    expect(cellText({ kind: 'node', id: '4:x:1', labels: ['Entity', 'State'], properties: { name: 'Iraq', nameAr: 'العراق' } })).toBe('(:State العراق)');
    expect(cellText({ kind: 'relationship', id: 'r', type: 'MEMBER_OF', start: 'a', end: 'b', properties: {} })).toBe('[:MEMBER_OF]');
    expect(cellText([1, 'a', null])).toBe('[1, a, null]');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(cellText('x'.repeat(300), 10)).toHaveLength(10);
  });
});
