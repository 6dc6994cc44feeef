import type { EntityType, Mention } from '@kg/graph-schema';
import type { GazetteerEntry } from './gazetteer/entry';
import { splitSentences, type Sentence } from './text/sentences';
import { tokenize, type Token } from './text/tokenize';
import type { NormalizedText } from './text/normalize';
import { DEBRIS_LINE } from './read/formats';

/** The article as the recognizers see it: tokens, sentences and the entities found so far. */
export interface Doc {
  text: string;
  tokens: Token[];
  normalized: NormalizedText;
  sentences: Sentence[];
  /** Sentence index of every token (-1 for page debris). */
  sentenceOf: Int32Array;
  entities: Map<string, EntityDraft>;
  mentions: MentionDraft[];
  /** Mentions by their first token index (recognizers look up "the mention starting here" often). */
  mentionsAt: Map<number, MentionDraft[]>;
  /** Offices stated by title patterns: evidence for HOLDS_OFFICE. */
  offices: OfficeFact[];
}

export interface OfficeFact {
  officialId: string;
  titleId: string;
  title: string;
  /** State or organisation the office is held in or for. */
  affiliationId?: string;
  /** Where the office is exercised when it differs (an ambassador's host state). */
  postedIn?: string;
  sentence: number;
  first: number;
  last: number;
}

export interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  nameAr?: string;
  aliases: Set<string>;
  fromGazetteer: boolean;
  entry?: GazetteerEntry;
  category?: GazetteerEntry['category'];
  mentions: Mention[];
  /** Officials: the state or organisation they serve; organisations: the state they belong to. */
  affiliation?: string;
}

export type MentionKind = 'name' | 'demonym' | 'capital' | 'seat' | 'pattern' | 'surname' | 'title-ref' | 'pronoun';

export interface MentionDraft {
  entityId: string;
  type: EntityType;
  kind: MentionKind;
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
}

export function createDoc(text: string): Doc {
  const { tokens, normalized } = tokenize(text);
  const sentences = splitSentences(text).filter((s) => !DEBRIS_LINE.test(s.text));
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    if (s < sentences.length && sentences[s]!.start <= t.start) sentenceOf[t.index] = s;
  }
  return { text, tokens, normalized, sentences, sentenceOf, entities: new Map(), mentions: [], mentionsAt: new Map(), offices: [] };
}

/** Adds (or finds) an entity and records one mention of it. Surface forms become aliases. */
export function addMention(
  doc: Doc,
  entity: Omit<EntityDraft, 'aliases' | 'mentions'> & { aliases?: Iterable<string> },
  m: { kind: MentionKind; first: number; last: number; start: number; end: number },
  asAlias = true,
): EntityDraft {
  let e = doc.entities.get(entity.id);
  if (!e) {
    e = { ...entity, aliases: new Set(entity.aliases ?? []), mentions: [] };
    doc.entities.set(e.id, e);
  }
  const surface = doc.text.slice(m.start, m.end);
  if (asAlias && surface.trim()) e.aliases.add(surface.trim());
  if (!e.mentions.some((x) => x.start === m.start && x.end === m.end)) e.mentions.push({ text: surface, start: m.start, end: m.end });
  const draft: MentionDraft = { entityId: e.id, type: e.type, sentence: doc.sentenceOf[m.first] ?? -1, ...m };
  doc.mentions.push(draft);
  const at = doc.mentionsAt.get(m.first);
  if (at) at.push(draft);
  else doc.mentionsAt.set(m.first, [draft]);
  return e;
}

/** Token indexes already covered by a mention (pattern recognizers do not overlap gazetteer names). */
export function coveredTokens(doc: Doc): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  return covered;
}

export function slug(s: string): string {
  return s.replace(/[\s_]+/g, '-').replace(/[^\p{L}\p{N}-]/gu, '').replace(/-+/g, '-').replace(/^-|-$/g, '').toLowerCase();
}

/** The first mention starting at token i whose type is one of `types`. */
export function mentionAt(doc: Doc, i: number, types: readonly string[]): MentionDraft | undefined {
  return doc.mentionsAt.get(i)?.find((m) => types.includes(m.type));
}
