import { describe, expect, it } from '@jest/globals';
import { clampRange, coversDomain, dateDomain, dayNumber, inRange, isoDay, isoFromDay, overlapsRange } from './range';

describe('date ranges', () => {
  it('reads the day part of dates and date-times', () => {
    expect(isoDay('2024-05-20T10:00:00Z')).toBe('2024-05-20');
    expect(isoDay('May 2024')).toBeNull();
    expect(isoFromDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
  });

  it('finds the domain of a set of dates, ignoring missing ones', () => {
    expect(dateDomain(['2024-05-20', null, '2023-01-02', undefined, '2025-01-01T00:00:00Z'])).toEqual({ from: '2023-01-02', to: '2025-01-01' });
    expect(dateDomain([null])).toBeNull();
  });

  it('keeps an edge whose seen interval overlaps the range', () => {
    const r = { from: '2024-03-01', to: '2024-06-30' };
    expect(overlapsRange('2024-01-01', '2024-03-01', r)).toBe(true);
    expect(overlapsRange('2024-07-01', '2024-09-01', r)).toBe(false);
    expect(overlapsRange('2023-01-01', '2025-01-01', r)).toBe(true);
    expect(overlapsRange(null, '2024-04-01', r)).toBe(true);
    expect(overlapsRange(null, null, r)).toBeNull();
    expect(inRange('2024-06-30', r)).toBe(true);
    expect(inRange('2024-07-01', r)).toBe(false);
  });

  it('clamps and compares ranges with the domain', () => {
    const d = { from: '2024-01-01', to: '2024-12-31' };
    expect(clampRange({ from: '2023-01-01', to: '2025-01-01' }, d)).toEqual(d);
    expect(clampRange({ from: '2024-09-01', to: '2024-02-01' }, d)).toEqual({ from: '2024-02-01', to: '2024-09-01' });
    expect(coversDomain(null, d)).toBe(true);
    expect(coversDomain(d, d)).toBe(true);
    expect(coversDomain({ from: '2024-02-01', to: '2024-12-31' }, d)).toBe(false);
  });
});
