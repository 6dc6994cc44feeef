import { describe, expect, it } from '@jest/globals';
import { parseEvidenceJson } from './properties';

const record = { articleId: 'article:1', sentence: 'Iraq signed.', start: 0, end: 12, date: '2020-08-07', confidence: 0.8 };

describe('parseEvidenceJson', () => {
  it('reads the stored list', () => {
    expect(parseEvidenceJson(JSON.stringify([record, { ...record, articleId: 'article:2', status: 'delivered' }]))).toEqual([
      record,
      { ...record, articleId: 'article:2', status: 'delivered' },
    ]);
  });

  it('skips records that do not fit and gives none for what is not a JSON list', () => {
    expect(parseEvidenceJson(JSON.stringify([record, { articleId: 'article:3' }, { ...record, status: 'sold' }]))).toEqual([record]);
    for (const bad of ['not json', '{"articleId":"a"}', '', null, undefined, 42]) expect(parseEvidenceJson(bad)).toEqual([]);
  });
});
