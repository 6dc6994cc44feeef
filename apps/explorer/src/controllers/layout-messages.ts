import type { ConvergenceOptions, LayoutVerdict } from '../core/layout/convergence';

/** ForceAtlas2 settings as graphology-layout-forceatlas2's iterate() reads them (all set). */
export interface Fa2Settings {
  linLogMode: boolean;
  outboundAttractionDistribution: boolean;
  adjustSizes: boolean;
  edgeWeightInfluence: number;
  scalingRatio: number;
  strongGravityMode: boolean;
  gravity: number;
  slowDown: number;
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
}

/** Page → worker. `nodes`/`edges`: graphology-layout-forceatlas2's matrices (graphToByteArrays). */
export type LayoutWorkerRequest =
  | { type: 'start'; nodes: ArrayBuffer; edges: ArrayBuffer; settings: Fa2Settings; convergence: ConvergenceOptions; syncMs: number }
  | { type: 'stop' };

/** Worker → page. `xy`: Float32Array [x0, y0, x1, y1, …] in the matrices' node order. */
export type LayoutWorkerMessage =
  | { type: 'positions'; iterations: number; xy: ArrayBuffer }
  | { type: 'done'; verdict: Exclude<LayoutVerdict, 'continue'>; iterations: number; xy: ArrayBuffer };
