import type { Gazetteer } from '../gazetteer/build';
import type { TitleRecord } from '../gazetteer/records';
import { TITLE_MODIFIERS } from '../lexicon';
import { cliticReadings } from '../text/clitics';
import type { Token } from '../text/tokenize';

const MODIFIER_FIRST = new Set(Object.keys(TITLE_MODIFIERS).map((k) => k.split(' ')[0]!));

export interface TitleMatch {
  title: TitleRecord;
  /** English title with modifiers (Deputy Foreign Minister). */
  label: string;
  first: number;
  last: number;
  /** Original offset where the title starts (clitic excluded). */
  start: number;
  /** Clitics written on the title's first word (و in "ووزير الدفاع": a second person, not an apposition). */
  prefix: string;
}

function titleAt(tokens: Token[], i: number, gaz: Gazetteer): { title: TitleRecord; last: number; prefix: string } | undefined {
  const tok = tokens[i];
  if (!tok || tok.kind === 'punct') return undefined;
  // Not with the article taken off: "الحاكم" (the ruling) is not the indefinite title "حاكم" (governor of).
  const readings =
    tok.kind === 'ar'
      ? cliticReadings(tok.norm).filter((r) => r.prefixLength <= 2 && !(tok.norm.endsWith(r.stem) && /ال$/.test(tok.norm.slice(0, tok.norm.length - r.stem.length))))
      : [{ stem: tok.norm, prefixLength: 0, spanPrefix: 0 }];
  for (const r of readings) {
    for (const form of gaz.titlesByFirst.get(r.stem) ?? []) {
      let j = i;
      let ok = true;
      for (let k = 1; k < form.tokens.length && ok; k++) {
        j = abbreviationDot(tokens, j) ?? j;
        j++;
        if (tokens[j]?.norm !== form.tokens[k]) ok = false;
      }
      if (ok) return { title: form.title, last: abbreviationDot(tokens, j) ?? j, prefix: tok.norm.slice(0, 'prefixLength' in r ? r.prefixLength : 0) };
    }
  }
  return undefined;
}

/**
 * The dot of an abbreviated English title (Gen., Lt. Gen., Sen., Rep., Gov.): a short capitalised word,
 * the dot written right after it, a capitalised word after. Its index, so the title covers it.
 */
function abbreviationDot(tokens: Token[], j: number): number | undefined {
  const t = tokens[j];
  const dot = tokens[j + 1];
  const next = tokens[j + 2];
  if (!t || t.kind !== 'lat' || !t.cap || t.norm.length > 4 || !dot || dot.norm !== '.' || dot.spaceBefore || !next || next.kind !== 'lat' || !next.cap) return undefined;
  return j + 1;
}

/** An office title at token i, with any modifiers before it (نائب وزير الخارجية, Deputy Foreign Minister). */
export function matchTitle(tokens: Token[], i: number, gaz: Gazetteer): TitleMatch | undefined {
  const first = tokens[i];
  if (!first || first.kind === 'punct' || first.kind === 'num') return undefined;
  // Cheap test first: most tokens are neither a title word nor a modifier.
  const readings = first.kind === 'ar' ? cliticReadings(first.norm) : [{ stem: first.norm }];
  if (!readings.some((r) => gaz.titlesByFirst.has(r.stem) || MODIFIER_FIRST.has(r.stem))) return undefined;
  // A full title ("نائب الرئيس", Vice President) wins over modifier + title when it is as long.
  const direct = titleAt(tokens, i, gaz);
  const viaModifiers = withModifiers(tokens, i, gaz);
  if (direct && (!viaModifiers || direct.last >= viaModifiers.last)) return { title: direct.title, label: direct.title.en, first: i, last: direct.last, start: first.start, prefix: direct.prefix };
  return viaModifiers;
}

function withModifiers(tokens: Token[], i: number, gaz: Gazetteer): TitleMatch | undefined {
  const modifiers: string[] = [];
  let j = i;
  for (let guard = 0; guard < 3; guard++) {
    const t = tokens[j];
    if (!t) return undefined;
    const stem = t.kind === 'ar' ? t.norm.replace(/^(و|ف)(?=.{3,})/, '') : t.norm;
    const two = `${stem} ${tokens[j + 1]?.norm ?? ''}`;
    if (TITLE_MODIFIERS[two]) {
      modifiers.push(TITLE_MODIFIERS[two]!);
      j += 2;
    } else if (TITLE_MODIFIERS[stem] && titleAt(tokens, j + 1, gaz)) {
      modifiers.push(TITLE_MODIFIERS[stem]!);
      j += 1;
    } else break;
  }
  if (modifiers.length === 0) return undefined;
  const found = titleAt(tokens, j, gaz);
  if (!found) return undefined;
  const label = [...modifiers, found.title.en].join(' ');
  const prefix = /^[وف]/.test(tokens[i]!.norm) && !gaz.titlesByFirst.has(tokens[i]!.norm) && !TITLE_MODIFIERS[tokens[i]!.norm] ? tokens[i]!.norm[0]! : '';
  return { title: found.title, label, first: i, last: found.last, start: tokens[i]!.start, prefix };
}
