import { describe, expect, it } from '@jest/globals';
import type { ExtractedEntity } from '@kg/graph-schema';
import type { StoredEntity } from '@kg/neo4j';
import { candidateIds, EntityConflictError, EntityKeyIndex, resolveEntities } from './resolve';

// A stand-in for normalizeForSearch with the folds these cases need (hamza forms, case).
const normalize = (s: string) => s.replace(/[أإآ]/g, 'ا').toLowerCase().trim();

const entity = (e: Partial<ExtractedEntity> & Pick<ExtractedEntity, 'id' | 'type' | 'name'>): ExtractedEntity => ({
  aliases: [],
  fromGazetteer: false,
  mentions: [{ text: e.name, start: 0, end: e.name.length }],
  ...e,
});
const stored = (s: Partial<StoredEntity> & Pick<StoredEntity, 'id' | 'type' | 'name'>): StoredEntity => ({
  nameAr: null,
  aliases: [],
  searchKeys: [normalize(s.name), ...(s.aliases ?? []).map(normalize)],
  fromGazetteer: false,
  category: null,
  ...s,
});

describe('resolveEntities', () => {
  it('maps a non-gazetteer entity onto a stored node of the same type sharing a normal form', () => {
    const araji = stored({ id: 'official:qasim-al-araji', type: 'Official', name: 'Qasim al-Araji', aliases: ['الأعرجي'] });
    const incoming = entity({ id: 'official:al-araji', type: 'Official', name: 'الاعرجي', aliases: ['قاسم الاعرجي'] });
    const r = resolveEntities([incoming], [araji], normalize);
    expect(r.idMap.get('official:al-araji')).toBe('official:qasim-al-araji');
    const row = r.rows[0]!;
    expect(row.name).toBe('Qasim al-Araji');
    expect(row.aliases).toEqual(['الأعرجي', 'الاعرجي', 'قاسم الاعرجي'].sort());
    expect(row.searchKeys).toEqual(['qasim al-araji', 'الاعرجي', 'قاسم الاعرجي'].sort());
    expect(row.searchText).toBe(['Qasim al-Araji', ...row.aliases].join(' | '));
  });

  it('never merges across types and keeps gazetteer ids', () => {
    const org = stored({ id: 'organization:iraq-x', type: 'Organization', name: 'Iraq' });
    const r = resolveEntities([entity({ id: 'state:iraq', type: 'State', name: 'Iraq', fromGazetteer: true, nameAr: 'العراق' })], [org], normalize);
    expect(r.idMap.get('state:iraq')).toBe('state:iraq');
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ id: 'state:iraq', type: 'State', nameAr: 'العراق', fromGazetteer: true });
  });

  it('prefers the exact id, then the most shared keys, then gazetteer nodes, then the smallest id', () => {
    const a = stored({ id: 'official:a', type: 'Official', name: 'X', aliases: ['Y'] });
    const b = stored({ id: 'official:b', type: 'Official', name: 'X', aliases: ['Y', 'Z'] });
    const c = stored({ id: 'official:c', type: 'Official', name: 'Q' });
    expect(resolveEntities([entity({ id: 'official:new', type: 'Official', name: 'X', aliases: ['Y', 'Z'] })], [a, b, c], normalize).idMap.get('official:new')).toBe('official:b');
    expect(resolveEntities([entity({ id: 'official:new', type: 'Official', name: 'X' })], [b, a], normalize).idMap.get('official:new')).toBe('official:a');
    expect(resolveEntities([entity({ id: 'official:c', type: 'Official', name: 'X' })], [a, c], normalize).idMap.get('official:c')).toBe('official:c');
    const g = stored({ id: 'official:z', type: 'Official', name: 'X', fromGazetteer: true });
    expect(resolveEntities([entity({ id: 'official:new', type: 'Official', name: 'X' })], [a, g], normalize).idMap.get('official:new')).toBe('official:z');
  });

  it('sums mentions of entities that land on one node and lets the gazetteer name win', () => {
    const r = resolveEntities(
      [
        entity({ id: 'state:iraq', type: 'State', name: 'Iraq', fromGazetteer: true, mentions: [{ text: 'العراق', start: 0, end: 6 }, { text: 'بغداد', start: 10, end: 15 }] }),
        entity({ id: 'state:iraq', type: 'State', name: 'Republic of Iraq', fromGazetteer: false }),
      ],
      [stored({ id: 'state:iraq', type: 'State', name: 'Old name', fromGazetteer: true })],
      normalize,
    );
    expect(r.mentionCounts.get('state:iraq')).toBe(3);
    expect(r.rows[0]!.name).toBe('Iraq');
    expect(r.rows[0]!.aliases).toEqual(['Old name', 'Republic of Iraq']);
  });

  it('refuses an id stored under another type', () => {
    expect(() => resolveEntities([entity({ id: 'x:1', type: 'State', name: 'A', fromGazetteer: true })], [stored({ id: 'x:1', type: 'Weapon', name: 'A' })], normalize)).toThrow(EntityConflictError);
  });
});

describe('EntityKeyIndex', () => {
  it('finds candidates by type and key, and a layer commits only when told', () => {
    const index = EntityKeyIndex.from([{ id: 'official:a', type: 'Official', searchKeys: ['x', 'y'] }]);
    expect([...index.candidates('Official', ['y'])]).toEqual(['official:a']);
    expect(index.candidates('State', ['y']).size).toBe(0);
    const layer = index.layer();
    layer.upsert('official:b', 'Official', ['y']);
    expect([...layer.candidates('Official', ['y'])].sort()).toEqual(['official:a', 'official:b']);
    expect(index.candidates('Official', ['y']).size).toBe(1);
    layer.remove('official:a');
    layer.commit();
    expect([...index.candidates('Official', ['y'])]).toEqual(['official:b']);
    expect(index.size).toBe(1);
  });

  it('proposes own ids and key-sharing nodes as candidates', () => {
    const index = EntityKeyIndex.from([{ id: 'official:a', type: 'Official', searchKeys: ['الاعرجي'] }]);
    const ids = candidateIds([entity({ id: 'official:n', type: 'Official', name: 'الأعرجي' }), entity({ id: 'state:iraq', type: 'State', name: 'Iraq', fromGazetteer: true })], normalize, index);
    expect(ids).toEqual(['official:a', 'official:n', 'state:iraq']);
  });
});
