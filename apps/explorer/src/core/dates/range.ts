/** Inclusive range of ISO dates (YYYY-MM-DD); comparing the strings compares the dates. */
export interface DateRange {
  from: string;
  to: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const DAY_MS = 86_400_000;

/** The YYYY-MM-DD part of a date or date-time string; null when it has none. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = ISO_DAY.exec(value);
  return m ? m[0] : null;
}

/** Days since 1970-01-01 (UTC). */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Smallest and largest date among the values (null ones ignored); null when there is none. */
export function dateDomain(values: Iterable<string | null | undefined>): DateRange | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const v of values) {
    const d = isoDay(v);
    if (!d) continue;
    if (from === null || d < from) from = d;
    if (to === null || d > to) to = d;
  }
  return from && to ? { from, to } : null;
}

/**
 * Whether an edge seen from firstSeen to lastSeen overlaps the range; null for an edge without
 * dates (the filter cannot judge it and leaves it shown). One known end stands for both.
 */
export function overlapsRange(firstSeen: string | null, lastSeen: string | null, range: DateRange): boolean | null {
  const first = isoDay(firstSeen) ?? isoDay(lastSeen);
  const last = isoDay(lastSeen) ?? first;
  if (!first || !last) return null;
  return first <= range.to && last >= range.from;
}

export function inRange(date: string | null, range: DateRange): boolean | null {
  const d = isoDay(date);
  return d ? d >= range.from && d <= range.to : null;
}

/** True when the range keeps everything in the domain (no filtering needed). */
export function coversDomain(range: DateRange | null, domain: DateRange | null): boolean {
  if (!range) return true;
  if (!domain) return false;
  return range.from <= domain.from && range.to >= domain.to;
}

/** Keeps from ≤ to and both inside the domain. */
export function clampRange(range: DateRange, domain: DateRange): DateRange {
  let from = range.from < domain.from ? domain.from : range.from > domain.to ? domain.to : range.from;
  let to = range.to > domain.to ? domain.to : range.to < domain.from ? domain.from : range.to;
  if (from > to) [from, to] = [to, from];
  return { from, to };
}
