import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { connect, connectionSettings, type Driver } from '@kg/neo4j';
import { repoRoot } from '@kg/repo-paths';
import { join } from 'node:path';
import { createApp, type AppOptions } from './app';
import { serveApp } from './static';

export interface ServerOptions extends Partial<Omit<AppOptions, 'driver'>> {
  /** 0 picks a free port (default 8787). */
  port?: number;
  /** Default 127.0.0.1: the API reads the whole graph, so it stays on this machine unless asked. */
  host?: string;
  /** The built web app (default apps/explorer/dist); null serves the API only. */
  staticDir?: string | null;
  /** Use this driver (the caller closes it); default: connect with connectionSettings(). */
  driver?: Driver;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;

export function defaultStaticDir(): string {
  return join(repoRoot(), 'apps', 'explorer', 'dist');
}

/** Hosts that only reach this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** Starts the API (and the built app on the same address); resolves once it listens. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const ownDriver = !options.driver;
  const driver = options.driver ?? (await connect(connectionSettings()));
  const allowedHosts = options.allowedHosts ?? (isLoopback(host) ? ['localhost', '127.0.0.1', '::1', host] : undefined);
  const app = createApp({ ...options, driver, allowedHosts });
  const staticDir = options.staticDir === undefined ? defaultStaticDir() : options.staticDir;
  if (staticDir) serveApp(app, staticDir);
  const server = await new Promise<ReturnType<typeof serve>>((resolveListen, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, () => resolveListen(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    host,
    async close() {
      await new Promise<void>((done) => {
        server.close(() => done());
        // Keep-alive connections would hold close() open; the browser may still have some.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      if (ownDriver) await driver.close();
    },
  };
}
