// ForceAtlas2 in a web worker that iterates on its own: graphology's supervisor runs one iteration
// per round trip to the page, so a page busy drawing (or a large graph's position updates) stalls
// the layout; here the page only receives positions every `syncMs` and the final verdict.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { ConvergenceTracker } from '../core/layout/convergence';
import type { LayoutWorkerMessage, LayoutWorkerRequest } from './layout-messages';

/** Node matrix stride of graphology-layout-forceatlas2 (x, y, dx, dy, …). */
const PPN = 10;
/** Work this long, then let messages (stop) in. */
const SLICE_MS = 40;

const scope = self as unknown as {
  postMessage(message: LayoutWorkerMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<LayoutWorkerRequest>) => void) | null;
};

let stopped = false;

function positionsOf(nodes: Float32Array): Float32Array<ArrayBuffer> {
  const xy = new Float32Array((nodes.length / PPN) * 2);
  for (let i = 0, j = 0; j < nodes.length; j += PPN) {
    xy[i++] = nodes[j]!;
    xy[i++] = nodes[j + 1]!;
  }
  return xy;
}

function run(request: Extract<LayoutWorkerRequest, { type: 'start' }>): void {
  const nodes = new Float32Array(request.nodes);
  const edges = new Float32Array(request.edges);
  const tracker = new ConvergenceTracker(request.convergence);
  const positions = new Float64Array((nodes.length / PPN) * 2);
  let lastPost = performance.now();
  const slice = () => {
    if (stopped) return;
    const sliceEnd = performance.now() + SLICE_MS;
    do {
      iterate(request.settings, nodes, edges);
      for (let i = 0, j = 0; j < nodes.length; j += PPN) {
        positions[i++] = nodes[j]!;
        positions[i++] = nodes[j + 1]!;
      }
      const now = performance.now();
      const verdict = tracker.update(positions, now);
      if (verdict !== 'continue') {
        const xy = positionsOf(nodes);
        scope.postMessage({ type: 'done', verdict, iterations: tracker.iterations, xy: xy.buffer }, [xy.buffer]);
        return;
      }
      if (now - lastPost >= request.syncMs) {
        lastPost = now;
        const xy = positionsOf(nodes);
        scope.postMessage({ type: 'positions', iterations: tracker.iterations, xy: xy.buffer }, [xy.buffer]);
      }
    } while (performance.now() < sliceEnd);
    setTimeout(slice, 0);
  };
  slice();
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'stop') stopped = true;
  else run(request);
};
