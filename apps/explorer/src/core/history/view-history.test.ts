import { describe, expect, it } from '@jest/globals';
import { ViewHistory } from './view-history';

describe('ViewHistory', () => {
  it('undoes the latest step first and skips empty additions', () => {
    const h = new ViewHistory<string>(2);
    h.push({ kind: 'add', label: 'empty', added: { nodes: [], edges: [] } });
    expect(h.size).toBe(0);
    h.push({ kind: 'add', label: 'one', added: { nodes: ['a'], edges: [] } });
    h.push({ kind: 'replace', label: 'two', previous: 'snapshot' });
    h.push({ kind: 'add', label: 'three', added: { nodes: ['b'], edges: [] } });
    expect(h.size).toBe(2); // the oldest fell off
    expect(h.pop()?.label).toBe('three');
    expect(h.peek()).toMatchObject({ kind: 'replace', previous: 'snapshot' });
    expect(h.pop()?.label).toBe('two');
    expect(h.pop()).toBeUndefined();
  });
});
