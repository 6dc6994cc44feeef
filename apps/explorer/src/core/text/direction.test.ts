import { describe, expect, it } from '@jest/globals';
import { hasArabic, textDirection } from './direction';

describe('textDirection', () => {
  it('follows the first strong letter', () => {
    expect(textDirection('العراق يتفاوض مع فرنسا')).toBe('rtl');
    expect(textDirection('Iraq, Jordan and Egypt')).toBe('ltr');
    expect(textDirection('2024: العراق')).toBe('rtl');
    expect(textDirection('S-400 إس')).toBe('ltr');
    expect(textDirection('')).toBe('ltr');
    expect(hasArabic('Iraq العراق')).toBe(true);
    expect(hasArabic('Iraq')).toBe(false);
  });
});
