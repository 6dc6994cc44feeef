import { describe, expect, it } from '@jest/globals';
import { moveActive } from './suggestions';

describe('moveActive', () => {
  it('starts at the first or last suggestion and wraps around', () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });
});
