import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import { isSoftwareRenderer } from '../core/rendering/instancing';
import { nodeScaleFor } from '../core/rendering/node-scale';
import {
  DragLeanNodeCircleProgram,
  DragLeanNodePointProgram,
  DragLeanPlainNodeCircleProgram,
  PlainEdgeArrowProgram,
  PlainEdgeRectangleProgram,
  PlainNodeCircleProgram,
} from './programs';
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
/** On a software renderer, graphs above this many nodes + edges hide edges and labels while the camera moves (see tune()). */
export const SOFTWARE_MOVE_ELEMENTS = 500;
/** On a software renderer, above this many nodes + edges the simple programs draw (see ProgramChoice). */
export const SOFTWARE_LARGE_ELEMENTS = 1000;

/**
 * Which WebGL programs draw nodes and edges. 'instanced': sigma's defaults (a disc from one
 * triangle per node, a rectangle and an arrow head per edge, all drawn as instances). 'plain': the
 * same shapes and shaders written out vertex by vertex, without instancing. 'simple': nodes as point
 * sprites and edges as one-pixel lines without arrow heads (least to draw). 'auto': instanced on a
 * GPU; on a software renderer plain up to SOFTWARE_LARGE_ELEMENTS nodes + edges, simple above.
 */
export type ProgramChoice = 'auto' | 'instanced' | 'plain' | 'simple';

const PROGRAMS = {
  instanced: {
    nodeProgramClasses: { circle: DragLeanNodeCircleProgram },
    nodeHoverProgramClasses: { circle: NodeCircleProgram },
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram },
  },
  plain: {
    nodeProgramClasses: { circle: DragLeanPlainNodeCircleProgram },
    nodeHoverProgramClasses: { circle: PlainNodeCircleProgram },
    edgeProgramClasses: { arrow: PlainEdgeArrowProgram, line: PlainEdgeRectangleProgram },
  },
  simple: {
    nodeProgramClasses: { circle: DragLeanNodePointProgram },
    nodeHoverProgramClasses: { circle: NodePointProgram },
    edgeProgramClasses: { arrow: EdgeLineProgram, line: EdgeLineProgram },
  },
} as const;

type ProgramSet = keyof typeof PROGRAMS;

export interface GraphViewOptions {
  /** The WebGL renderer's name (UNMASKED_RENDERER_WEBGL), for 'auto'. */
  renderer?: string;
  programs?: ProgramChoice;
}

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
  private readonly software: boolean;
  private readonly programs: ProgramChoice;
  private programSet: ProgramSet;
  /** Radius factor for this graph's size (core/rendering/node-scale.ts). */
  private nodeScale = 1;

  constructor(
    readonly container: HTMLElement,
    readonly graph: KgGraph,
    events: GraphViewEvents,
    options: GraphViewOptions = {},
  ) {
    this.software = isSoftwareRenderer(options.renderer ?? '');
    this.programs = options.programs ?? 'auto';
    this.programSet = this.pickPrograms();
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      ...PROGRAMS[this.programSet],
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
    // Passing over nodes while dragging the stage highlights nothing: each highlight re-runs the
    // reducers over every node and edge, and a pan across a dense graph crosses many nodes.
    this.sigma.on('enterNode', ({ node }) => {
      if (!this.sigma.getMouseCaptor().isMouseDown) this.setHighlight({ ...this.highlight, hovered: node });
    });
    this.sigma.on('leaveNode', () => {
      if (this.highlight.hovered !== null) this.setHighlight({ ...this.highlight, hovered: null });
    });
    this.skipHoverPickingWhileDragging();
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

  /**
   * Sigma looks up the node under the pointer on every mouse move, dragging or not. The lookup
   * reads a pixel back from the GPU, which waits for every queued drawing to finish: while the
   * stage is dragged that stalls each frame (on a software renderer, for the whole drawing) to
   * answer a question nobody asks, since a drag hovers nothing. Sigma's own listeners stay; they
   * are only not called while the button is down.
   */
  private skipHoverPickingWhileDragging(): void {
    const captor = this.sigma.getMouseCaptor();
    for (const listener of captor.listeners('mousemove')) {
      captor.removeListener('mousemove', listener as (...args: unknown[]) => void);
      captor.on('mousemove', (coords) => {
        if (!captor.isMouseDown) (listener as (c: typeof coords) => void)(coords);
      });
    }
    // Frames drawn during a drag leave the picking buffer empty (core/rendering/picking.ts): one
    // more drawing on release fills it, or hovering would find nothing until the next change.
    captor.on('mouseup', () => this.sigma.scheduleRender());
  }

  private reduceNode(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> = { ...data, size: data.size * this.nodeScale };
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

  get hovered(): string | null {
    return this.highlight.hovered;
  }

  select(id: string | null): void {
    this.setHighlight({ ...this.highlight, selected: id });
  }

  /** The programs nodes and edges are drawn with now. */
  get programsInUse(): ProgramSet {
    return this.programSet;
  }

  private pickPrograms(): ProgramSet {
    if (this.programs !== 'auto') return this.programs;
    if (!this.software) return 'instanced';
    return this.graph.order + this.graph.size > SOFTWARE_LARGE_ELEMENTS ? 'simple' : 'plain';
  }

  /**
   * Called when a layout starts and ends (after every change of the graph). Large graphs (above
   * LARGE_GRAPH_EDGES edges; on a software renderer above SOFTWARE_MOVE_ELEMENTS nodes + edges):
   * no edges or labels while the camera moves, no edges while a layout runs. Programs: see
   * ProgramChoice.
   */
  tune(layoutRunning: boolean): void {
    const large = this.graph.size > LARGE_GRAPH_EDGES || (this.software && this.graph.order + this.graph.size > SOFTWARE_MOVE_ELEMENTS);
    // Each setSetting schedules a full refresh: only on a change.
    if (this.sigma.getSetting('hideEdgesOnMove') !== large) this.sigma.setSetting('hideEdgesOnMove', large);
    if (this.sigma.getSetting('hideLabelsOnMove') !== large) this.sigma.setSetting('hideLabelsOnMove', large);
    const scale = nodeScaleFor(this.graph.order);
    if (scale !== this.nodeScale) {
      this.nodeScale = scale;
      this.sigma.refresh();
    }
    const programs = this.pickPrograms();
    if (programs !== this.programSet) {
      this.programSet = programs;
      this.sigma.setSettings(PROGRAMS[programs]);
    }
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
