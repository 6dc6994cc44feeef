import type { ArticleState } from '@kg/neo4j';

/** The file paths a stored path belongs to: itself, and the part before each `#` (`file#docId`). */
function fileKeys(path: string | null): string[] {
  if (path === null) return [];
  const keys = [path];
  for (let i = path.indexOf('#'); i >= 0; i = path.indexOf('#', i + 1)) keys.push(path.slice(0, i));
  return keys;
}

/**
 * Every stored article's id, path, content hash and extractor version: read from the graph in one query when a run
 * starts and kept up to date after each commit (ingest is the only writer while it runs), so
 * deciding add / skip / replace costs no round trip. Each decision is re-checked inside the write
 * transaction anyway.
 */
export class StoredArticles {
  private readonly byId = new Map<string, ArticleState>();
  /** File path → ids of the articles stored at it: path equal to the file's, or the file's + `#…`. */
  private readonly byFile = new Map<string, Set<string>>();

  constructor(states: Iterable<ArticleState> = []) {
    for (const s of states) this.set(s);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ArticleState | undefined {
    return this.byId.get(id);
  }

  /** Ids of the articles stored for a file (`path` = filePath, or filePath + `#…`), sorted. */
  ofFile(filePath: string): string[] {
    return [...(this.byFile.get(filePath) ?? [])].sort();
  }

  set(state: ArticleState): void {
    this.delete(state.id);
    const s = { id: state.id, path: state.path, contentHash: state.contentHash, extractor: state.extractor };
    this.byId.set(s.id, s);
    for (const key of fileKeys(s.path)) {
      let ids = this.byFile.get(key);
      if (!ids) this.byFile.set(key, (ids = new Set()));
      ids.add(s.id);
    }
  }

  delete(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    for (const key of fileKeys(old.path)) {
      const ids = this.byFile.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.byFile.delete(key);
    }
  }
}
