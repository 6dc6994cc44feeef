import './styles.css';
import type { CypherResponse, GraphData, SchemaResponse, SearchHit } from '@kg/api/types';
import { api, ApiRequestError } from './api/client';
import { addGraphData, createGraph, placeNear, relabel, removeAdded, type KgGraph, type LabelLanguage } from './core/graph/model';
import { computeVisibility, countEdgesByType, countNodesByLabel, dateFilterActive, NO_FILTER, toggled, type FilterState } from './core/filters/filters';
import { dateDomain, type DateRange } from './core/dates/range';
import { ViewHistory } from './core/history/view-history';
import { seededRandom } from './core/layout/random';
import { GraphView, type ProgramChoice } from './controllers/graph-view';
import { LayoutController, type LayoutReport } from './controllers/layout';
import type { ConsoleHandle } from './views/console';
import { renderDateFilter } from './views/date-filter';
import { download } from './views/dom';
import { renderLegend } from './views/legend';
import { renderPanel, renderPanelMessage } from './views/panel';
import { mountSearchBox } from './views/search-box';
import { mountToolbar } from './views/toolbar';
import { canvasToPng, countInkPixels, graphToGexf, timestamp } from './export/exporters';

type Snapshot = ReturnType<KgGraph['export']>;

/** Timings the benchmark and the e2e test read (ms since navigation start). */
export interface ExplorerMetrics {
  requestStart?: number;
  dataReceived?: number;
  firstRender?: number;
  layoutStart?: number;
  layoutEnd?: number;
  layout?: LayoutReport;
  nodes?: number;
  edges?: number;
  renderer?: string;
  /** Which programs drew the graph when the layout ended (see ProgramChoice). */
  programs?: string;
}

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const params = new URLSearchParams(location.search);
const overviewLimit = Math.min(2000, Math.max(1, Number(params.get('limit')) || 300));
const expandLimit = Math.min(100, Math.max(1, Number(params.get('expand')) || 100));
const synthetic = /^(\d+)x(\d+)$/.exec(params.get('synthetic') ?? '');

const graph = createGraph();
const history = new ViewHistory<Snapshot>();
const layout = new LayoutController(graph);
const metrics: ExplorerMetrics = {};
let lang: LabelLanguage = params.get('lang') === 'en' ? 'en' : 'ar';
let filters: FilterState = NO_FILTER;
let schema: SchemaResponse | null = null;
let domainKey = '';
let layoutDone = false;
let ready = false;
let consoleHandle: ConsoleHandle | null = null;
const random = seededRandom(7);

const status = (message: string, kind: 'info' | 'error' = 'info') => {
  const el = $('status');
  el.textContent = message;
  el.dataset.kind = kind;
};

function webglRenderer(): string {
  const canvas = document.createElement('canvas');
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return 'no WebGL';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

const renderer = webglRenderer();
const programs = (['auto', 'instanced', 'plain', 'simple'] as const).find((p) => p === params.get('programs')) ?? 'auto';

const view = new GraphView($('graph'), graph, {
  clickNode: (id) => void openPanel(id),
  doubleClickNode: (id) => void expandNode(id),
  clickStage: () => {
    view.select(null);
  },
}, { renderer, programs: programs satisfies ProgramChoice });

const toolbar = mountToolbar($('toolbar'), {
  undo: () => undo(),
  relayout: () => void runLayout(),
  fit: () => void view.resetCamera(),
  toggleLanguage: () => {
    lang = lang === 'ar' ? 'en' : 'ar';
    relabel(graph, lang);
    toolbar.setLanguage(lang);
  },
  exportPng: () => void canvasToPng(view.snapshot()).then((b) => download(b, `kg-view-${timestamp()}.png`)),
  exportGexf: () => download(new Blob([graphToGexf(graph)], { type: 'application/xml' }), `kg-graph-${timestamp()}.gexf`),
  toggleConsole: () => void toggleConsole(),
});
toolbar.setLanguage(lang);

/** Filters, legend and date slider follow the graph and the filter state. */
function applyFilters(): void {
  const edgeDates: (string | null)[] = [];
  graph.forEachEdge((_, a) => edgeDates.push(a.firstSeen, a.lastSeen));
  graph.forEachNode((_, a) => edgeDates.push(a.date));
  const domain = dateDomain(edgeDates);
  const key = domain ? `${domain.from}/${domain.to}` : '';
  filters = { ...filters, domain };
  if (key !== domainKey) {
    domainKey = key;
    renderDateFilter($('dates'), domain, filters.range, (range: DateRange | null) => {
      filters = { ...filters, range };
      applyFilters();
    });
  }
  const visibility = computeVisibility(graph, filters);
  view.setVisibility(visibility);
  renderLegend(
    $('legend'),
    { nodeCounts: countNodesByLabel(graph, visibility), edgeCounts: countEdgesByType(graph, visibility), hiddenLabels: filters.hiddenLabels, hiddenTypes: filters.hiddenTypes, schema },
    {
      toggleLabel: (l) => {
        filters = { ...filters, hiddenLabels: toggled(filters.hiddenLabels, l) };
        applyFilters();
      },
      toggleType: (t) => {
        filters = { ...filters, hiddenTypes: toggled(filters.hiddenTypes, t) };
        applyFilters();
      },
    },
  );
  $('graph').dataset.hiddenNodes = String(visibility.hiddenNodes.size);
  $('graph').dataset.dateFilter = String(dateFilterActive(filters));
}

async function runLayout(options: { maxIterations?: number } = {}): Promise<LayoutReport> {
  layoutDone = false;
  toolbar.setLayoutRunning(true);
  view.tune(true);
  metrics.layoutStart = performance.now();
  const big = graph.order > 3000;
  const report = await layout.run({
    maxIterations: options.maxIterations ?? (big ? 300 : 500),
    maxMs: big ? 15_000 : 6000,
    toViewport: (p) => view.sigma.graphToViewport(p),
    fromViewport: (p) => view.sigma.viewportToGraph(p),
  });
  metrics.layoutEnd = performance.now();
  metrics.layout = report;
  toolbar.setLayoutRunning(false);
  view.tune(false);
  metrics.programs = view.programsInUse;
  view.sigma.refresh();
  layoutDone = true;
  return report;
}

function addData(data: GraphData, label: string) {
  layout.stop();
  const added = addGraphData(graph, data, { lang, place: placeNear(data, random) });
  history.push({ kind: 'add', label, added });
  toolbar.setUndo(history.size);
  applyFilters();
  return added;
}

async function expandNode(id: string, limit = expandLimit): Promise<number> {
  status('…');
  try {
    const res = await api.expand(id, { exclude: graph.nodes(), limit });
    const added = addData(res, `expand ${id}`);
    const more = res.available - added.nodes.filter((n) => n !== id).length;
    status(added.nodes.length ? `+${added.nodes.length} عقدة · nodes${res.capped ? ` (${more} more not shown)` : ''}` : 'لا جيران جدد · No new neighbours');
    $('graph').dataset.expansions = String(Number($('graph').dataset.expansions ?? 0) + 1);
    if (added.nodes.length) void runLayout({ maxIterations: 200 });
    return added.nodes.length;
  } catch (error) {
    status((error as Error).message, 'error');
    return 0;
  }
}

async function openPanel(id: string): Promise<void> {
  view.select(graph.hasNode(id) ? id : null);
  const panel = $('panel');
  renderPanelMessage(panel, '…');
  try {
    const details = await api.node(id);
    renderPanel(panel, details, {
      focusNode: (other) => void focusNode(other),
      expand: (nodeId) => void expandNode(nodeId),
      close: () => {
        panel.hidden = true;
        view.select(null);
      },
    });
  } catch (error) {
    renderPanelMessage(panel, (error as Error).message);
  }
}

/** Brings a node into view (fetching it and a few neighbours if needed), selects and centres it. */
async function focusNode(id: string): Promise<void> {
  if (!graph.hasNode(id) && !id.startsWith('article:')) {
    await expandNode(id, 10);
    if (layout.running) await new Promise((r) => setTimeout(r, 50));
  }
  // The panel opens first: it narrows the graph, and the camera should centre in what is left.
  const panel = openPanel(id);
  if (graph.hasNode(id)) {
    view.select(id);
    await new Promise((r) => requestAnimationFrame(r));
    await view.centerOn(id);
  }
  await panel;
}

function undo(): void {
  const entry = history.pop();
  toolbar.setUndo(history.size);
  if (!entry) return;
  layout.stop();
  if (entry.kind === 'add') removeAdded(graph, entry.added);
  else {
    graph.clear();
    graph.import(entry.previous);
  }
  if (view.selected && !graph.hasNode(view.selected)) {
    view.select(null);
    $('panel').hidden = true;
  }
  applyFilters();
  status(`تراجع · Undone: ${entry.label}`);
}

function showCypherGraph(result: CypherResponse, mode: 'add' | 'replace'): void {
  const data: GraphData = { nodes: result.nodes, edges: result.relationships };
  if (mode === 'replace') {
    layout.stop();
    const previous = graph.export();
    graph.clear();
    addGraphData(graph, data, { lang, place: placeNear(data, random) });
    history.push({ kind: 'replace', label: 'cypher result', previous });
    toolbar.setUndo(history.size);
    applyFilters();
  } else {
    addData(data, 'cypher result');
  }
  void runLayout().then(() => view.resetCamera());
}

/** The console (CodeMirror + the Cypher grammar, most of the bundle) loads when first opened. */
async function toggleConsole(): Promise<void> {
  const root = $('console');
  root.hidden = !root.hidden;
  if (!root.hidden && !consoleHandle) {
    const { mountConsole } = await import('./views/console');
    consoleHandle ??= mountConsole(root, { run: (query, p) => api.cypher({ query, params: p as never }), showGraph: showCypherGraph });
    if (schema) consoleHandle.setSchema(schema);
    root.dataset.ready = 'true';
  }
  if (!root.hidden) consoleHandle?.editor.focus();
  view.sigma.resize();
}

mountSearchBox($('search'), {
  search: (q, signal) => api.search(q, 10, signal),
  choose: (hit: SearchHit) => void focusNode(hit.node.id),
});

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement | null;
  const typing = target && (target.closest('input, textarea, select, .cm-editor') !== null);
  if (!typing && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
    e.preventDefault();
    undo();
  }
});

async function start(): Promise<void> {
  metrics.renderer = renderer;
  status('…تحميل · Loading');
  metrics.requestStart = performance.now();
  const [schemaRes, data] = await Promise.all([
    api.schema().catch(() => null),
    synthetic ? api.synthetic(Number(synthetic[1]), Number(synthetic[2])) : api.overview(overviewLimit),
  ]);
  schema = schemaRes;
  metrics.dataReceived = performance.now();
  view.sigma.once('afterRender', () => {
    metrics.firstRender = performance.now();
  });
  layout.stop();
  // The overview is the base view, not an undoable step.
  addGraphData(graph, data, { lang, place: placeNear(data, random) });
  view.tune(false); // programs for this graph's size before the first drawing
  applyFilters();
  view.sigma.refresh();
  metrics.nodes = graph.order;
  metrics.edges = graph.size;
  ready = true;
  status(`${graph.order} عقدة · nodes, ${graph.size} علاقة · relations${schema ? ` — ${schema.labels.reduce((s, l) => s + l.count, 0)} in the database` : ''}`);
  await runLayout();
  await view.resetCamera();
}

// Read by the e2e test and scripts/bench-view.ts; harmless for users.
Object.assign(window, {
  __kgExplorer: {
    metrics,
    get ready() {
      return ready;
    },
    get layoutDone() {
      return layoutDone && !layout.running;
    },
    get order() {
      return graph.order;
    },
    get size() {
      return graph.size;
    },
    get selected() {
      return view.selected;
    },
    get hovered() {
      return view.hovered;
    },
    hasNode: (id: string) => graph.hasNode(id),
    /** Page coordinates of a node's centre, or null when it is not drawn. */
    nodePagePosition(id: string) {
      const p = view.viewportPosition(id);
      if (!p) return null;
      const rect = view.container.getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    inkPixels: () => countInkPixels(view.snapshot(1)),
    camera: () => view.sigma.getCamera(),
    sigma: () => view.sigma,
  },
});

start().catch((error) => {
  const message = error instanceof ApiRequestError ? error.message : `could not load the graph: ${(error as Error).message}`;
  status(message, 'error');
  console.error(error);
});
