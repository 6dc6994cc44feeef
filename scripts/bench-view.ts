// pnpm bench:view — how the explorer performs in headless Chromium (software WebGL) and how fast
// the API answers. Loads (a) the graph now in Neo4j (overview of up to 2000 nodes) and (b) a
// generated 10,000-node / 50,000-edge graph (GET /api/synthetic), and prints for each: time from
// the API request to the first render, layout time (ForceAtlas2 in its worker + noverlap), median
// frame time while panning (by mouse drag, and by moving the camera), and the WebGL renderer; then,
// with the browser closed, search and expansion p50/p95 over 200 sequential requests each (after
// 10 uncounted ones). Neo4j: NEO4J_URI/NEO4J_PASSWORD, else the local server (pnpm neo4j start).
// Options: --limit N (overview size, default 2000), --nodes N --edges M (synthetic size),
// --requests N, --only view|api, --json FILE, --dist DIR (serve another build of the explorer, e.g.
// an older commit's `apps/explorer/dist`, to compare against it on the same machine and load).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '../apps/explorer/src/testing/chromium';
import { startServer } from '@kg/api';
import type { OverviewResponse, SearchResponse } from '@kg/api/types';
import { connect, connectionSettings } from '@kg/neo4j';
import { DIST_DIR, ensureBuilt } from '../apps/explorer/src/testing/build';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../apps/explorer/src/testing/chromium';

const { values: opts } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    edges: { type: 'string', default: '50000' },
    requests: { type: 'string', default: '200' },
    limit: { type: 'string', default: '2000' },
    only: { type: 'string' },
    json: { type: 'string' },
    dist: { type: 'string' },
  },
});

interface ViewResult {
  scenario: string;
  nodes: number;
  edges: number;
  requestToFirstRenderMs: number;
  navigationToFirstRenderMs: number;
  layoutMs: number;
  fa2Ms: number;
  noverlapMs: number;
  layoutIterations: number;
  layoutVerdict: string;
  /** Mouse drag (what a person does). */
  panFrames: number;
  panFrameMedianMs: number;
  panFrameP95Ms: number;
  renderMedianMs: number;
  /** camera.setState per frame: full drawings. */
  cameraPanFrames: number;
  cameraPanFrameMedianMs: number;
  cameraPanFrameP95Ms: number;
  cameraRenderMedianMs: number;
  renderer: string;
  programs: string;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (n: number) => Math.round(n * 10) / 10;

// In-page: calls onFrame(seconds since the start) once per animation frame for `duration` ms and
// resolves with the intervals between frames (the first one is the wait for the first frame).
const FRAME_SAMPLER = `const sampleFrames = (duration, onFrame) => new Promise((done) => {
    const frames = [];
    const t0 = performance.now();
    let last = t0;
    const step = (now) => {
      frames.push(now - last);
      last = now;
      onFrame((now - t0) / 1000);
      if (now - t0 < duration) requestAnimationFrame(step); else done(frames);
    };
    requestAnimationFrame(step);
  });`;

// Runs in the page. Kept as plain JavaScript text: tsx would wrap named functions in a helper
// (__name) that does not exist in the browser.
// mode 'drag': the way a person pans: mouse down on the stage, one mouse move per animation frame
// in a circle, mouse up; the events go through sigma's mouse captor, so sigma knows the camera
// moves (hideEdgesOnMove) and picks the node under the pointer on every move, as it does for a
// person. mode 'camera': camera.setState per frame, which sigma does not see as a move: every
// frame is a full drawing (edges and labels too).
const PAN_SCRIPT = `(async (duration, mode) => {
  ${FRAME_SAMPLER}
  const hook = window.__kgExplorer;
  const camera = hook.camera();
  const sigma = hook.sigma();
  const start = camera.getState();
  const container = sigma.getContainer();
  const target = container.querySelector('canvas.sigma-mouse') || container;
  const rect = container.getBoundingClientRect();
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + rect.height / 2;
  const radius = Math.min(rect.width, rect.height) / 6;
  const fire = (type, x, y) => target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window }));
  const renders = [];
  let renderStart = 0;
  const before = () => { renderStart = performance.now(); };
  const after = () => { renders.push(performance.now() - renderStart); };
  sigma.on('beforeRender', before);
  sigma.on('afterRender', after);
  let x = cx + radius;
  let y = cy;
  if (mode === 'drag') fire('mousedown', x, y);
  const frames = await sampleFrames(duration, (t) => {
    if (mode === 'drag') {
      x = cx + radius * Math.cos(t * 2);
      y = cy + radius * Math.sin(t * 2);
      fire('mousemove', x, y);
    } else {
      camera.setState({ x: start.x + 0.15 * Math.cos(t * 2) * start.ratio, y: start.y + 0.15 * Math.sin(t * 2) * start.ratio });
    }
  });
  if (mode === 'drag') fire('mouseup', x, y);
  sigma.off('beforeRender', before);
  sigma.off('afterRender', after);
  // Let the release's inertia animation end before the camera goes back.
  await new Promise((r) => setTimeout(r, 600));
  camera.setState(start);
  return { frames: frames.slice(1), renders };
})`;

interface PanResult {
  frames: number[];
  renders: number[];
}

/** Pans for `ms`, one step per animation frame; returns frame intervals and sigma render times. */
async function pan(page: Page, mode: 'drag' | 'camera', ms = 3000): Promise<PanResult> {
  return page.evaluate(`${PAN_SCRIPT}(${ms}, ${JSON.stringify(mode)})`) as Promise<PanResult>;
}

// The floor under the view's frames: a page with sigma's layers (3 WebGL and 4 2D canvases of
// the graph area's size) that only clears them every frame, and the same page without canvases.
const FLOOR_SCRIPT = `(async (width, height, layers) => {
  ${FRAME_SAMPLER}
  document.body.innerHTML = '';
  const box = document.createElement('div');
  box.style.cssText = 'position:relative;width:' + width + 'px;height:' + height + 'px';
  document.body.appendChild(box);
  const draws = [];
  for (let i = 0; i < layers; i++) {
    const webgl = i % 2 === 0 && i < 6;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.style.cssText = 'position:absolute;inset:0';
    box.appendChild(canvas);
    if (webgl) {
      const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: false, antialias: false });
      draws.push(() => { gl.clearColor(0, 0, 0, 0); gl.clear(gl.COLOR_BUFFER_BIT); });
    } else {
      const ctx = canvas.getContext('2d');
      draws.push(() => ctx.clearRect(0, 0, width, height));
    }
  }
  const frames = await sampleFrames(2000, () => {
    for (const draw of draws) draw();
  });
  return frames.slice(2);
})`;

async function floorFrames(page: Page, width: number, height: number, layers: number): Promise<number> {
  await page.goto('about:blank');
  const frames = (await page.evaluate(`${FLOOR_SCRIPT}(${width}, ${height}, ${layers})`)) as number[];
  return round(percentile(frames, 50));
}

async function measureView(page: Page, url: string, scenario: string): Promise<ViewResult> {
  await page.goto(url);
  await page.waitForFunction('window.__kgExplorer && window.__kgExplorer.ready && window.__kgExplorer.layoutDone', undefined, { timeout: 300_000, polling: 200 });
  const m = await page.evaluate('window.__kgExplorer.metrics');
  const metrics = m as { requestStart: number; firstRender: number; layoutStart: number; layoutEnd: number; nodes: number; edges: number; renderer: string; programs: string; layout: { fa2Ms: number; noverlapMs: number; iterations: number; verdict: string } };
  const drag = await pan(page, 'drag');
  const cam = await pan(page, 'camera');
  return {
    scenario,
    nodes: metrics.nodes,
    edges: metrics.edges,
    requestToFirstRenderMs: round(metrics.firstRender - metrics.requestStart),
    navigationToFirstRenderMs: round(metrics.firstRender),
    layoutMs: round(metrics.layoutEnd - metrics.layoutStart),
    fa2Ms: round(metrics.layout.fa2Ms),
    noverlapMs: round(metrics.layout.noverlapMs),
    layoutIterations: metrics.layout.iterations,
    layoutVerdict: metrics.layout.verdict,
    panFrames: drag.frames.length,
    panFrameMedianMs: round(percentile(drag.frames, 50)),
    panFrameP95Ms: round(percentile(drag.frames, 95)),
    renderMedianMs: round(percentile(drag.renders, 50)),
    cameraPanFrames: cam.frames.length,
    cameraPanFrameMedianMs: round(percentile(cam.frames, 50)),
    cameraPanFrameP95Ms: round(percentile(cam.frames, 95)),
    cameraRenderMedianMs: round(percentile(cam.renders, 50)),
    renderer: metrics.renderer,
    programs: metrics.programs,
  };
}

async function timeRequests(base: string, paths: { path: string; init?: RequestInit }[], warmup = 10): Promise<{ n: number; p50: number; p95: number; max: number }> {
  for (const { path, init } of paths.slice(0, warmup)) await (await fetch(base + path, init)).arrayBuffer();
  const times: number[] = [];
  for (const { path, init } of paths) {
    const t0 = performance.now();
    const res = await fetch(base + path, init);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    times.push(performance.now() - t0);
  }
  return { n: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(Math.max(...times)) };
}

const loads = () => loadavg().map((l) => l.toFixed(1)).join(' ');

async function main(): Promise<void> {
  const only = opts.only;
  if (only !== undefined && only !== 'view' && only !== 'api') throw new Error('--only wants view or api');
  if (only !== 'api' && !chromiumAvailable()) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-core`);
  const dist = opts.dist ? resolve(opts.dist) : DIST_DIR;
  if (opts.dist && !existsSync(resolve(dist, 'index.html'))) throw new Error(`--dist ${opts.dist}: no index.html there (build it with vite build)`);
  if (only !== 'api' && !opts.dist && ensureBuilt()) console.log('built apps/explorer/dist');
  if (opts.dist) console.log(`explorer build: ${dist}`);
  const driver = await connect(connectionSettings());
  const server = await startServer({ port: 0, driver, staticDir: dist, synthetic: true });
  const nodes = Number(opts.nodes);
  const edges = Number(opts.edges);
  const requests = Number(opts.requests);
  const loadAtStart = loads();
  console.log(`machine: ${availableParallelism()} CPUs, load average ${loadAtStart} at the start (numbers scale with both)`);
  let views: ViewResult[] = [];
  let floor: { width: number; height: number; blankLayersMs: number; noCanvasMs: number } | null = null;
  let search = { n: 0, p50: NaN, p95: NaN, max: NaN };
  let expand = { n: 0, p50: NaN, p95: NaN, max: NaN };
  try {
    if (only !== 'api') {
      const browser = await launchChromium();
      try {
        // bypassCSP: the page's policy forbids eval, which string predicates of waitForFunction use.
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
        page.on('pageerror', (e) => console.error('page error:', e.message));
        views = [
          await measureView(page, `${server.url}/?limit=${Number(opts.limit)}`, `Neo4j overview (≤${Number(opts.limit)})`),
          await measureView(page, `${server.url}/?synthetic=${nodes}x${edges}`, `synthetic ${nodes}/${edges}`),
        ];
        const area = (await page.evaluate('(() => { const r = document.getElementById("graph").getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; })()')) as [number, number];
        floor = { width: area[0], height: area[1], blankLayersMs: await floorFrames(page, area[0], area[1], 7), noCanvasMs: await floorFrames(page, area[0], area[1], 0) };
      } finally {
        // Closed before the API is timed: an open page would share the CPUs with it.
        await browser.close();
      }
      console.log('\nView (headless Chromium, 1400×900)');
      console.table(views.map((v) => ({
        scenario: v.scenario,
        'nodes/edges': `${v.nodes}/${v.edges}`,
        programs: v.programs,
        'request→first render ms': v.requestToFirstRenderMs,
        'layout ms (fa2+noverlap)': `${v.layoutMs} (${v.fa2Ms}+${v.noverlapMs}, ${v.layoutIterations} it, ${v.layoutVerdict})`,
        'drag pan: frames, median/p95 ms': `${v.panFrames}, ${v.panFrameMedianMs}/${v.panFrameP95Ms}`,
        'camera pan: frames, median/p95 ms': `${v.cameraPanFrames}, ${v.cameraPanFrameMedianMs}/${v.cameraPanFrameP95Ms}`,
        'sigma render median ms (drag/camera)': `${v.renderMedianMs}/${v.cameraRenderMedianMs}`,
      })));
      console.log(`WebGL renderer: ${views[0]!.renderer}`);
      if (floor) console.log(`floor: median frame ${floor.blankLayersMs} ms for 7 blank ${floor.width}×${floor.height} canvas layers (3 WebGL, 4 2D) cleared every frame, ${floor.noCanvasMs} ms without canvases`);
      console.log(`load average ${loads()} after the view`);
    }

    if (only !== 'view') {
      // API latency: names of the best-connected entities as typed queries (full, prefix, Arabic).
      const overview = (await (await fetch(`${server.url}/api/overview?limit=200`)).json()) as OverviewResponse;
      const names = overview.nodes.flatMap((n) => [n.name, n.nameAr ?? n.name, n.name.slice(0, 3)]).filter((s) => s.trim().length > 0);
      const ids = overview.nodes.map((n) => n.id);
      if (names.length) {
        search = await timeRequests(server.url, Array.from({ length: requests }, (_, i) => ({ path: `/api/search?q=${encodeURIComponent(names[i % names.length]!)}` })));
        const probe = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(names[0]!)}`)).json()) as SearchResponse;
        if (!probe.hits.length) console.warn(`search for "${names[0]}" found nothing`);
        expand = await timeRequests(
          server.url,
          Array.from({ length: requests }, (_, i) => ({
            path: `/api/nodes/${encodeURIComponent(ids[i % ids.length]!)}/expand`,
            init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ exclude: ids.slice(0, 50), limit: 100 }) },
          })),
        );
      }
      console.log(`\nAPI over ${requests} sequential requests each (graph: ${overview.nodes.length} entities in the overview)`);
      console.table({ search: search, expand: expand });
      console.log(`load average ${loads()} after the API`);
    }
    if (opts.json) {
      const file = resolve(opts.json);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ views, floor, api: { search, expand }, cpus: availableParallelism(), loadavgAtStart: loadAtStart, loadavgAtEnd: loads() }, null, 2));
      console.log(`wrote ${file}`);
    }
  } finally {
    await server.close();
    await driver.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
