import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, KgGraph, NodeAttrs } from '../core/graph/model';
import { dimColor, edgeDimmed, focusSet, nodeLook, NO_HIGHLIGHT, type HighlightState } from '../core/highlight/highlight';
import type { Visibility } from '../core/filters/filters';

export interface GraphViewEvents {
  clickNode(id: string): void;
  doubleClickNode(id: string): void;
  clickStage(): void;
}

const LABEL_FONT = '"Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", system-ui, sans-serif';
const BACKGROUND = '#ffffff';
/** Above this many edges the view trades detail for speed (see tune()). */
export const LARGE_GRAPH_EDGES = 5000;

/**
 * The thin layer between graphology state and sigma: reducers read the highlight and filter
 * state (pure modules decide), mouse events go out as callbacks. Nothing else touches sigma.
 */
export class GraphView {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  private highlight: HighlightState = NO_HIGHLIGHT;
  private focus: Set<string> | null = null;
  private visibility: Visibility = { hiddenNodes: new Set(), hiddenEdges: new Set() };
  private readonly resizeObserver: ResizeObserver;
  /** Edges are not drawn while a layout moves a large graph (each iteration would redraw them all). */
  private edgesPaused = false;

  constructor(
    readonly container: HTMLElement,
    readonly graph: KgGraph,
    events: GraphViewEvents,
  ) {
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      defaultEdgeType: 'arrow',
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: '500',
      labelRenderedSizeThreshold: 7,
      renderEdgeLabels: false,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on('enterNode', ({ node }) => this.setHighlight({ ...this.highlight, hovered: node }));
    this.sigma.on('leaveNode', () => this.setHighlight({ ...this.highlight, hovered: null }));
    this.sigma.on('clickNode', ({ node }) => events.clickNode(node));
    this.sigma.on('doubleClickNode', (payload) => {
      payload.preventSigmaDefault(); // no zoom: double-click expands
      events.doubleClickNode(payload.node);
    });
    this.sigma.on('clickStage', () => events.clickStage());
    // Sigma only watches the window: when the side panel or the console opens, the container
    // shrinks, and until sigma re-renders, what it draws and where it picks nodes disagree.
    this.resizeObserver = new ResizeObserver(() => this.sigma.refresh({ skipIndexation: true }));
    this.resizeObserver.observe(container);
  }

  private reduceNode(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> = { ...data };
    if (this.visibility.hiddenNodes.has(node)) {
      out.hidden = true;
      return out;
    }
    const look = nodeLook(node, this.highlight, this.focus);
    if (look.dimmed) {
      out.color = dimColor(data.color, 0.82, BACKGROUND);
      out.label = '';
    }
    out.highlighted = look.highlighted;
    out.forceLabel = look.forceLabel;
    return out;
  }

  private reduceEdge(edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> {
    const out: Partial<EdgeDisplayData> = { ...data };
    if (this.edgesPaused || this.visibility.hiddenEdges.has(edge)) {
      out.hidden = true;
      return out;
    }
    if (this.focus) {
      const [source, target] = this.graph.extremities(edge);
      if (edgeDimmed(source, target, this.highlight, this.focus)) {
        out.color = dimColor(data.color, 0.88, BACKGROUND);
      } else {
        out.size = data.size + 1;
      }
    }
    return out;
  }

  setHighlight(next: HighlightState): void {
    this.highlight = next;
    this.focus = focusSet(this.graph, next);
    this.sigma.refresh({ skipIndexation: true });
  }

  get selected(): string | null {
    return this.highlight.selected;
  }

  select(id: string | null): void {
    this.setHighlight({ ...this.highlight, selected: id });
  }

  /** Large graphs: no edges or labels while the camera moves, none while a layout runs. */
  tune(layoutRunning: boolean): void {
    const large = this.graph.size > LARGE_GRAPH_EDGES;
    this.sigma.setSetting('hideEdgesOnMove', large);
    this.sigma.setSetting('hideLabelsOnMove', large);
    const paused = layoutRunning && large;
    if (paused !== this.edgesPaused) {
      this.edgesPaused = paused;
      this.sigma.refresh();
    }
  }

  /** Called after every graph or filter change: the focus set may have gained or lost neighbours. */
  setVisibility(visibility: Visibility): void {
    this.visibility = visibility;
    this.focus = focusSet(this.graph, this.highlight);
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Moves the camera so the node is in the middle, zoomed in a little. */
  async centerOn(id: string, ratio = 0.6): Promise<void> {
    const display = this.sigma.getNodeDisplayData(id);
    if (!display) return;
    await this.sigma.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration: 400 });
  }

  /** Where a node is drawn, in CSS pixels relative to the container (tests and benchmarks use it). */
  viewportPosition(id: string): { x: number; y: number } | null {
    this.sigma.refresh({ skipIndexation: true }); // current size and positions
    const display = this.sigma.getNodeDisplayData(id);
    if (!display) return null;
    return this.sigma.framedGraphToViewport({ x: display.x, y: display.y });
  }

  resetCamera(): Promise<void> {
    return this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /**
   * The drawing as one canvas: every sigma layer composed over the background. It renders first
   * and copies in the same task, while the WebGL buffers still hold the frame.
   */
  snapshot(scale = window.devicePixelRatio || 1): HTMLCanvasElement {
    const { width, height } = this.sigma.getDimensions();
    const out = document.createElement('canvas');
    out.width = Math.round(width * scale);
    out.height = Math.round(height * scale);
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, out.width, out.height);
    this.sigma.refresh();
    for (const canvas of this.container.querySelectorAll('canvas')) {
      ctx.drawImage(canvas, 0, 0, out.width, out.height);
    }
    return out;
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.sigma.kill();
  }
}
