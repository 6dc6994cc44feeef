import type { EntityType, ExtractedEntity } from '@kg/graph-schema';
import type { EntityKeys, EntityRow, StoredEntity } from '@kg/neo4j';

export type Normalize = (s: string) => string;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const uniqueSorted = (xs: Iterable<string>) => [...new Set(xs)].sort(byCodeUnits);

/** Every name an extracted entity goes by: name, nameAr and aliases, trimmed, non-empty. */
export function namesOf(e: { name: string; nameAr?: string | null; aliases: readonly string[] }): string[] {
  return [e.name, e.nameAr ?? '', ...e.aliases].map((n) => n.trim()).filter((n) => n.length > 0);
}

/** Resolution keys: the normal forms of every name (normalizeForSearch in production). */
export function searchKeysOf(names: readonly string[], normalize: Normalize): string[] {
  return uniqueSorted(names.map(normalize).filter((k) => k.length > 0));
}

/** name, nameAr and aliases in one string: what the full-text index reads. */
export function searchTextOf(e: { name: string; nameAr: string | null; aliases: readonly string[] }): string {
  return [e.name, e.nameAr ?? '', ...e.aliases].filter((s) => s.length > 0).join(' | ');
}

/**
 * Which stored entities carry which resolution keys, per type: a candidate generator only (every
 * candidate is re-read inside the write transaction and checked there). Loaded once per run from
 * the graph and kept up to date after each commit, so a candidate look-up costs no round trip.
 */
export class EntityKeyIndex {
  private readonly ids = new Map<string, { type: EntityType; keys: string[] }>();
  private readonly byKey = new Map<string, Set<string>>();

  static from(entities: readonly EntityKeys[]): EntityKeyIndex {
    const index = new EntityKeyIndex();
    for (const e of entities) index.upsert(e.id, e.type, e.searchKeys);
    return index;
  }

  get size(): number {
    return this.ids.size;
  }

  candidates(type: EntityType, keys: readonly string[], into: Set<string> = new Set()): Set<string> {
    for (const k of keys) for (const id of this.byKey.get(`${type}\u0000${k}`) ?? []) into.add(id);
    return into;
  }

  upsert(id: string, type: EntityType, keys: readonly string[]): void {
    this.remove(id);
    this.ids.set(id, { type, keys: [...keys] });
    for (const k of keys) {
      const slot = `${type}\u0000${k}`;
      let set = this.byKey.get(slot);
      if (!set) this.byKey.set(slot, (set = new Set()));
      set.add(id);
    }
  }

  remove(id: string): void {
    const old = this.ids.get(id);
    if (!old) return;
    this.ids.delete(id);
    for (const k of old.keys) {
      const slot = `${old.type}\u0000${k}`;
      const set = this.byKey.get(slot);
      set?.delete(id);
      if (set && set.size === 0) this.byKey.delete(slot);
    }
  }

  /** A layer for one transaction: sees the base plus its own changes; `commit` applies them. */
  layer(): EntityKeyLayer {
    return new EntityKeyLayer(this);
  }
}

export class EntityKeyLayer {
  private readonly own = new EntityKeyIndex();
  private readonly log: ({ op: 'upsert'; id: string; type: EntityType; keys: string[] } | { op: 'remove'; id: string })[] = [];

  constructor(private readonly base: EntityKeyIndex) {}

  /** Candidates may include removed ids: the in-transaction re-read filters them out. */
  candidates(type: EntityType, keys: readonly string[]): Set<string> {
    return this.own.candidates(type, keys, this.base.candidates(type, keys));
  }

  upsert(id: string, type: EntityType, keys: readonly string[]): void {
    this.own.upsert(id, type, keys);
    this.log.push({ op: 'upsert', id, type, keys: [...keys] });
  }

  remove(id: string): void {
    this.own.remove(id);
    this.log.push({ op: 'remove', id });
  }

  commit(): void {
    for (const entry of this.log) {
      if (entry.op === 'upsert') this.base.upsert(entry.id, entry.type, entry.keys);
      else this.base.remove(entry.id);
    }
    this.log.length = 0;
  }
}

/** Ids worth reading before resolving an article's entities: their own ids and key-sharing nodes. */
export function candidateIds(entities: readonly ExtractedEntity[], normalize: Normalize, index: { candidates(type: EntityType, keys: readonly string[]): Set<string> }): string[] {
  const ids = new Set<string>();
  for (const e of entities) {
    ids.add(e.id);
    if (!e.fromGazetteer) for (const id of index.candidates(e.type, searchKeysOf(namesOf(e), normalize))) ids.add(id);
  }
  return [...ids].sort(byCodeUnits);
}

export class EntityConflictError extends Error {
  constructor(id: string, stored: EntityType, incoming: EntityType) {
    super(`entity ${id} is stored as ${stored} but the article has it as ${incoming}`);
    this.name = 'EntityConflictError';
  }
}

export interface Resolution {
  /** Incoming (extracted) id → the id of the node it is written to. */
  idMap: Map<string, string>;
  /** One row per target node, with merged names, keys and flags. */
  rows: EntityRow[];
  /** Target id → how often the article mentions it (at least 1). */
  mentionCounts: Map<string, number>;
}

interface Draft {
  id: string;
  type: EntityType;
  name: string;
  nameAr: string | null;
  names: Set<string>;
  searchKeys: Set<string>;
  fromGazetteer: boolean;
  category: string | null;
}

function draftOf(s: StoredEntity): Draft {
  return {
    id: s.id,
    type: s.type,
    name: s.name,
    nameAr: s.nameAr,
    names: new Set(namesOf(s)),
    searchKeys: new Set(s.searchKeys),
    fromGazetteer: s.fromGazetteer,
    category: s.category,
  };
}

/**
 * Maps an article's entities onto graph nodes. Gazetteer entities keep their ids. Any other entity
 * goes to the stored node of the same type with the same id, else to the stored node of the same
 * type that shares the most resolution keys (gazetteer nodes first, then the smallest id), else to
 * a new node. Names accumulate: the first name stays canonical (a gazetteer's name wins), every
 * other name becomes an alias; keys are the union of all names' normal forms.
 */
export function resolveEntities(entities: readonly ExtractedEntity[], stored: readonly StoredEntity[], normalize: Normalize): Resolution {
  const storedById = new Map(stored.map((s) => [s.id, s]));
  const keyOwners = new Map<string, StoredEntity[]>();
  for (const s of stored) {
    for (const k of s.searchKeys) {
      const slot = `${s.type}\u0000${k}`;
      const list = keyOwners.get(slot);
      if (list) list.push(s);
      else keyOwners.set(slot, [s]);
    }
  }

  const drafts = new Map<string, Draft>();
  const idMap = new Map<string, string>();
  const mentionCounts = new Map<string, number>();
  const ordered = [...entities.filter((e) => e.fromGazetteer), ...entities.filter((e) => !e.fromGazetteer)];

  for (const e of ordered) {
    const names = namesOf(e);
    const keys = searchKeysOf(names, normalize);
    let target = e.id;
    if (!e.fromGazetteer && !(storedById.get(e.id)?.type === e.type)) {
      const overlap = new Map<string, { s: StoredEntity; n: number }>();
      for (const k of keys) {
        for (const s of keyOwners.get(`${e.type}\u0000${k}`) ?? []) {
          const o = overlap.get(s.id);
          if (o) o.n++;
          else overlap.set(s.id, { s, n: 1 });
        }
      }
      const best = [...overlap.values()].sort(
        (a, b) => b.n - a.n || Number(b.s.fromGazetteer) - Number(a.s.fromGazetteer) || byCodeUnits(a.s.id, b.s.id),
      )[0];
      if (best) target = best.s.id;
    }
    const existing = storedById.get(target);
    if (existing && existing.type !== e.type) throw new EntityConflictError(target, existing.type, e.type);

    let d = drafts.get(target);
    if (!d) {
      d = existing
        ? draftOf(existing)
        : { id: target, type: e.type, name: e.name.trim(), nameAr: e.nameAr?.trim() || null, names: new Set(), searchKeys: new Set(), fromGazetteer: false, category: null };
      drafts.set(target, d);
    }
    if (d.type !== e.type) throw new EntityConflictError(target, d.type, e.type);
    if (e.fromGazetteer) {
      d.name = e.name.trim();
      if (e.nameAr?.trim()) d.nameAr = e.nameAr.trim();
      if (e.category) d.category = e.category;
    } else {
      if (!d.nameAr && e.nameAr?.trim()) d.nameAr = e.nameAr.trim();
      if (!d.category && e.category) d.category = e.category;
    }
    d.fromGazetteer ||= e.fromGazetteer;
    for (const n of names) d.names.add(n);
    for (const k of keys) d.searchKeys.add(k);
    idMap.set(e.id, target);
    mentionCounts.set(target, (mentionCounts.get(target) ?? 0) + Math.max(1, e.mentions.length));
  }

  const rows: EntityRow[] = [...drafts.values()]
    .sort((a, b) => byCodeUnits(a.id, b.id))
    .map((d) => {
      const aliases = uniqueSorted([...d.names].filter((n) => n !== d.name && n !== d.nameAr));
      const searchKeys = uniqueSorted([...d.searchKeys, ...searchKeysOf([d.name, d.nameAr ?? ''], normalize)]);
      const row = { id: d.id, type: d.type, name: d.name, nameAr: d.nameAr, aliases, searchKeys, fromGazetteer: d.fromGazetteer, category: d.category };
      return { ...row, searchText: searchTextOf(row) };
    });
  return { idMap, rows, mentionCounts };
}
