import type { EntityType } from '@kg/graph-schema';
import type { Doc, EntityDraft, MentionDraft } from '../document';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { isTrigger, TRIGGERS, type TriggerName } from './triggers';

/** One sentence with its tokens and entity mentions, in order: what the relation rules read. */
export interface SentenceView {
  index: number;
  sentence: Sentence;
  tokens: Token[];
  /** This sentence's tokens by their document index (undefined outside the sentence). */
  tokenAt: ReadonlyMap<number, Token>;
  mentions: MentionDraft[];
  entity(m: MentionDraft): EntityDraft;
  /** Token indexes of a trigger's words in this sentence. */
  triggers(name: TriggerName): number[];
  has(name: TriggerName): boolean;
  of(...types: EntityType[]): MentionDraft[];
  /** Clause number of a token: relations are looked for inside one clause. */
  clause(tokenIndex: number): number;
}

const CLAUSE_WORDS = /^(الا|لكن|ولكن|غير|بينما|في حين|حيث|but|while|which|who|whereas|although)$/;

/** Nouns whose own first letter is و or ف, not a conjunction: "، وزير الدفاع الأميركي", "، وكالة الأنباء". */
const W_NOUN = /^(?:وزير|وزيره|وزاره|وزراء|وكاله|وكالات|وفد|وفود|ولي|ولايه|ولايات|واشنطن|وسايل|وسط|وحدات|وثيقه|فرنسا|فلسطين|فنزويلا|فنلندا|فيتنام|فصايل|فريق|فرع|فيلق|فوج|فرقه)$/;

/**
 * Clause breaks: a comma or semicolon followed by a new clause, i.e. by a word with و that is not a
 * listed entity ("، وانبثق عن التحالف"), or by إلا/لكن/but/which. "السعودية، والإمارات" stays one clause.
 */
function clauseNumbers(tokens: Token[], mentionStarts: Set<number>): Map<number, number> {
  const out = new Map<number, number>();
  let clause = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.kind === 'punct' && /^[،,;؛:]$/.test(t.norm) && next && !mentionStarts.has(next.index) && ((/^[وف]/.test(next.norm) && !W_NOUN.test(next.norm)) || CLAUSE_WORDS.test(next.norm))) clause++;
    out.set(t.index, clause);
  }
  return out;
}

export function sentenceViews(doc: Doc): SentenceView[] {
  const bySentence = new Map<number, MentionDraft[]>();
  for (const m of doc.mentions) {
    if (m.sentence < 0) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const tokensBySentence = new Map<number, Token[]>();
  for (const t of doc.tokens) {
    const s = doc.sentenceOf[t.index]!;
    if (s < 0) continue;
    const list = tokensBySentence.get(s) ?? [];
    list.push(t);
    tokensBySentence.set(s, list);
  }
  return doc.sentences.map((sentence, index) => {
    const tokens = tokensBySentence.get(index) ?? [];
    const mentions = (bySentence.get(index) ?? []).sort((a, b) => a.first - b.first || b.last - a.last);
    const clauses = clauseNumbers(tokens, new Set(mentions.map((m) => m.first)));
    const cache = new Map<TriggerName, number[]>();
    const triggers = (name: TriggerName) => {
      let found = cache.get(name);
      if (!found) {
        // A word inside an entity name is not a trigger (قوات in "قوات سوريا الديمقراطية").
        found = tokens.filter((t, k) => isTrigger(t, TRIGGERS[name], tokens[k + 1]) && !mentions.some((m) => m.kind !== 'demonym' && m.first <= t.index && t.index <= m.last)).map((t) => t.index);
        cache.set(name, found);
      }
      return found;
    };
    let tokenAt: Map<number, Token> | undefined;
    return {
      index,
      sentence,
      tokens,
      // Built once, on first use: rules skip most sentences before they read a token by index.
      get tokenAt() {
        return (tokenAt ??= new Map(tokens.map((t) => [t.index, t])));
      },
      mentions,
      entity: (m) => doc.entities.get(m.entityId)!,
      triggers,
      has: (name) => triggers(name).length > 0,
      of: (...types) => mentions.filter((m) => types.includes(m.type)),
      clause: (i) => clauses.get(i) ?? 0,
    };
  });
}
