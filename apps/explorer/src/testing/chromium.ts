import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export type { Browser, Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium fonts-noto-core); no browser is ever downloaded. */
export const CHROMIUM_PATH = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Headless Chromium with WebGL through SwiftShader (software): newer Chromium no longer falls
 * back to it by itself, so it is asked for explicitly. The page is composited in software, as
 * Chrome does on a machine without a usable GPU: compositing through SwiftShader instead costs
 * about 100 ms a frame for sigma's seven full-size canvas layers even when they are blank
 * (measured with plain canvases; the README's "Exploring the graph" has the figures).
 * KG_CHROMIUM_ARGS (space-separated) adds flags, e.g. for comparisons.
 */
export function launchChromium(): Promise<Browser> {
  const extra = (process.env.KG_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      '--ignore-gpu-blocklist',
      '--disable-gpu-compositing',
      ...extra,
    ],
  });
}
