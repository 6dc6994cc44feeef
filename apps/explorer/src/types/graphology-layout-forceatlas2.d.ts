// The package's internals that the layout worker uses (untyped CommonJS files, no "exports" map).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One ForceAtlas2 iteration over the matrices, in place. */
  export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  const helpers: {
    /** Node matrix (10 floats a node: x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed) and edge matrix (source, target, weight). */
    graphToByteArrays(graph: Graph, getEdgeWeight: (edge: string, attributes: object, source: string, target: string) => number): { nodes: Float32Array; edges: Float32Array };
  };
  export default helpers;
}
