import { describe, expect, it } from '@jest/globals';
import { normalizeForSearch, normalizeWithMap, originalSpan } from './normalize';
import { tokenize } from './tokenize';
import { cliticReadings } from './clitics';

describe('normalizeForSearch', () => {
  it('folds hamza, alef maqsura, taa marbuta, diacritics and tatweel', () => {
    expect(normalizeForSearch('الأعرجي')).toBe(normalizeForSearch('الاعرجي'));
    expect(normalizeForSearch('عراقيةً')).toBe('عراقيه');
    expect(normalizeForSearch('مستشفى')).toBe('مستشفي');
    expect(normalizeForSearch('روسيـــا')).toBe('روسيا');
    expect(normalizeForSearch('إس-400')).toBe('اس-400');
  });
  it('removes bidi and zero-width marks, folds no-break spaces and Arabic-Indic digits', () => {
    expect(normalizeForSearch('\u200Fسو\u00A0٢٥')).toBe('سو 25');
  });
  it('lower-cases and strips Latin accents', () => {
    expect(normalizeForSearch('Erdoğan')).toBe('erdogan');
    expect(normalizeForSearch('Türkiye')).toBe('turkiye');
  });
});

describe('normalizeWithMap', () => {
  it('maps normalized offsets back to the original text', () => {
    const text = 'قالَ السفيرُ الروسيّ';
    const n = normalizeWithMap(text);
    const at = n.norm.indexOf('الروسي');
    const span = originalSpan(n, at, at + 'الروسي'.length);
    // Marks dropped by folding stay with the word they belong to.
    expect(text.slice(span.start, span.end)).toBe('الروسيّ');
  });
});

describe('tokenize', () => {
  it('splits letters from digits so S-400, إس400 and إس 400 tokenize alike', () => {
    const words = (s: string) => tokenize(s).tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm);
    expect(words('إس400')).toEqual(['اس', '400']);
    expect(words('إس 400')).toEqual(['اس', '400']);
    expect(words('S-400')).toEqual(['s', '400']);
  });
  it('keeps original offsets', () => {
    const text = 'وصلت طائرات (سو-25) إلى العراق';
    const t = tokenize(text).tokens.find((x) => x.norm === 'العراق')!;
    expect(text.slice(t.start, t.end)).toBe('العراق');
  });
});

describe('cliticReadings', () => {
  it('offers the stem without conjunctions, prepositions and the article', () => {
    const stems = cliticReadings('والعراقيين').map((r) => r.stem);
    expect(stems).toContain('العراقيين');
    expect(stems).toContain('عراقيين');
    expect(cliticReadings('للعراق').map((r) => r.stem)).toContain('العراق');
    expect(cliticReadings('بالعراق').map((r) => r.stem)).toContain('العراق');
  });
});
