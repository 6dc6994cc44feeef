import { describe, expect, it } from '@jest/globals';
import { ConvergenceTracker } from './convergence';

describe('ConvergenceTracker', () => {
  it('stops once the layout has been still for `patience` iterations', () => {
    const t = new ConvergenceTracker({ minIterations: 3, patience: 2, threshold: 0.001 });
    const frame = (shift: number) => [0 + shift, 0, 100, 0, 0, 100];
    expect(t.update(frame(10), 0)).toBe('continue');
    expect(t.update(frame(5), 1)).toBe('continue'); // moving
    expect(t.update(frame(5), 2)).toBe('continue'); // still 1
    expect(t.update(frame(5), 3)).toBe('converged'); // still 2, past minIterations
    expect(t.iterations).toBe(4);
  });

  it('stops after maxIterations or maxMs even while moving', () => {
    const a = new ConvergenceTracker({ maxIterations: 3 });
    let verdict = 'continue';
    for (let i = 0; i < 3; i++) verdict = a.update([i * 10, 0, 100, 100], i);
    expect(verdict).toBe('max-iterations');
    const b = new ConvergenceTracker({ maxMs: 50 });
    expect(b.update([0, 0, 1, 1], 1000)).toBe('continue');
    expect(b.update([5, 0, 1, 1], 1050)).toBe('timeout');
  });

  it('never converges before minIterations', () => {
    const t = new ConvergenceTracker({ minIterations: 10, patience: 1 });
    for (let i = 0; i < 9; i++) expect(t.update([0, 0, 1, 1], i)).toBe('continue');
  });
});
