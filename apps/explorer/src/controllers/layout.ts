import forceAtlas2 from 'graphology-layout-forceatlas2';
import fa2Helpers from 'graphology-layout-forceatlas2/helpers.js';
import noverlap from 'graphology-layout-noverlap';
import type { KgGraph } from '../core/graph/model';
import { ConvergenceTracker, type ConvergenceOptions, type LayoutVerdict } from '../core/layout/convergence';
import type { Fa2Settings, LayoutWorkerMessage, LayoutWorkerRequest } from './layout-messages';

export interface LayoutReport {
  verdict: LayoutVerdict | 'stopped' | 'empty';
  iterations: number;
  fa2Ms: number;
  noverlapMs: number;
  /** False when noverlap was skipped (graph too large for the main thread). */
  noverlap: boolean;
}

export interface LayoutOptions extends ConvergenceOptions {
  /** Graph ↔ screen coordinates, so noverlap separates nodes by their drawn size. */
  toViewport?: (p: { x: number; y: number }) => { x: number; y: number };
  fromViewport?: (p: { x: number; y: number }) => { x: number; y: number };
  noverlapIterations?: number;
  /** Skip noverlap above this many nodes (default 5000): it runs on the main thread. */
  noverlapMaxNodes?: number;
  /** How often the drawn graph takes the layout's positions, ms (default: 30; 250 above 500 nodes, 1000 above 5000). */
  syncMs?: number;
}

/**
 * ForceAtlas2 settings for a graph of `order` nodes. Above 500 nodes Barnes-Hut approximates the
 * repulsion, with theta 1.2 (Gephi's default; 0.5 costs about 2.5× the time per iteration on a
 * 10,000-node graph for no visible difference).
 */
export function fa2Settings(order: number): Fa2Settings {
  const inferred = forceAtlas2.inferSettings(order);
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    edgeWeightInfluence: 1,
    ...inferred,
    strongGravityMode: inferred.strongGravityMode ?? false,
    barnesHutOptimize: order > 500,
    barnesHutTheta: order > 500 ? 1.2 : 0.5,
    adjustSizes: false,
    gravity: 1,
    scalingRatio: 8,
    slowDown: 2 + Math.log10(order),
  };
}

/**
 * Runs ForceAtlas2 in a web worker (fa2.worker.ts) that iterates by itself until the convergence
 * tracker says stop (still, N iterations or a time limit), then noverlap once on the page. The
 * worker sends positions every `syncMs` while it runs, so the page follows without slowing it
 * down (a large graph is not re-processed by sigma on every iteration). One run at a time; a new
 * run or stop() ends it.
 */
export class LayoutController {
  private current: { finish: (verdict: LayoutReport['verdict']) => void } | null = null;

  constructor(private readonly graph: KgGraph) {}

  get running(): boolean {
    return this.current !== null;
  }

  stop(): void {
    this.current?.finish('stopped');
  }

  run(options: LayoutOptions = {}): Promise<LayoutReport> {
    this.stop();
    const graph = this.graph;
    if (graph.order < 2) return Promise.resolve({ verdict: 'empty', iterations: 0, fa2Ms: 0, noverlapMs: 0, noverlap: false });

    // Node order of the matrices = graph.forEachNode order; kept by key in case the graph changes.
    const keys = graph.nodes();
    const index = new Map(keys.map((k, i) => [k, i]));
    const matrices = fa2Helpers.graphToByteArrays(graph, () => 1);
    const convergence: ConvergenceOptions = {
      maxIterations: options.maxIterations,
      minIterations: options.minIterations,
      threshold: options.threshold,
      patience: options.patience,
      maxMs: options.maxMs,
    };
    const maxMs = new ConvergenceTracker(convergence).maxMs;
    const syncMs = options.syncMs ?? (graph.order > 5000 ? 1000 : graph.order > 500 ? 250 : 30);
    const started = performance.now();
    const worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });

    const apply = (buffer: ArrayBuffer) => {
      const xy = new Float32Array(buffer);
      graph.updateEachNodeAttributes(
        (node, attr) => {
          const i = index.get(node);
          if (i !== undefined) {
            attr.x = xy[2 * i]!;
            attr.y = xy[2 * i + 1]!;
          }
          return attr;
        },
        { attributes: ['x', 'y'] },
      );
    };

    return new Promise<LayoutReport>((resolve) => {
      let done = false;
      let iterations = 0;
      // If the worker never answers (blocked, crashed), stop anyway.
      const watchdog = setTimeout(() => finish('timeout'), maxMs + 2000);
      const finish = (verdict: LayoutReport['verdict'], final?: ArrayBuffer) => {
        if (done) return;
        done = true;
        clearTimeout(watchdog);
        worker.postMessage({ type: 'stop' } satisfies LayoutWorkerRequest);
        worker.terminate();
        if (final) apply(final);
        const fa2Ms = performance.now() - started;
        const t0 = performance.now();
        const overlap = verdict !== 'stopped' && graph.order <= (options.noverlapMaxNodes ?? 5000);
        if (overlap) {
          const { toViewport, fromViewport } = options;
          noverlap.assign(graph, {
            maxIterations: options.noverlapIterations ?? 60,
            settings: { margin: 3, ratio: 1.1, speed: 3 },
            ...(toViewport && fromViewport
              ? {
                  inputReducer: (_key: string, attr: { x: number; y: number; size?: number }) => ({ ...toViewport(attr), size: attr.size ?? 4 }),
                  outputReducer: (_key: string, attr: { x: number; y: number }) => fromViewport(attr),
                }
              : {}),
          });
        }
        this.current = null;
        resolve({ verdict, iterations, fa2Ms, noverlapMs: performance.now() - t0, noverlap: overlap });
      };
      this.current = { finish };
      worker.onmessage = (event: MessageEvent<LayoutWorkerMessage>) => {
        if (done) return;
        const message = event.data;
        iterations = message.iterations;
        if (message.type === 'done') finish(message.verdict, message.xy);
        else apply(message.xy);
      };
      worker.onerror = (event) => {
        console.error('layout worker:', event.message);
        finish('timeout');
      };
      const start: LayoutWorkerRequest = { type: 'start', nodes: matrices.nodes.buffer as ArrayBuffer, edges: matrices.edges.buffer as ArrayBuffer, settings: fa2Settings(graph.order), convergence, syncMs };
      worker.postMessage(start, [start.nodes, start.edges]);
    });
  }
}
