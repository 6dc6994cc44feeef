import { skeleton, type Gazetteer } from '../gazetteer/build';
import type { NameForm } from '../gazetteer/entry';
import { cliticReadings } from '../text/clitics';
import type { NormalizedText } from '../text/normalize';
import type { Token } from '../text/tokenize';

export interface GazetteerMatch {
  form: NameForm;
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  /** Original-text span of the name, clitic prefix excluded. */
  start: number;
  end: number;
  /**
   * For a needs-context form: an unambiguous form of another entry over the same tokens, used when the
   * context is missing (السوداني: Mohammed Shia al-Sudani only when he is named, otherwise Sudan's nisba).
   */
  fallback?: GazetteerMatch;
  /**
   * For a needs-context form: needs-context forms of other entries over the same tokens (عمان: Oman's
   * name and Amman, Jordan's capital). The recognizer chooses between them by context.
   */
  alternatives?: GazetteerMatch[];
  /** The name's article is merged into a preposition (للأمم المتحدة): the span is no spelling of the name. */
  mergedArticle?: boolean;
}

// Inside a name: S-400, U.S., F/A-18, and CNN's hashtags (دونالد #ترمب, #دونالد_ترمب).
const CONNECTORS = new Set(['-', '_', '.', '/', '#']);

/** Index of the token after `i` that continues a name, skipping one connector (S-400, U.S.). */
function nextWordIndex(tokens: Token[], i: number): number {
  const n = tokens[i + 1];
  if (n && n.kind === 'punct' && CONNECTORS.has(n.norm) && tokens[i + 2] && tokens[i + 2]!.kind !== 'punct') return i + 2;
  return i + 1;
}

function latinCaseOk(form: NameForm, tokens: Token[], i: number, text: string): boolean {
  if (form.latinCase === 'any') return true;
  const tok = tokens[i]!;
  if (form.latinCase === 'cap') return tok.cap;
  const surface = text.slice(tok.start, tok.end);
  return surface === surface.toUpperCase();
}

/** Longest gazetteer name starting at token i, if any. */
export function matchAt(tokens: Token[], i: number, gaz: Gazetteer, normalized: NormalizedText, text: string): GazetteerMatch | undefined {
  const tok = tokens[i]!;
  if (tok.kind === 'punct') return undefined;
  const readings = tok.kind === 'ar' ? cliticReadings(tok.norm) : [{ stem: tok.norm, prefixLength: 0, spanPrefix: 0 }];
  let best: GazetteerMatch | undefined;
  for (const { stem, spanPrefix, mergedArticle } of readings as { stem: string; spanPrefix: number; mergedArticle?: boolean }[]) {
    for (const form of gaz.formsByFirst.get(stem) ?? []) {
      if (best && form.tokens.length < best.form.tokens.length) break;
      // Same length: an unambiguous form of another entry is kept as the fallback, a needs-context
      // one as an alternative reading.
      const sameLength = !!best && form.tokens.length === best.form.tokens.length;
      const alternative = sameLength && best!.form.needsContext && form.needsContext && form.entry !== best!.form.entry && !best!.alternatives?.some((a) => a.form.entry === form.entry);
      if (sameLength && !alternative && (!best!.form.needsContext || form.needsContext || best!.fallback || form.entry === best!.form.entry)) continue;
      if (tok.kind === 'lat' && !latinCaseOk(form, tokens, i, text)) continue;
      let j = i;
      let ok = true;
      for (let k = 1; k < form.tokens.length; k++) {
        j = nextWordIndex(tokens, j);
        if (tokens[j]?.norm !== form.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const start = spanPrefix > 0 ? normalized.toOriginal[tok.normStart + spanPrefix] ?? tok.start : tok.start;
      const found: GazetteerMatch = { form, first: i, last: j, start, end: tokens[j]!.end, ...(mergedArticle ? { mergedArticle } : {}) };
      if (alternative) (best!.alternatives ??= []).push(found);
      else if (sameLength) best!.fallback = found;
      else best = found;
    }
  }
  return best ?? (tok.kind === 'ar' ? skeletonMatchAt(tokens, i, gaz) : undefined);
}

/** An official's two-or-more-word Arabic name written with other long vowels (فلاديمير بوتن). */
function skeletonMatchAt(tokens: Token[], i: number, gaz: Gazetteer): GazetteerMatch | undefined {
  const tok = tokens[i]!;
  for (const form of gaz.officialSkeletons.get(skeleton(tok.norm)) ?? []) {
    let j = i;
    let ok = true;
    for (let k = 1; k < form.tokens.length; k++) {
      j = nextWordIndex(tokens, j);
      const t = tokens[j];
      if (!t || t.kind !== 'ar' || t.norm.length < 3 || skeleton(t.norm) !== form.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { form, first: i, last: j, start: tok.start, end: tokens[j]!.end };
  }
  return undefined;
}

/** Every gazetteer name in the token stream, left to right, longest match first, no overlaps. */
export function matchGazetteer(tokens: Token[], gaz: Gazetteer, normalized: NormalizedText, text: string): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = matchAt(tokens, i, gaz, normalized, text);
    if (m) {
      out.push(m);
      i = m.last + 1;
    } else i++;
  }
  return out;
}
