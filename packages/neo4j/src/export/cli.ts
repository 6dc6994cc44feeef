import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../driver';
import { connectionSettings } from '../settings';
import { readGraph } from './read-graph';
import { EXPORT_FORMATS, serializeGraph } from './serialize';
import type { ExportFormat } from './serialize';
import { toGraphology } from './to-graphology';

export const EXPORT_USAGE = `usage: pnpm export --format graphml|gexf|json [--out FILE] [--entities-only] [--with-text]

  --format F       graphml or gexf (open in Gephi), or json (graphology's serialization)
  --out FILE       write there instead of standard output
  --entities-only  leave out Article nodes and MENTIONS
  --with-text      keep the articles' full text (left out by default)

Nodes carry label, type and color (graph-schema's NODE_STYLE) plus their stored properties;
edges type, label, color, weight and their provenance. Lists are joined with " | " in GraphML/GEXF.`;

/** `pnpm export`: returns the exit status. */
export async function exportMain(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        'entities-only': { type: 'boolean' },
        'with-text': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(EXPORT_USAGE);
    return 0;
  }
  const format = (values.format ?? (values.out ? /\.(graphml|gexf|json)$/i.exec(values.out)?.[1]?.toLowerCase() : undefined)) as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    console.error(`export: --format must be one of ${EXPORT_FORMATS.join(', ')}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  let driver;
  try {
    driver = await connect(connectionSettings(env));
  } catch (error) {
    console.error(`export: cannot connect to Neo4j: ${(error as Error).message}`);
    return 2;
  }
  try {
    const snapshot = await readGraph(driver, { articles: !values['entities-only'], articleText: values['with-text'] });
    const graph = toGraphology(snapshot);
    const text = serializeGraph(graph, format);
    if (values.out) {
      // `pnpm export` runs in the repository root; a relative --out means the caller's folder.
      const cwd = env.INIT_CWD && isAbsolute(env.INIT_CWD) ? env.INIT_CWD : process.cwd();
      await writeFile(resolve(cwd, values.out), text, 'utf8');
      console.error(`export: ${graph.order} nodes, ${graph.size} edges → ${values.out} (${format}, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  } finally {
    await driver.close();
  }
}
