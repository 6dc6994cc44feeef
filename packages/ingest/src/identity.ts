import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { repoRoot } from '@kg/repo-paths';

/** The fields that make an article what it is; any change to one of them is a changed article. */
export interface ArticleContent {
  title: string;
  text: string;
  date?: string | null;
  source?: string | null;
  url?: string | null;
  docId?: string | null;
}

export interface ArticleIdentity {
  /** `article:` + 24 hex digits of sha256(source | docId | text): stable while the text is. */
  id: string;
  /** sha256 of every content field: decides unchanged (skip) versus changed (replace). */
  contentHash: string;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export function articleIdentity(a: ArticleContent): ArticleIdentity {
  const id = 'article:' + sha256([a.source ?? '', a.docId ?? '', a.text].join('\u0000')).slice(0, 24);
  const contentHash = sha256(JSON.stringify([a.title, a.text, a.date ?? null, a.source ?? null, a.url ?? null, a.docId ?? null]));
  return { id, contentHash };
}

/**
 * The path stored on Article nodes: relative to the repository root with forward slashes, so the
 * same file gets the same path whatever the working directory (files outside the repository get
 * `../…` paths, still stable for one checkout).
 */
export function storedPath(file: string, root: string = repoRoot()): string {
  const abs = isAbsolute(file) ? file : resolve(file);
  return relative(root, abs).split(sep).join('/');
}

/** Paths of a file's articles: the file's path, plus `#docId` (or `#n` without unique ids) when it holds several. */
export function articleSlots(filePath: string, docIds: readonly (string | null | undefined)[]): string[] {
  if (docIds.length <= 1) return docIds.map(() => filePath);
  const unique = docIds.every((d) => d) && new Set(docIds).size === docIds.length;
  return docIds.map((d, i) => `${filePath}#${unique ? d! : String(i + 1)}`);
}
