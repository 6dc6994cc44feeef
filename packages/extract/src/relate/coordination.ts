import type { MentionDraft } from '../document';
import type { SentenceView } from './sentence-view';

const ACTOR_TYPES = new Set(['State', 'Organization', 'Alliance', 'Official']);

/**
 * Coordinated mentions: "السعودية والإمارات والبحرين ومصر", "Sweden and Finland", "X, Y and Z".
 * Two actor mentions are coordinated when only a comma, "و"/"and", or the و written on the second
 * word stands between them.
 */
export function coordinationGroups(v: SentenceView): Map<MentionDraft, MentionDraft[]> {
  const actors = v.mentions.filter((m) => ACTOR_TYPES.has(m.type));
  const groupOf = new Map<MentionDraft, MentionDraft[]>();
  let group: MentionDraft[] = [];
  let prev: MentionDraft | undefined;
  const tokenAt = v.tokenAt;
  for (const m of actors) {
    // "البلدين" stands for two states at once: one group.
    const samePronoun = prev && m.kind === 'pronoun' && prev.kind === 'pronoun' && m.first === prev.first;
    if (prev && (samePronoun || (m.first > prev.last && linked(prev, m, tokenAt))) && m.type === prev.type) group.push(m);
    else {
      group = [m];
    }
    groupOf.set(m, group);
    prev = m.first > (prev?.last ?? -1) ? m : prev;
  }
  return groupOf;
}

function linked(a: MentionDraft, b: MentionDraft, tokenAt: ReadonlyMap<number, { norm: string; kind: string }>): boolean {
  const between = [];
  for (let i = a.last + 1; i < b.first; i++) between.push(tokenAt.get(i)?.norm ?? '');
  const first = tokenAt.get(b.first)?.norm ?? '';
  if (between.length === 0) return /^و/.test(first) || first === 'and';
  // "Canada and the United States": the article after and.
  return between.every((w) => /^(،|,|و|and|or|او|كلا|من|the)$/.test(w)) && between.length <= 2 && between[0] !== 'the';
}

export function groupMembers(groups: Map<MentionDraft, MentionDraft[]>, m: MentionDraft | undefined): MentionDraft[] {
  if (!m) return [];
  return groups.get(m) ?? [m];
}
