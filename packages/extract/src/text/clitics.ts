/**
 * Readings of an Arabic token with its clitic prefixes (و ف ب ل ك ال وال بال لل…) taken off, each with
 * how many folded characters were removed. The caller keeps a reading only when what remains is a
 * known name, so ordinary words are never cut.
 */
export interface CliticReading {
  stem: string;
  prefixLength: number;
  /** Folded characters to leave out of the mention span: the clitics but not the article (العراقي stays whole). */
  spanPrefix: number;
  /**
   * The stem's article is merged into the preposition ل (للأمم = ل + الأمم): the span then starts after
   * لل (أمم المتحدة), since no clean cut keeps the article, and its text is no spelling of the name.
   */
  mergedArticle?: boolean;
}

const cache = new Map<string, CliticReading[]>();

/** Memoised: the same words recur across articles. */
export function cliticReadings(token: string): CliticReading[] {
  let out = cache.get(token);
  if (!out) {
    out = computeReadings(token);
    if (cache.size > 500_000) cache.clear();
    cache.set(token, out);
  }
  return out;
}

function computeReadings(token: string): CliticReading[] {
  const out: CliticReading[] = [{ stem: token, prefixLength: 0, spanPrefix: 0 }];
  const add = (stem: string, prefixLength: number, spanPrefix = prefixLength, mergedArticle = false) => {
    if (stem.length >= 2 && !out.some((r) => r.stem === stem)) out.push({ stem, prefixLength, spanPrefix, ...(mergedArticle ? { mergedArticle } : {}) });
  };
  const conj = token[0] === 'و' || token[0] === 'ف' ? [0, 1] : [0];
  for (const c of conj) {
    const t = token.slice(c);
    if (c > 0) add(t, c);
    if (t.startsWith('لل') && t.length > 3) add('ال' + t.slice(2), c + 1, c + 2, true);
    if ((t[0] === 'ب' || t[0] === 'ل' || t[0] === 'ك') && t.length > 2) add(t.slice(1), c + 1);
  }
  // Without the article: الروسي → روسي (nisba forms are indexed bare).
  for (const r of [...out]) {
    if (!r.stem.startsWith('ال') || r.stem.length <= 3) continue;
    // After لل the article is written with one ل only: للعراق = ل + (ا)لعراق.
    const written = token.slice(r.prefixLength).startsWith('ال') ? 2 : 1;
    add(r.stem.slice(2), r.prefixLength + written, written === 2 ? r.spanPrefix : r.prefixLength + written);
  }
  return out;
}
