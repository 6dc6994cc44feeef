import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { extract, readArticles } from '@kg/extract';
import type { ExtractionResult } from '@kg/graph-schema';

export interface FileOutcome {
  file: string;
  results?: ExtractionResult[];
  error?: string;
}

/** Reads and extracts one file; every failure becomes a one-line reason, never a throw. */
export function extractFile(file: string, maxBytes?: number): FileOutcome {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { file, error: 'is a directory' };
    if (maxBytes !== undefined && st.size > maxBytes) return { file, error: `too large: ${st.size} bytes (limit ${maxBytes})` };
    const articles = readArticles(readFileSync(file), basename(file), { maxBytes });
    return { file, results: articles.map((a) => extract(a)) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : (err.message ?? String(e)).split('\n')[0];
    return { file, error: reason };
  }
}

/** Output file name: the input's name without its extension. */
export function outputName(file: string): string {
  return basename(file).replace(/\.[^.]+$/, '') + '.json';
}
