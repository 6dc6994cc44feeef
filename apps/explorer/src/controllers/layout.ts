import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { KgGraph } from '../core/graph/model';
import { ConvergenceTracker, type ConvergenceOptions, type LayoutVerdict } from '../core/layout/convergence';

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
  /** How often the drawn graph takes the layout's positions, ms (default: every iteration up to 2000 nodes, else 300). */
  syncMs?: number;
}

/**
 * Runs ForceAtlas2 in its web worker until the convergence tracker says stop (still, N iterations
 * or a time limit), then noverlap once. The worker moves a bare copy of the graph (positions,
 * sizes, edges); the drawn graph takes the positions at most every `syncMs`, so a large graph is
 * not re-processed by sigma on every iteration. One run at a time; a new run or stop() ends it.
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

    const shadow = new Graph<{ x: number; y: number; size: number }>({ type: 'directed', multi: true, allowSelfLoops: true });
    graph.forEachNode((node, a) => shadow.addNode(node, { x: a.x, y: a.y, size: a.size }));
    graph.forEachEdge((edge, _a, source, target) => shadow.addDirectedEdgeWithKey(edge, source, target));
    const inferred = forceAtlas2.inferSettings(shadow);
    const supervisor = new FA2Layout(shadow, {
      settings: { ...inferred, barnesHutOptimize: shadow.order > 500, adjustSizes: false, gravity: 1, scalingRatio: 8, slowDown: 2 + Math.log10(shadow.order) },
      getEdgeWeight: null,
    });
    const tracker = new ConvergenceTracker(options);
    const syncMs = options.syncMs ?? (graph.order > 2000 ? 300 : 0);
    const started = performance.now();
    const positions = new Float64Array(shadow.order * 2);
    let lastSync = started;

    const sync = () => {
      graph.updateEachNodeAttributes(
        (node, attr) => {
          const p = shadow.getNodeAttributes(node);
          attr.x = p.x;
          attr.y = p.y;
          return attr;
        },
        { attributes: ['x', 'y'] },
      );
      lastSync = performance.now();
    };

    return new Promise<LayoutReport>((resolve) => {
      let done = false;
      const onUpdate = () => {
        let i = 0;
        shadow.forEachNode((_, a) => {
          positions[i++] = a.x;
          positions[i++] = a.y;
        });
        const now = performance.now();
        const verdict = tracker.update(positions, now);
        if (verdict !== 'continue') finish(verdict);
        else if (now - lastSync >= syncMs) sync();
      };
      // If the worker never answers (blocked, crashed), stop anyway.
      const watchdog = setTimeout(() => finish('timeout'), tracker.maxMs + 2000);
      const finish = (verdict: LayoutReport['verdict']) => {
        if (done) return;
        done = true;
        clearTimeout(watchdog);
        shadow.off('eachNodeAttributesUpdated', onUpdate);
        supervisor.stop();
        // finish() may run inside the supervisor's message handler, which still touches its
        // matrices after our listener returns: kill it once that handler is over.
        setTimeout(() => supervisor.kill(), 0);
        if (verdict !== 'stopped') sync();
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
        resolve({ verdict, iterations: tracker.iterations, fa2Ms, noverlapMs: performance.now() - t0, noverlap: overlap });
      };
      this.current = { finish };
      shadow.on('eachNodeAttributesUpdated', onUpdate);
      supervisor.start();
    });
  }
}
