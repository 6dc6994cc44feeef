export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Words before a full stop that do not end a sentence ("U.S.", "Mr.", "د." …).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'st', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd',
  'د', 'أ', 'م', 'ق', 'ص', 'ج', 'ه',
]);

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (!word) return false;
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) return true; // U.S, U.N, single initials
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits text into sentences with offsets; breaks at . ! ? ؟ … and at line breaks. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '؟' || ch === '…') {
      const next = text[i + 1];
      if (ch === '.' && next !== undefined && /\d/.test(next) && /\d/.test(text[i - 1] ?? '')) continue;
      if (ch === '.' && endsWithAbbreviation(text, i)) continue;
      // Keep closing quotes and brackets with the sentence they close.
      let j = i + 1;
      while (j < text.length && /["'”’»)\]]/.test(text[j]!)) j++;
      if (j >= text.length || /\s/.test(text[j]!)) push(j);
    }
  }
  push(text.length);
  return out;
}
