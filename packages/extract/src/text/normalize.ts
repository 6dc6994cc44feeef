/**
 * One normal form for matching Arabic and English names, as FORMAT.md scores them: NFKC; Arabic
 * diacritics, tatweel, bidi and zero-width marks removed; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
 * Arabic-Indic digits → ASCII; lower case. `normalizeWithMap` keeps, for every output character,
 * the offset of the input character it came from, so matches map back to the original text.
 */

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C]/u;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const LETTER_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ء': '',
  'ک': 'ك', 'ی': 'ي', 'ھ': 'ه', 'ې': 'ي',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '−': '-', 'ـ': '',
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '«': '"', '»': '"', '„': '"',
  '٬': ',', '٫': '.',
};

function foldOne(ch: string): string {
  if (ARABIC_MARKS.test(ch) || INVISIBLE.test(ch)) return '';
  if (SPACES.test(ch)) return ' ';
  const code = ch.codePointAt(0)!;
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  const folded = LETTER_FOLD[ch];
  if (folded !== undefined) return folded;
  // NFKC per character keeps offsets exact; then strip Latin accents (Erdoğan ~ Erdogan).
  let out = ch.normalize('NFKC');
  if (out !== ch) out = [...out].map((c) => LETTER_FOLD[c] ?? (ARABIC_MARKS.test(c) ? '' : c)).join('');
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const foldCache = new Map<string, string>();
export function foldChar(ch: string): string {
  let out = foldCache.get(ch);
  if (out === undefined) {
    out = foldOne(ch);
    foldCache.set(ch, out);
  }
  return out;
}

export interface NormalizedText {
  /** The folded text. */
  norm: string;
  /** For each index of `norm`, the index in the original text where its character came from. */
  toOriginal: Int32Array;
  /** Original text length, so an end offset equal to norm.length maps to it. */
  originalLength: number;
}

export function normalizeWithMap(text: string): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) map.push(i);
    if (folded) parts.push(folded);
    i += ch.length;
  }
  return { norm: parts.join(''), toOriginal: Int32Array.from(map), originalLength: text.length };
}

/** Maps a [start, end) range of normalized text back to the original text. */
export function originalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = start < n.toOriginal.length ? n.toOriginal[start]! : n.originalLength;
  const e = end < n.toOriginal.length ? n.toOriginal[end]! : n.originalLength;
  return { start: s, end: e };
}

/** Normal form of a name for comparison and entity-resolution keys: folded, quotes dropped, spaces collapsed. */
export function normalizeForSearch(s: string): string {
  return normalizeWithMap(s)
    .norm.replace(/["'()[\]{}<>#_]/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
