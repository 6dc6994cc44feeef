import { describe, expect, it } from '@jest/globals';
import { parseDate } from './dates';
import { splitSentences } from './sentences';

describe('parseDate', () => {
  it.each([
    ['07 اغسطس 2020', '2020-08-07'],
    ['7 أغسطس 2020', '2020-08-07'],
    ['٧ آب ٢٠٢٠', '2020-08-07'],
    ['14 كانون الثاني 2019', '2019-01-14'],
    ['3 تشرين الأول 2018', '2018-10-03'],
    ['12 جويلية 2018', '2018-07-12'],
    ['5 غشت 2018', '2018-08-05'],
    ['Thu, 14 Jun 2018 22:36:50 +0400', '2018-06-14'],
    ['June 28, 2022', '2022-06-28'],
    ['2021-05-05T10:00:00Z', '2021-05-05'],
  ])('%s → %s', (input, iso) => expect(parseDate(input)).toBe(iso));
  it('rejects impossible dates and text without one', () => {
    expect(parseDate('31 فبراير 2020')).toBeUndefined();
    expect(parseDate('لا تاريخ هنا')).toBeUndefined();
  });
});

describe('splitSentences', () => {
  it('breaks at sentence ends and line breaks, not after abbreviations', () => {
    const s = splitSentences('U.S. President Joe Biden arrived. Talks began!\nقال الوزير: نعم؟ ثم غادر.');
    expect(s.map((x) => x.text)).toEqual(['U.S. President Joe Biden arrived.', 'Talks began!', 'قال الوزير: نعم؟', 'ثم غادر.']);
  });
  it('keeps offsets into the text', () => {
    const text = 'First one. Second one.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
