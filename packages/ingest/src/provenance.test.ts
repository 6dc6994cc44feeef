import { describe, expect, it } from '@jest/globals';
import type { EvidenceRecord } from '@kg/graph-schema';
import { parseEvidenceJson } from '@kg/graph-schema';
import { relationshipProps, withArticleEvidence } from './provenance';
import { articleRelations } from './relations';

const ev = (articleId: string, date: string | null, extra: Partial<EvidenceRecord> = {}): EvidenceRecord => ({ articleId, sentence: `s ${articleId}`, start: 0, end: 5, date, confidence: 0.5, ...extra });

describe('relationship provenance', () => {
  it('orders evidence by date then article id, whatever the ingest order', () => {
    const a = withArticleEvidence(withArticleEvidence([], 'article:b', ev('article:b', '2020-01-02')), 'article:a', ev('article:a', '2020-01-02'));
    const b = withArticleEvidence(withArticleEvidence([], 'article:a', ev('article:a', '2020-01-02')), 'article:b', ev('article:b', '2020-01-02'));
    expect(a).toEqual(b);
    expect(relationshipProps('SUPPLIED', a)).toEqual(relationshipProps('SUPPLIED', b));
  });

  it('computes counts, first/last seen, max confidence; status and title from the latest article', () => {
    const evidence = [
      ev('article:1', '2018-03-01', { status: 'negotiating', confidence: 0.9 }),
      ev('article:2', null, { status: 'considered' }),
      ev('article:3', '2019-05-01', { status: 'delivered', confidence: 0.7 }),
    ];
    const p = relationshipProps('ACQUIRES', evidence)!;
    expect(p.articleIds).toEqual(['article:2', 'article:1', 'article:3']);
    expect(p).toMatchObject({ articleCount: 3, firstSeen: '2018-03-01', lastSeen: '2019-05-01', confidence: 0.9, status: 'delivered', title: null });
    expect(JSON.parse(p.statusHistoryJson!)).toEqual([
      { date: null, status: 'considered', articleId: 'article:2' },
      { date: '2018-03-01', status: 'negotiating', articleId: 'article:1' },
      { date: '2019-05-01', status: 'delivered', articleId: 'article:3' },
    ]);
    expect(parseEvidenceJson(p.evidenceJson)).toHaveLength(3);
    const h = relationshipProps('HOLDS_OFFICE', [ev('article:1', '2018-01-01', { title: 'Minister' }), ev('article:2', '2019-01-01', { title: 'Adviser' })])!;
    expect(h.title).toBe('Adviser');
    expect(h.status).toBeNull();
  });

  it('removes one article and reports no support when none is left', () => {
    const one = withArticleEvidence([], 'article:1', ev('article:1', '2020-01-01'));
    const none = withArticleEvidence(one, 'article:1', null);
    expect(none).toEqual([]);
    expect(relationshipProps('OPPOSES', none)).toBeNull();
    expect(parseEvidenceJson('not json')).toEqual([]);
  });
});

describe('articleRelations', () => {
  const types = new Map([
    ['state:a', 'State'],
    ['state:b', 'State'],
    ['official:x', 'Official'],
    ['official:y', 'Official'],
    ['weapon:w', 'Weapon'],
  ] as const);
  const idMap = new Map([...types.keys()].map((k) => [k, k] as [string, string]));
  const rel = (type: string, source: string, target: string, confidence = 0.5, start = 0) => ({
    type: type as never,
    source,
    target,
    confidence,
    evidence: { sentence: 'x', start, end: start + 1 },
  });

  it('stores symmetric relations once with the smaller id first, keeps the best sentence, drops bad ones', () => {
    const { relations, dropped } = articleRelations(
      [
        rel('COOPERATES_WITH', 'state:b', 'state:a', 0.6, 10),
        rel('COOPERATES_WITH', 'state:a', 'state:b', 0.8, 20),
        rel('MET_WITH', 'official:y', 'official:x'),
        rel('MET_WITH', 'official:y', 'state:a'),
        rel('SUPPLIED', 'state:a', 'state:b'),
        rel('SUPPLIED', 'state:b', 'state:a'),
        rel('ACQUIRES', 'weapon:w', 'state:a'),
        rel('OPPOSES', 'state:a', 'state:zzz'),
      ],
      idMap,
      (id) => types.get(id as never),
      { id: 'article:1', date: '2020-01-01' },
    );
    expect(dropped).toBe(2);
    expect(relations.map((r) => `${r.key.type} ${r.key.source} ${r.key.target}`).sort()).toEqual([
      'COOPERATES_WITH state:a state:b',
      'MET_WITH official:x official:y',
      'MET_WITH official:y state:a',
      'SUPPLIED state:a state:b',
      'SUPPLIED state:b state:a',
    ]);
    expect(relations.find((r) => r.key.type === 'COOPERATES_WITH')!.record).toMatchObject({ confidence: 0.8, start: 20, articleId: 'article:1', date: '2020-01-01' });
  });
});
