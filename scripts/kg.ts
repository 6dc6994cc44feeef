// `pnpm -s kg extract|eval`: the database-free commands around the extraction core.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { evaluateDir, extractFile, formatReport, outputName } from '@kg/cli';
import { DEFAULT_MAX_BYTES } from '@kg/extract';
import { sharedDir } from '@kg/repo-paths';

const program = new Command('kg').description('Knowledge-graph builder: extraction without a database').showHelpAfterError();

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};

program
  .command('extract')
  .description('extract entities and relations from article files (txt, md, html, json, TREC xml)')
  .argument('<files...>', 'article files')
  .option('--out <dir>', 'write DIR/<file name without extension>.json for each input')
  .option('--json', 'print the result(s) to stdout')
  .option('--max-bytes <n>', 'refuse larger files', positiveInt, DEFAULT_MAX_BYTES)
  .action((files: string[], opts: { out?: string; json?: boolean; maxBytes: number }) => {
    if (!opts.out && !opts.json) program.error('kg extract: give --out DIR or --json');
    if (opts.out) mkdirSync(opts.out, { recursive: true });
    let failed = 0;
    const printed: unknown[] = [];
    for (const file of files) {
      const outcome = extractFile(file, opts.maxBytes);
      if (outcome.error || !outcome.results) {
        failed++;
        process.stderr.write(`kg: ${file}: ${outcome.error}\n`);
        continue;
      }
      const value = outcome.results.length === 1 ? outcome.results[0] : outcome.results;
      if (opts.out) writeFileSync(join(opts.out, outputName(file)), JSON.stringify(value, null, 2) + '\n');
      if (opts.json) printed.push(value);
    }
    if (opts.json && printed.length) process.stdout.write(JSON.stringify(printed.length === 1 ? printed[0] : printed, null, 2) + '\n');
    if (opts.out) process.stderr.write(`kg: ${files.length - failed} of ${files.length} file(s) extracted into ${opts.out}\n`);
    process.exitCode = failed ? 1 : 0;
  });

program
  .command('eval')
  .description('extract every gold article of a folder and print per-type precision, recall and F1 (FORMAT.md rules)')
  .option('--gold <dir>', 'folder of gold JSON articles', join(sharedDir(), 'corpus', 'dev'))
  .option('--verbose', 'list missed and spurious entities and relations per article')
  .option('--json', 'print the report as JSON')
  .action((opts: { gold: string; verbose?: boolean; json?: boolean }) => {
    let report: ReturnType<typeof evaluateDir>;
    try {
      report = evaluateDir(opts.gold);
    } catch (e) {
      return program.error(`kg eval: cannot read ${opts.gold}: ${(e as Error).message.split('\n')[0]}`);
    }
    process.stdout.write((opts.json ? JSON.stringify(report, null, 2) : formatReport(report, !!opts.verbose)) + '\n');
  });

program.parseAsync().catch((e: Error) => {
  process.stderr.write(`kg: ${e.message}\n`);
  process.exit(1);
});
