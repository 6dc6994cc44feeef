import type { Driver } from 'neo4j-driver';
import { readGraph } from './read-graph';

/**
 * Every entity and article node and every relationship between them with all properties, one
 * sorted line each: equal dumps mean equal graphs. `ingestedAt` is left out unless asked for
 * (two separate ingests of the same input differ only there).
 */
export async function canonicalDump(driver: Driver, opts: { ingestedAt?: boolean } = {}): Promise<string> {
  const snap = await readGraph(driver, { articles: true, articleText: true });
  const clean = (p: Record<string, unknown>) => {
    const { ingestedAt, ...rest } = p;
    return JSON.stringify(opts.ingestedAt && ingestedAt !== undefined ? { ...rest, ingestedAt } : rest);
  };
  const lines = [
    ...snap.nodes.map((n) => `N ${n.label} ${n.id} ${clean(n.props)}`),
    ...snap.relationships.map((r) => `R ${r.source} -${r.type}-> ${r.target} ${clean(r.props)}`),
  ];
  return lines.sort().join('\n');
}
