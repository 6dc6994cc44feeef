import type { Gazetteer } from '../gazetteer/build';
import { addMention, type Doc } from '../document';
import { WEAPON_HEADS } from '../lexicon';
import { matchGazetteer, type GazetteerMatch } from './gazetteer-match';

// Between an English weapon name and its head word: adjectives and compounds ("Khorramshahr ballistic
// missile", "Meteor air-to-air missiles"), or a coordinated name ("Meteor and Scalp missiles").
const HEAD_LOOKAHEAD = 5;

/** A needs-context weapon is kept after a weapon head word (صواريخ، منظومة، missile…) or with a model number. */
function weaponContextOk(doc: Doc, m: GazetteerMatch): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    const t = doc.tokens[k]!;
    if (WEAPON_HEADS.has(t.norm) || (t.kind === 'ar' && WEAPON_HEADS.has(t.norm.replace(/^(و|ف|ب|ل|ك|وب|ول)/, '')))) return true;
  }
  const next = doc.tokens[m.last + 1];
  if (next && WEAPON_HEADS.has(next.norm)) return true;
  if (doc.tokens[m.first]!.kind !== 'lat') return false;
  for (let k = m.last + 1; k <= m.last + HEAD_LOOKAHEAD && k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'lat' && WEAPON_HEADS.has(t.norm)) return true;
    if (t.kind !== 'lat' && t.norm !== '-') return false;
  }
  return false;
}

/** A state named by a demonym or name right before or after token span [first, last] ("Saudi Royal Air Force", "سلاح الجو الملكي الأردني"). */
function adjacentState(doc: Doc, matches: GazetteerMatch[], idx: number): string | undefined {
  const m = matches[idx]!;
  const prev = matches[idx - 1];
  const next = matches[idx + 1];
  let p = m.first - 1;
  if (doc.tokens[p]?.norm === 's' && doc.tokens[p - 1]?.norm === "'") p -= 2;
  // English only: in Arabic a state before a body is a sentence's subject ("ساعدت روسيا قوات الحكومة السورية").
  if (prev && prev.last === p && doc.tokens[p]!.kind === 'lat' && prev.form.entry.type === 'State' && !prev.form.needsContext) return prev.form.entry.id;
  if (next && next.first === m.last + 1 && next.form.entry.type === 'State' && next.form.kind === 'demonym') return next.form.entry.id;
  return undefined;
}

/** Finds every gazetteer entity in the article (states, alliances, organisations, weapons, known officials). */
export function recognizeKnownEntities(doc: Doc, gaz: Gazetteer): void {
  const matches = matchGazetteer(doc.tokens, gaz, doc.normalized, doc.text);
  // A needs-context state name (عمان: Oman or Amman) counts when the state is also named unambiguously.
  const unambiguous = new Set(matches.filter((m) => !m.form.needsContext && m.form.kind !== 'blocker').map((m) => m.form.entry.id));
  for (let [idx, m] of matches.entries()) {
    let { entry } = m.form;
    if (m.form.kind === 'blocker') continue;
    const next = matches[idx + 1];
    if (entry.type === 'Organization') {
      // "مجلس الأمن الروسي" is Russia's council, not the UN's: leave it to the organisation pattern.
      if (entry.kind === 'intergovernmental' && next?.first === m.last + 1 && next.form.entry.type === 'State' && next.form.kind === 'demonym') continue;
      // A state's body named with another state ("Saudi Royal Air Force", "البحرية الملكية الأردنية") is not this one.
      const other = entry.state ? adjacentState(doc, matches, idx) : undefined;
      if (other && other !== entry.state) continue;
    }
    if (m.form.needsContext) {
      const prev = doc.tokens[m.first - 1]?.norm ?? '';
      const ok =
        entry.type === 'Weapon'
          ? weaponContextOk(doc, m)
          : unambiguous.has(entry.id) ||
            /^(سلطن|دول|مملك)/.test(prev) ||
            // "حزب العدالة والتنمية", "القيادة المركزية": a state's body named in a phrase of two words or
            // more counts when the article names that state (one word such as فتح or الحشد is too loose).
            (entry.type === 'Organization' && m.form.tokens.length >= 2 && !!entry.state && unambiguous.has(entry.state)) ||
            // "نظام الأسد", "إدارة ترامب", "regime": a government word names its head.
            (entry.type === 'Official' && /^(?:و|ب|ل)?(?:نظام|حكومه|اداره|الرئيس|الملك|الامير|الشيخ)$|^(regime|president|king|prince)$/.test(prev));
      if (!ok && !m.fallback) continue;
      if (!ok) {
        m = m.fallback!;
        entry = m.form.entry;
      }
    }
    if (m.form.kind === 'blocker') continue;
    addMention(
      doc,
      { id: entry.id, type: entry.type, name: entry.name, nameAr: entry.nameAr, fromGazetteer: true, entry, category: entry.category, affiliation: entry.state, aliases: entry.names },
      { kind: m.form.kind, first: m.first, last: m.last, start: m.start, end: m.end },
    );
  }
}
