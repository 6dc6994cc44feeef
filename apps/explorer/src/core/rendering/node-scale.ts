// Node radii come from degree (core/graph/model.ts) and suit a few hundred nodes. A graph of
// thousands drawn at those sizes is a solid blot in which no node can be told apart, and every
// frame fills that blot again (the main cost of a frame on a software renderer). So the view
// scales radii down as the graph grows: full size up to FULL_SIZE_NODES, then with 1/√n (the
// room each node has on a fixed screen shrinks with n), never below MIN_NODE_SCALE.

export const FULL_SIZE_NODES = 1000;
export const MIN_NODE_SCALE = 0.3;

/** The factor every node radius is multiplied by in a view of `order` nodes. */
export function nodeScaleFor(order: number): number {
  if (order <= FULL_SIZE_NODES) return 1;
  return Math.max(MIN_NODE_SCALE, Math.sqrt(FULL_SIZE_NODES / order));
}
