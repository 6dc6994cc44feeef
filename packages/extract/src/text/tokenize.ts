import { normalizeWithMap, originalSpan, type NormalizedText } from './normalize';

export type TokenKind = 'ar' | 'lat' | 'num' | 'punct';

export interface Token {
  /** Folded form (see normalize.ts). */
  norm: string;
  kind: TokenKind;
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Offset of the token in the normalized text (within-token offsets map through it). */
  normStart: number;
  /** Index in the token array. */
  index: number;
  /** First letter upper-case in the original (Latin names). */
  cap: boolean;
  /** True when whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

// Letters split from digits ("F16" → F, 16; "إس400" → اس, 400); every other non-space char is punctuation.
const TOKEN_RE = /[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF]+|[\p{L}\p{M}]+|\d+|[^\s]/gu;
const ARABIC_RE = /^[\u0621-\u06FF]/u;

export function tokenize(text: string): { tokens: Token[]; normalized: NormalizedText } {
  const normalized = normalizeWithMap(text);
  const tokens: Token[] = [];
  const { norm } = normalized;
  let lastEnd = 0;
  for (const m of norm.matchAll(TOKEN_RE)) {
    const s = m.index!;
    const e = s + m[0].length;
    const kind: TokenKind = /\d/.test(m[0][0]!) ? 'num' : ARABIC_RE.test(m[0]) ? 'ar' : /\p{L}/u.test(m[0]) ? 'lat' : 'punct';
    const span = originalSpan(normalized, s, e);
    tokens.push({ norm: m[0], kind, start: span.start, end: span.end, normStart: s, index: tokens.length, cap: kind === 'lat' && /\p{Lu}/u.test(text[span.start] ?? ''), spaceBefore: s > lastEnd });
    lastEnd = e;
  }
  return { tokens, normalized };
}

/** Token sequence of a name, as the gazetteer indexes it (punctuation dropped). */
export function nameTokens(name: string): string[] {
  return tokenize(name).tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm);
}
