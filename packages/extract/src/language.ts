import type { Language } from '@kg/graph-schema';

/** ar, en or mixed, by the share of Arabic among the letters. */
export function detectLanguage(text: string): Language {
  let arabic = 0;
  let latin = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  const total = arabic + latin || 1;
  if (arabic / total >= 0.8) return 'ar';
  if (latin / total >= 0.8) return 'en';
  return 'mixed';
}
