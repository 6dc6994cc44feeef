import { normalizeForSearch } from '@kg/extract';

/** What a search box query becomes: normal forms to match searchKeys with, and a Lucene query. */
export interface SearchTerms {
  normalized: string;
  /** Must equal a stored searchKey (already in normal form). */
  exact: string[];
  /** A searchKey, or a word of one, must start with one of these. */
  prefixes: string[];
  /** For the `entity_names` full-text index (arabic analyzer); '' when there is nothing to ask. */
  lucene: string;
}

const ARTICLE = 'ال';
/** Single-letter proclitics (and, so, with, for, like) that attach before the article: والعراق, بالعراق. */
const PROCLITICS = ['و', 'ف', 'ب', 'ك', 'ل'];
const ARABIC = /[\u0600-\u06FF]/u;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

function isArabic(s: string): boolean {
  return ARABIC.test(s);
}

/** والعراق → العراق, للعراق → العراق; leaves words without the article alone (وزير stays). */
function stripProclitics(word: string): string {
  if (word.startsWith('لل') && word.length > 4) return ARTICLE + word.slice(2);
  for (const p of PROCLITICS) {
    if (word.startsWith(p + ARTICLE) && word.length > 4) return word.slice(1);
  }
  return word;
}

/**
 * Stems that a nisba adjective or plural may come from: عراقي → عراق, روسي → روسيا, أمريكي → امريكا,
 * عراقيه (ة folded to ه) → عراق, عراقيون → عراق; English iraqi → iraq, syrian → syria.
 */
function nisbaStems(word: string): string[] {
  const out: string[] = [];
  if (isArabic(word)) {
    let base = word;
    for (const suffix of ['يون', 'يين', 'يه', 'ي']) {
      if (base.endsWith(suffix) && base.length - suffix.length >= 3) {
        base = base.slice(0, -suffix.length);
        out.push(base, base + 'يا', base + 'ا');
        break;
      }
    }
  } else {
    if (/[a-z]{3,}i$/.test(word)) out.push(word.slice(0, -1));
    if (/[a-z]{3,}ian$/.test(word)) out.push(word.slice(0, -1), word.slice(0, -3));
    if (/[a-z]{3,}ians$/.test(word)) out.push(word.slice(0, -2), word.slice(0, -4));
  }
  return out;
}

/**
 * Arabic variants of one word: as typed, without clitics and the article, with the article, and
 * the same for nisba stems (العراقي → عراقي, العراق, عراق).
 */
function wordVariants(word: string): string[] {
  const out = new Set<string>([word]);
  const clean = stripProclitics(word);
  out.add(clean);
  const bare = isArabic(clean) && clean.startsWith(ARTICLE) && clean.length - ARTICLE.length >= 2 ? clean.slice(ARTICLE.length) : clean;
  out.add(bare);
  for (const stem of [bare, ...nisbaStems(bare)]) {
    out.add(stem);
    if (isArabic(stem)) out.add(ARTICLE + stem);
  }
  return [...out].filter((w) => w.length > 0);
}

function escapeLucene(token: string): string {
  return token.replace(LUCENE_SPECIAL, (c) => '\\' + c);
}

/**
 * Builds the search terms for a raw query with the same normal form the stored searchKeys and
 * searchText use, so العراق, عراق, العراقي and Iraq all reach the entity `Iraq`. Variants change the
 * first and last word only (article and clitics in front, nisba endings at the back); a name of
 * several words keeps its inner words as typed.
 */
export function searchTerms(raw: string): SearchTerms {
  const normalized = normalizeForSearch(raw);
  if (!normalized) return { normalized, exact: [], prefixes: [], lucene: '' };
  const words = normalized.split(' ');
  const exact = new Set<string>([normalized]);
  if (words.length === 1) {
    for (const v of wordVariants(words[0]!)) exact.add(v);
  } else {
    const first = wordVariants(words[0]!);
    const last = wordVariants(words.at(-1)!);
    const middle = words.slice(1, -1).join(' ');
    for (const f of first) for (const l of last) exact.add([f, middle, l].filter(Boolean).join(' '));
  }
  // Prefixes of one letter would match half the graph: those queries get exact and full-text only.
  const prefixes = [...exact].filter((v) => [...v].length >= 2);
  const tokens = normalized.split(/[\s\-]+/).filter(Boolean);
  const lucene = tokens
    .map((t) => {
      const e = escapeLucene(t);
      return [...t].length >= 2 ? `(${e} OR ${e}*)` : e;
    })
    .join(' AND ');
  return { normalized, exact: [...exact], prefixes, lucene };
}
