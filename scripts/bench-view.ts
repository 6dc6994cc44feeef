// pnpm bench:view — how the explorer performs in headless Chromium (software WebGL) and how fast
// the API answers. Loads (a) the graph now in Neo4j (overview of up to 2000 nodes) and (b) a
// generated 10,000-node / 50,000-edge graph (GET /api/synthetic), and prints for each: time from
// the API request to the first render, layout time (ForceAtlas2 in its worker + noverlap), median
// frame time while panning, and the WebGL renderer; then search and expansion p50/p95 over ~200
// requests each. Neo4j: NEO4J_URI/NEO4J_PASSWORD, else the local server (pnpm neo4j start).
// Options: --nodes N --edges M (synthetic size), --requests N, --json FILE.
import { mkdirSync, writeFileSync } from 'node:fs';
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
    json: { type: 'string' },
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
  panFrames: number;
  panFrameMedianMs: number;
  panFrameP95Ms: number;
  renderMedianMs: number;
  renderer: string;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (n: number) => Math.round(n * 10) / 10;

// Runs in the page. Kept as plain JavaScript text: tsx would wrap named functions in a helper
// (__name) that does not exist in the browser.
const PAN_SCRIPT = `(async (duration) => {
  const hook = window.__kgExplorer;
  const camera = hook.camera();
  const sigma = hook.sigma();
  const start = camera.getState();
  const renders = [];
  let renderStart = 0;
  const before = () => { renderStart = performance.now(); };
  const after = () => { renders.push(performance.now() - renderStart); };
  sigma.on('beforeRender', before);
  sigma.on('afterRender', after);
  const frames = [];
  await new Promise((done) => {
    const t0 = performance.now();
    let last = t0;
    const step = (now) => {
      frames.push(now - last);
      last = now;
      const t = (now - t0) / 1000;
      camera.setState({ x: start.x + 0.15 * Math.cos(t * 2) * start.ratio, y: start.y + 0.15 * Math.sin(t * 2) * start.ratio });
      if (now - t0 < duration) requestAnimationFrame(step); else done();
    };
    requestAnimationFrame(step);
  });
  sigma.off('beforeRender', before);
  sigma.off('afterRender', after);
  camera.setState(start);
  return { frames: frames.slice(1), renders };
})`;

/** Pans the camera in a circle for `ms`, one step per animation frame; returns frame intervals and sigma render times. */
async function panFrames(page: Page, ms = 3000): Promise<{ frames: number[]; renders: number[] }> {
  return page.evaluate(`${PAN_SCRIPT}(${ms})`) as Promise<{ frames: number[]; renders: number[] }>;
}

async function measureView(page: Page, url: string, scenario: string): Promise<ViewResult> {
  await page.goto(url);
  await page.waitForFunction('window.__kgExplorer && window.__kgExplorer.ready && window.__kgExplorer.layoutDone', undefined, { timeout: 300_000, polling: 200 });
  const m = await page.evaluate('window.__kgExplorer.metrics');
  const metrics = m as { requestStart: number; firstRender: number; layoutStart: number; layoutEnd: number; nodes: number; edges: number; renderer: string; layout: { fa2Ms: number; noverlapMs: number; iterations: number; verdict: string } };
  const pan = await panFrames(page);
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
    panFrames: pan.frames.length,
    panFrameMedianMs: round(percentile(pan.frames, 50)),
    panFrameP95Ms: round(percentile(pan.frames, 95)),
    renderMedianMs: round(percentile(pan.renders, 50)),
    renderer: metrics.renderer,
  };
}

async function timeRequests(base: string, paths: { path: string; init?: RequestInit }[]): Promise<{ n: number; p50: number; p95: number; max: number }> {
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

async function main(): Promise<void> {
  if (!chromiumAvailable()) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-core`);
  if (ensureBuilt()) console.log('built apps/explorer/dist');
  const driver = await connect(connectionSettings());
  const server = await startServer({ port: 0, driver, staticDir: DIST_DIR, synthetic: true });
  const browser = await launchChromium();
  const nodes = Number(opts.nodes);
  const edges = Number(opts.edges);
  const requests = Number(opts.requests);
  try {
    // bypassCSP: the page's policy forbids eval, which string predicates of waitForFunction use.
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const views = [
      await measureView(page, `${server.url}/?limit=2000`, 'Neo4j overview (≤2000)'),
      await measureView(page, `${server.url}/?synthetic=${nodes}x${edges}`, `synthetic ${nodes}/${edges}`),
    ];
    console.log('\nView (headless Chromium, 1400×900)');
    console.table(views.map((v) => ({
      scenario: v.scenario,
      'nodes/edges': `${v.nodes}/${v.edges}`,
      'request→first render ms': v.requestToFirstRenderMs,
      'layout ms (fa2+noverlap)': `${v.layoutMs} (${v.fa2Ms}+${v.noverlapMs}, ${v.layoutIterations} it, ${v.layoutVerdict})`,
      'pan frames, median/p95 ms': `${v.panFrames}, ${v.panFrameMedianMs}/${v.panFrameP95Ms}`,
      'sigma render median ms': v.renderMedianMs,
    })));
    console.log(`WebGL renderer: ${views[0]!.renderer}`);
    console.log(`machine: ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (numbers scale with both)`);

    // API latency: names of the best-connected entities as typed queries (full, prefix, Arabic).
    const overview = (await (await fetch(`${server.url}/api/overview?limit=200`)).json()) as OverviewResponse;
    const names = overview.nodes.flatMap((n) => [n.name, n.nameAr ?? n.name, n.name.slice(0, 3)]).filter((s) => s.trim().length > 0);
    const ids = overview.nodes.map((n) => n.id);
    let search = { n: 0, p50: NaN, p95: NaN, max: NaN };
    let expand = { n: 0, p50: NaN, p95: NaN, max: NaN };
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
    if (opts.json) {
      const file = resolve(opts.json);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ views, api: { search, expand }, cpus: availableParallelism(), loadavg: loadavg() }, null, 2));
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
    await server.close();
    await driver.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
