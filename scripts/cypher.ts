// pnpm cypher "QUERY" [--param k=v ...] [--write]: runs Cypher against the configured Neo4j, prints a table.
import { Command, Option } from 'commander';
import { GraphCollector, connect, connectionSettings, cypherParams, runReadOnlyCypher, toPlain, writeTx } from '@kg/neo4j';
import type { PlainValue } from '@kg/neo4j';

interface Flags {
  param: Record<string, unknown>;
  write?: boolean;
  limit: number;
  timeout: number;
  json?: boolean;
}

/** `k=v`: v parsed as JSON when it parses (42, true, "x", [1,2], {"a":1}), else taken as a string. */
function collectParam(raw: string, params: Record<string, unknown>): Record<string, unknown> {
  const eq = raw.indexOf('=');
  if (eq <= 0) throw new Error(`--param wants key=value, got ${JSON.stringify(raw)}`);
  const key = raw.slice(0, eq);
  const text = raw.slice(eq + 1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = text;
  }
  return { ...params, [key]: value };
}

function positiveInt(what: string) {
  return (raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what} wants a positive whole number, got ${raw}`);
    return n;
  };
}

function cell(value: PlainValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const props = (v: PlainValue) => (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length ? ` ${JSON.stringify(v)}` : '');
    if (value.kind === 'node' && Array.isArray(value.labels)) return `(${value.labels.map((l) => `:${l}`).join('')}${props(value.properties ?? null)})`;
    if (value.kind === 'relationship' && typeof value.type === 'string') return `[:${value.type}${props(value.properties ?? null)}]`;
  }
  return JSON.stringify(value);
}

// Terminal columns a string takes: combining marks (Arabic harakat) take none.
const width = (text: string) => [...text.replace(/\p{M}/gu, '')].length;
const MAX_CELL = 80;
function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return width(flat) > MAX_CELL ? `${[...flat].slice(0, MAX_CELL - 1).join('')}…` : flat;
}

function printTable(columns: string[], rows: Record<string, PlainValue>[]): void {
  if (columns.length === 0) return;
  const body = rows.map((row) => columns.map((c) => clip(cell(row[c] ?? null))));
  const widths = columns.map((c, i) => Math.max(width(c), ...body.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => `| ${cells.map((text, i) => text + ' '.repeat((widths[i] ?? 0) - width(text))).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  console.log(rule);
  console.log(line(columns));
  console.log(rule);
  for (const r of body) console.log(line(r));
  console.log(rule);
}

const program = new Command('pnpm cypher')
  .description('Run one Cypher query against Neo4j (NEO4J_URI, else the local server) and print the result as a table. Read-only unless --write.')
  .argument('<query>', 'the Cypher query (quote it)')
  .addOption(
    new Option('-p, --param <key=value>', 'a query parameter, repeatable; the value is JSON when it parses, else a string')
      .argParser(collectParam)
      .default({}, 'none'),
  )
  .option('--write', 'run in a write transaction (otherwise writes are refused)')
  .option('--limit <rows>', 'print at most this many rows', positiveInt('--limit'), 1000)
  .option('--timeout <ms>', 'server-side time limit', positiveInt('--timeout'), 60_000)
  .option('--json', 'print the result as JSON instead of a table')
  .showHelpAfterError();

program.action(async (query: string, flags: Flags) => {
  const settings = connectionSettings();
  const driver = await connect(settings);
  try {
    let columns: string[];
    let rows: Record<string, PlainValue>[];
    let truncated = false;
    let counters: Record<string, number> = {};
    if (flags.write) {
      ({ columns, rows, truncated, counters } = await writeTx(
        driver,
        async (tx) => {
          const result = await tx.run(query, cypherParams(flags.param));
          const graph = new GraphCollector();
          const keys = result.records[0]?.keys.map(String) ?? [];
          const all = result.records.map((record) => Object.fromEntries(keys.map((k) => [k, toPlain(record.get(k), graph)])));
          return { columns: keys, rows: all.slice(0, flags.limit), truncated: all.length > flags.limit, counters: result.summary.counters.updates() };
        },
        { timeoutMs: flags.timeout },
      ));
    } else {
      const result = await runReadOnlyCypher(driver, query, flags.param, { rowCap: flags.limit, timeoutMs: flags.timeout });
      ({ columns, rows, truncated } = result);
    }
    if (flags.json) {
      console.log(JSON.stringify({ columns, rows, truncated, ...(flags.write ? { counters } : {}) }, null, 2));
      return;
    }
    printTable(columns, rows);
    const changes = Object.entries(counters).filter(([, n]) => n > 0);
    const summary = [`${rows.length} row${rows.length === 1 ? '' : 's'}${truncated ? ` (cut at --limit ${flags.limit})` : ''}`];
    if (changes.length) summary.push(changes.map(([k, n]) => `${k}: ${n}`).join(', '));
    else if (flags.write) summary.push('no changes');
    console.log(summary.join('; '));
  } finally {
    await driver.close();
  }
});

try {
  await program.parseAsync();
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
