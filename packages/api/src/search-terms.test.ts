import { describe, expect, it } from '@jest/globals';
import { searchTerms } from './search-terms';

describe('searchTerms', () => {
  it('normalises like the stored keys (hamza, taa marbuta, case)', () => {
    expect(searchTerms('  إيران ').normalized).toBe('ايران');
    expect(searchTerms('IRAQ').normalized).toBe('iraq');
    expect(searchTerms('العراقية').normalized).toBe('العراقيه');
  });

  it('reaches العراق from عراق, العراقي, العراقية, بالعراق and والعراق', () => {
    for (const q of ['العراق', 'عراق', 'العراقي', 'العراقية', 'بالعراق', 'والعراق', 'للعراق', 'العراقيون']) {
      expect(searchTerms(q).exact).toContain('العراق');
    }
  });

  it('turns nisba adjectives back into country names', () => {
    expect(searchTerms('الروسي').exact).toContain('روسيا');
    expect(searchTerms('أمريكي').exact).toContain('امريكا');
    expect(searchTerms('مصري').exact).toContain('مصر');
    expect(searchTerms('iraqi').exact).toContain('iraq');
    expect(searchTerms('syrian').exact).toEqual(expect.arrayContaining(['syria', 'syr']));
  });

  it('leaves words without the article alone', () => {
    const t = searchTerms('وزير');
    expect(t.exact).toContain('وزير');
    expect(t.exact).not.toContain('زير');
  });

  it('varies the outer words of a multi-word name only', () => {
    const t = searchTerms('الولايات المتحدة');
    expect(t.exact).toContain('الولايات المتحده');
    expect(t.exact).toContain('ولايات المتحده');
  });

  it('builds an escaped Lucene query with prefix alternatives', () => {
    expect(searchTerms('S-400').lucene).toBe('s AND (400 OR 400*)');
    expect(searchTerms('iraq').lucene).toBe('(iraq OR iraq*)');
    expect(searchTerms('a:b (cd)').lucene).toBe('(a\\:b OR a\\:b*) AND (cd OR cd*)');
    expect(searchTerms('"').lucene).toBe('');
  });

  it('uses no one-letter prefixes', () => {
    expect(searchTerms('x').prefixes).toEqual([]);
    expect(searchTerms('').exact).toEqual([]);
  });
});
