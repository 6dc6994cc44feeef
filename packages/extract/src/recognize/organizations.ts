import { addMention, coveredTokens, mentionAt, slug, type Doc, type EntityDraft, type MentionDraft } from '../document';
import { BODY_NAMES, ORG_HEADS_AR, ORG_HEADS_EN } from '../lexicon';
import { cliticReadings } from '../text/clitics';
import { normalizeForSearch } from '../text/normalize';

function stateMentionAt(doc: Doc, i: number): MentionDraft | undefined {
  return mentionAt(doc, i, ['State']);
}

/** The one organisation already named whose name is `bare` followed by a nationality. */
function fullerBody(doc: Doc, bare: string): EntityDraft | undefined {
  const found = [...doc.entities.values()].filter(
    (e) => e.type === 'Organization' && e.affiliation && [...e.aliases, e.name].some((a) => normalizeForSearch(a).startsWith(bare + ' ')),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Organisations not in the gazetteer, by pattern: a head noun (وزارة، مجلس، لجنة…) with definite
 * complements (الدفاع، الأمن والدفاع), then an optional nationality adjective that ties it to a state
 * (مجلس الأمن الروسي → Security Council of Russia). English: "Ministry of Defence", "Defense Ministry".
 */
export function recognizeOrganizations(doc: Doc): void {
  const covered = coveredTokens(doc);
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    if (t.kind === 'ar') {
      const reading = cliticReadings(t.norm).find((r) => ORG_HEADS_AR.has(r.stem) && (r.prefixLength === 0 || r.prefixLength <= 2));
      if (!reading) continue;
      let j = i;
      const headIsDefinite = reading.stem.startsWith('ال');
      // Complements: definite nouns/adjectives (الأمن، والدفاع، للتعاون) that are not a known entity.
      let k = i + 1;
      while (k < tokens.length && k <= i + 4) {
        const n = tokens[k]!;
        if (n.kind !== 'ar' || covered[k] || stateMentionAt(doc, k)) break;
        if (!/^(ال|وال|لل)/.test(n.norm) || n.norm.length < 4) break;
        if (/^(الذي|التي|الذين|اللذين)$/.test(n.norm)) break;
        j = k;
        k++;
      }
      const nationality = stateMentionAt(doc, j + 1);
      if (j === i && !nationality && !headIsDefinite) continue; // a bare head noun is not a name
      if (j === i && headIsDefinite && !nationality) continue;
      const last = nationality ? nationality.last : j;
      // Drop a leading conjunction or preposition but keep the article: "واللجنة الرباعية" → "اللجنة الرباعية".
      const start = reading.spanPrefix ? doc.normalized.toOriginal[t.normStart + reading.spanPrefix] ?? t.start : t.start;
      const coreNorm = normalizeForSearch(doc.text.slice(start, tokens[j]!.end));
      const core = BODY_NAMES[coreNorm] ?? BODY_NAMES[coreNorm.replace(/^ال/, '')];
      const stateEntity = nationality ? doc.entities.get(nationality.entityId) : undefined;
      // "وزارة الخارجية" after "وزارة الخارجية الأميركية": the body named in full before.
      if (!nationality) {
        const fuller = fullerBody(doc, coreNorm);
        if (fuller) {
          addMention(doc, { ...fuller, aliases: [] }, { kind: 'pattern', first: i, last: j, start, end: tokens[j]!.end });
          for (let c = i; c <= j; c++) covered[c] = 1;
          i = j;
          continue;
        }
      }
      const surface = doc.text.slice(start, tokens[last]!.end);
      const name = core && stateEntity ? `${core} of ${stateEntity.name}` : surface;
      const id = `org:${slug(core && stateEntity ? name : normalizeForSearch(surface))}`;
      addMention(doc, { id, type: 'Organization', name, fromGazetteer: false, affiliation: stateEntity?.id }, { kind: 'pattern', first: i, last, start, end: tokens[last]!.end });
      const coreSurface = doc.text.slice(start, tokens[j]!.end);
      if (nationality) doc.entities.get(id)!.aliases.add(coreSurface);
      for (let c = i; c <= last; c++) covered[c] = 1;
      i = last;
    } else if (t.kind === 'lat' && t.cap && ORG_HEADS_EN.has(t.norm)) {
      // "Ministry of Defence", "Security Council": capitalised words around an English head noun.
      let a = i;
      while (a > 0 && tokens[a - 1]!.cap && !covered[a - 1] && i - a < 3) a--;
      let b = i;
      while (b + 2 < tokens.length && /^(of|for)$/.test(tokens[b + 1]!.norm) && tokens[b + 2]!.cap && !covered[b + 2]) b += 2;
      if (a === i && b === i) continue;
      const surface = doc.text.slice(tokens[a]!.start, tokens[b]!.end);
      addMention(doc, { id: `org:${slug(normalizeForSearch(surface))}`, type: 'Organization', name: surface, fromGazetteer: false }, { kind: 'pattern', first: a, last: b, start: tokens[a]!.start, end: tokens[b]!.end });
      for (let c = a; c <= b; c++) covered[c] = 1;
      i = b;
    }
  }
}
