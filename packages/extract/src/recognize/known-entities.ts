import type { Gazetteer } from '../gazetteer/build';
import { addMention, type Doc } from '../document';
import { WEAPON_HEADS } from '../lexicon';
import { matchGazetteer, type GazetteerMatch } from './gazetteer-match';

/** A needs-context weapon is kept after a weapon head word (صواريخ، منظومة، missile…) or with a model number. */
function weaponContextOk(doc: Doc, m: GazetteerMatch): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    const t = doc.tokens[k]!;
    if (WEAPON_HEADS.has(t.norm) || (t.kind === 'ar' && WEAPON_HEADS.has(t.norm.replace(/^(و|ف|ب|ل|ك|وب|ول)/, '')))) return true;
  }
  const next = doc.tokens[m.last + 1];
  return !!next && WEAPON_HEADS.has(next.norm);
}

/** Finds every gazetteer entity in the article (states, alliances, organisations, weapons, known officials). */
export function recognizeKnownEntities(doc: Doc, gaz: Gazetteer): void {
  const matches = matchGazetteer(doc.tokens, gaz, doc.normalized, doc.text);
  // A needs-context state name (عمان: Oman or Amman) counts when the state is also named unambiguously.
  const unambiguous = new Set(matches.filter((m) => !m.form.needsContext && m.form.kind !== 'blocker').map((m) => m.form.entry.id));
  for (const [idx, m] of matches.entries()) {
    const { entry } = m.form;
    if (m.form.kind === 'blocker') continue;
    const next = matches[idx + 1];
    // "مجلس الأمن الروسي" is Russia's council, not the UN's: leave it to the organisation pattern.
    if (entry.type === 'Organization' && !entry.state && next?.first === m.last + 1 && next.form.entry.type === 'State' && next.form.kind === 'demonym') continue;
    if (m.form.needsContext) {
      const prev = doc.tokens[m.first - 1]?.norm ?? '';
      const ok =
        entry.type === 'Weapon'
          ? weaponContextOk(doc, m)
          : unambiguous.has(entry.id) ||
            /^(سلطن|دول|مملك)/.test(prev) ||
            // "نظام الأسد", "إدارة ترامب", "regime": a government word names its head.
            (entry.type === 'Official' && /^(?:و|ب|ل)?(?:نظام|حكومه|اداره|الرئيس|الملك|الامير|الشيخ)$|^(regime|president|king|prince)$/.test(prev));
      if (!ok) continue;
    }
    addMention(
      doc,
      { id: entry.id, type: entry.type, name: entry.name, nameAr: entry.nameAr, fromGazetteer: true, entry, category: entry.category, affiliation: entry.state, aliases: entry.names },
      { kind: m.form.kind, first: m.first, last: m.last, start: m.start, end: m.end },
    );
  }
}
