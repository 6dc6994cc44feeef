import { normalizeForSearch } from './normalize';

/**
 * Month names of every Arabic naming system (Egyptian/Gulf يناير…, Levantine/Iraqi كانون الثاني…,
 * Maghrebi جانفي/غشت…) and English, folded like all matching text.
 */
const MONTHS: Record<string, number> = {};
function add(month: number, ...names: string[]) {
  for (const n of names) MONTHS[normalizeForSearch(n)] = month;
}
add(1, 'يناير', 'كانون الثاني', 'جانفي', 'ينير', 'january', 'jan');
add(2, 'فبراير', 'شباط', 'فيفري', 'فبرير', 'february', 'feb');
add(3, 'مارس', 'آذار', 'march', 'mar');
add(4, 'أبريل', 'ابريل', 'نيسان', 'أفريل', 'إبريل', 'april', 'apr');
add(5, 'مايو', 'أيار', 'ماي', 'may');
add(6, 'يونيو', 'حزيران', 'جوان', 'يونيه', 'يونيوز', 'june', 'jun');
add(7, 'يوليو', 'تموز', 'جويلية', 'يوليوز', 'يوليه', 'july', 'jul');
add(8, 'أغسطس', 'آب', 'أوت', 'غشت', 'اغسطس', 'august', 'aug');
add(9, 'سبتمبر', 'أيلول', 'شتنبر', 'september', 'sep', 'sept');
add(10, 'أكتوبر', 'تشرين الأول', 'اكتوبر', 'october', 'oct');
add(11, 'نوفمبر', 'تشرين الثاني', 'نونبر', 'november', 'nov');
add(12, 'ديسمبر', 'كانون الأول', 'دجنبر', 'december', 'dec');

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const DAY_MONTH_YEAR = new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})[\\s,/]+(\\d{4})(?!\\d)`, 'u');
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'u');
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$|(?!\d))/;
const NUMERIC_DMY = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/;

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first date found in `text`, as YYYY-MM-DD; Arabic-Indic digits and any month naming accepted. */
export function parseDate(text: string): string | undefined {
  const t = normalizeForSearch(text);
  let m = ISO.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return iso(+m[3]!, MONTHS[m[2]!]!, +m[1]!);
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return iso(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
  m = NUMERIC_DMY.exec(t);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  return undefined;
}
