export interface ConvergenceOptions {
  /** Hard stop (default 400 iterations). */
  maxIterations?: number;
  /** Never stop before (default 30). */
  minIterations?: number;
  /** Mean move per iteration relative to the layout's extent below which it counts as still (default 0.001). */
  threshold?: number;
  /** Iterations in a row that must be still (default 10). */
  patience?: number;
  /** Wall-clock limit, ms (default 8000). */
  maxMs?: number;
}

export type LayoutVerdict = 'continue' | 'converged' | 'max-iterations' | 'timeout';

/**
 * Decides when a continuous layout (ForceAtlas2 in its worker) should stop: after it has been
 * still for a while, after N iterations, or after a time limit, whichever comes first. Feed it the
 * positions after every iteration as a flat [x0, y0, x1, y1, …] array.
 */
export class ConvergenceTracker {
  readonly maxIterations: number;
  readonly minIterations: number;
  readonly threshold: number;
  readonly patience: number;
  readonly maxMs: number;
  iterations = 0;
  lastMove = Infinity;
  private still = 0;
  private previous: Float64Array | null = null;
  private startedAt: number | null = null;

  constructor(options: ConvergenceOptions = {}) {
    this.maxIterations = options.maxIterations ?? 400;
    this.minIterations = options.minIterations ?? 30;
    this.threshold = options.threshold ?? 0.001;
    this.patience = options.patience ?? 10;
    this.maxMs = options.maxMs ?? 8000;
  }

  update(positions: ArrayLike<number>, now: number): LayoutVerdict {
    if (this.startedAt === null) this.startedAt = now;
    this.iterations++;
    const n = Math.floor(positions.length / 2);
    if (this.previous && this.previous.length === positions.length && n > 0) {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, move = 0;
      for (let i = 0; i < n; i++) {
        const x = positions[2 * i]!;
        const y = positions[2 * i + 1]!;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
        move += Math.hypot(x - this.previous[2 * i]!, y - this.previous[2 * i + 1]!);
      }
      const extent = Math.max(1e-9, Math.hypot(maxX - minX, maxY - minY));
      this.lastMove = move / n / extent;
      this.still = this.lastMove < this.threshold ? this.still + 1 : 0;
    }
    this.previous = Float64Array.from(positions);
    if (this.iterations >= this.maxIterations) return 'max-iterations';
    if (now - this.startedAt >= this.maxMs) return 'timeout';
    if (this.iterations >= this.minIterations && this.still >= this.patience) return 'converged';
    return 'continue';
  }
}
