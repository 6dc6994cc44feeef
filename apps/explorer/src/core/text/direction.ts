const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;

/** The direction of a text by its first strong letter (Arabic/Hebrew → rtl); ltr when it has none. */
export function textDirection(text: string | null | undefined): 'rtl' | 'ltr' {
  if (!text) return 'ltr';
  for (const ch of text) {
    if (RTL.test(ch)) return 'rtl';
    if (LTR.test(ch)) return 'ltr';
  }
  return 'ltr';
}

export function hasArabic(text: string | null | undefined): boolean {
  return !!text && /[\u0600-\u06FF]/u.test(text);
}
