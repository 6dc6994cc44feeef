import { describe, expect, it } from '@jest/globals';
import { FULL_SIZE_NODES, MIN_NODE_SCALE, nodeScaleFor } from './node-scale';

describe('nodeScaleFor', () => {
  it('keeps full size for small graphs', () => {
    expect(nodeScaleFor(0)).toBe(1);
    expect(nodeScaleFor(23)).toBe(1);
    expect(nodeScaleFor(FULL_SIZE_NODES)).toBe(1);
  });

  it('shrinks with the square root of the node count, then stops at the floor', () => {
    expect(nodeScaleFor(4 * FULL_SIZE_NODES)).toBeCloseTo(0.5);
    expect(nodeScaleFor(10_000)).toBeCloseTo(Math.sqrt(FULL_SIZE_NODES / 10_000));
    expect(nodeScaleFor(1_000_000)).toBe(MIN_NODE_SCALE);
  });

  it('never grows as the graph grows', () => {
    let previous = Infinity;
    for (let n = 0; n <= 50_000; n += 250) {
      const s = nodeScaleFor(n);
      expect(s).toBeLessThanOrEqual(previous);
      previous = s;
    }
  });
});
