import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '@kg/api';
import { seedExplorerGraph, testDriver } from '@kg/api/test-fixtures';
import type { Driver } from '@kg/neo4j';
import { APP_DIR, DIST_DIR, ensureBuilt } from './testing/build';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './testing/chromium';

const ARTIFACTS = resolve(APP_DIR, '..', '..', 'artifacts');
const available = chromiumAvailable();
if (!available) {
  console.warn(`explorer e2e skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium fonts-noto-core; .ci/run installs it)`);
}
const describeWithChromium = available ? describe : describe.skip;

interface ExplorerHook {
  ready: boolean;
  layoutDone: boolean;
  order: number;
  size: number;
  selected: string | null;
  hovered: string | null;
  camera(): { isAnimated(): boolean };
  hasNode(id: string): boolean;
  nodePagePosition(id: string): { x: number; y: number } | null;
  inkPixels(): number;
}
declare global {
  interface Window {
    __kgExplorer: ExplorerHook;
  }
}

describeWithChromium('explorer in Chromium against the real stack', () => {
  let driver: Driver;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    driver = await testDriver();
    await seedExplorerGraph(driver);
    server = await startServer({ port: 0, driver, staticDir: DIST_DIR });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      // The refused CREATE answers 400 on purpose; the browser logs that as a failed resource.
      if (m.type() === 'error' && !/status of 400/.test(m.text())) pageErrors.push(m.text());
    });
    // A small overview (the 5 best-connected entities) leaves room for double-click to add neighbours.
    await page.goto(`${server.url}/?limit=5`);
    await page.waitForFunction(() => window.__kgExplorer?.ready && window.__kgExplorer.layoutDone, undefined, { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    if (page) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'explorer-e2e.png') }).catch(() => {});
    }
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('draws the graph on a canvas', async () => {
    expect(await page.evaluate(() => window.__kgExplorer.order)).toBe(5);
    const ink = await page.evaluate(() => window.__kgExplorer.inkPixels());
    expect(ink).toBeGreaterThan(500);
    expect(await page.locator('[data-testid="legend-nodes"] [data-key="State"]').count()).toBe(1);
  }, 30_000);

  it('search for العراق selects Iraq and its panel shows Arabic evidence', async () => {
    await page.fill('[data-testid="search-input"]', 'العراق');
    const suggestion = page.locator('[data-testid="search-suggestions"] li[data-id="state:iraq"]');
    await suggestion.waitFor({ timeout: 10_000 });
    await suggestion.dispatchEvent('mousedown');
    await page.waitForFunction(() => window.__kgExplorer.selected === 'state:iraq', undefined, { timeout: 10_000 });
    await page.locator('[data-testid="panel-name-ar"]').waitFor({ timeout: 10_000 });
    expect(await page.textContent('[data-testid="panel-name-ar"]')).toBe('العراق');
    const sentence = page.locator('#panel .evidence blockquote[dir="rtl"]', { hasText: 'العراق وتركيا' }).first();
    await sentence.waitFor({ timeout: 10_000 });
    expect(await sentence.textContent()).toContain('وقال رئيس الوزراء العراقي محمد شياع السوداني');
    expect(await page.locator('#panel .evidence .article-title').first().textContent()).toBeTruthy();
  }, 60_000);

  it('double-click on a node adds its neighbours, and undo takes them back', async () => {
    // Choosing a suggestion centres the node with a camera animation: aim once it has ended.
    await page.waitForFunction(() => !window.__kgExplorer.camera().isAnimated(), undefined, { timeout: 5_000 });
    const before = await page.evaluate(() => window.__kgExplorer.order);
    const pos = await page.evaluate(() => window.__kgExplorer.nodePagePosition('state:iraq'));
    expect(pos).not.toBeNull();
    await page.mouse.dblclick(pos!.x, pos!.y);
    await page.waitForFunction((n) => window.__kgExplorer.order > n, before, { timeout: 15_000 });
    const after = await page.evaluate(() => window.__kgExplorer.order);
    expect(after).toBeGreaterThan(before);
    expect(await page.evaluate(() => window.__kgExplorer.hasNode('weapon:rafale'))).toBe(true);
    await page.waitForFunction(() => window.__kgExplorer.layoutDone, undefined, { timeout: 30_000 });
    await page.click('[data-testid="undo"]');
    expect(await page.evaluate(() => window.__kgExplorer.order)).toBe(before);
    // Expand again so the screenshot shows the neighbourhood.
    await page.mouse.dblclick(...(Object.values((await page.evaluate(() => window.__kgExplorer.nodePagePosition('state:iraq')))!) as [number, number]));
    await page.waitForFunction((n) => window.__kgExplorer.order > n, before, { timeout: 15_000 });
    await page.waitForFunction(() => window.__kgExplorer.layoutDone, undefined, { timeout: 30_000 });
  }, 120_000);

  it('dragging the stage pans the view, and nodes can be hovered again after the drag', async () => {
    const start = (await page.evaluate(() => window.__kgExplorer.nodePagePosition('state:iraq')))!;
    const box = (await page.locator('#graph').boundingBox())!;
    // A corner of the stage, away from the nodes the layout puts in the middle.
    const from = { x: box.x + 15, y: box.y + box.height - 15 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + 10 * i, from.y - 5 * i);
    await page.mouse.up();
    await page.waitForFunction(() => !window.__kgExplorer.camera().isAnimated(), undefined, { timeout: 5_000 });
    const moved = (await page.evaluate(() => window.__kgExplorer.nodePagePosition('state:iraq')))!;
    expect(moved.x - start.x).toBeGreaterThan(40);
    expect(start.y - moved.y).toBeGreaterThan(20);
    await page.mouse.move(moved.x, moved.y);
    await page.waitForFunction(() => window.__kgExplorer.hovered === 'state:iraq', undefined, { timeout: 5_000 });
    await page.mouse.move(from.x, from.y);
    await page.waitForFunction(() => window.__kgExplorer.hovered === null, undefined, { timeout: 5_000 });
  }, 30_000);

  it('the Cypher console returns rows for a MATCH and refuses a CREATE', async () => {
    await page.click('[data-testid="toggle-console"]');
    await page.locator('#console[data-ready="true"] .cm-content').waitFor({ timeout: 15_000 });
    const editor = page.locator('#console .cm-content');
    await editor.fill("MATCH (s:State)-[:COOPERATES_WITH]->(t:State) RETURN s.name AS source, t.nameAr AS target ORDER BY source, target");
    await page.fill('[data-testid="cypher-params"]', '');
    await page.click('[data-testid="cypher-run"]');
    const rows = page.locator('[data-testid="cypher-table"] tbody tr');
    await rows.first().waitFor({ timeout: 15_000 });
    expect(await rows.count()).toBe(4);
    expect(await page.locator('[data-testid="cypher-table"] tbody').textContent()).toContain('تركيا');
    expect(await page.locator('[data-testid="cypher-error"]').isHidden()).toBe(true);

    await editor.fill("CREATE (n:State {id: 'state:atlantis', name: 'Atlantis'}) RETURN n");
    await page.click('[data-testid="cypher-run"]');
    const error = page.locator('[data-testid="cypher-error"]');
    await error.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await error.textContent()).toMatch(/read-only/);
    const count = await driver.executeQuery("MATCH (n {id: 'state:atlantis'}) RETURN count(n) AS c");
    expect(Number(count.records[0]?.get('c'))).toBe(0);
  }, 90_000);

  it('ran without page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
