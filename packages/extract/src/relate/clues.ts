import type { MentionDraft } from '../document';
import type { Token } from '../text/tokenize';
import type { SentenceView } from './sentence-view';
import { normalizeForSearch } from '../text/normalize';
import type { GazetteerEntry } from '../gazetteer/entry';

/**
 * Small grammatical clues the relation rules share: negation, lifting, prepositions that make a
 * mention a place rather than an actor, complementizers of reported speech, clause openers.
 * All patterns are matched against folded tokens (ة→ه, أ→ا, ى→ي, ء dropped: إلغاء → الغا).
 */

/** Negation right before a trigger: "لم تشن ضربات", "لن يفرض عقوبات", "did not attack", "no sanctions". */
// "أي تهديد", "any attack": a hypothetical act is not one.
const NEGATION = /^(?:و|ف)?(?:لم|لن|لا|ليس|ليست|عدم|بعدم|دون|بدون|بالا|اي|لاي|باي)$|^(?:not|no|never|nor|without|cannot|t|any)$/;
/** Undoing words: "رفع العقوبات", "إلغاء عقوبات", "lift sanctions", "lift its opposition", "ease the blockade". */
const UNDOING = /^(?:و|ف|ل|ب|لل|ال|وال|بال)?(?:رفع|يرفع|ترفع|الغا|الغي|الغت|تخفيف|ينهي|تنهي|انهت|انتها|نهايه|تعليق|علقت|علق)$|^(?:lift|lifts|lifted|lifting|ease|eased|easing|end|ended|ending|drop|dropped|dropping|remove|removed|removing|suspend|suspended|scrap|scrapped)$/;

/** Risk and prevention: "خطر وقوع حرب", "لتجنب مواجهة", "the risk of war" is no war. */
const HYPOTHETICAL = /^(?:و|ف|ل|ب|ال|وال|بال|لل)?(?:خطر|مخاطر|احتمال|احتماليه|امكانيه|تجنب|تفادي|منع)$|^(?:risk|risks|possible|possibility|prevent|preventing|avert|averting|avoid|avoiding)$/;

const THREAT = /^(?:و|ف)?(?:هدد|هددت|يهدد|تهدد|لوح|لوحت|يلوح|تلوح|ملوحه|ملوحا|مهدده|مهددا|توعد|توعدت)$|^(?:threatened|threatens|threaten)$/;

/** True when the trigger at index t is negated or undone by one of the five words before it ("بألا تفرض الولايات المتحدة عقوبات"). */
export function negatedOrUndone(tokenAt: ReadonlyMap<number, Token>, t: number): boolean {
  for (let k = t - 1; k >= t - 5; k--) {
    const w = tokenAt.get(k);
    if (!w) break;
    if (w.kind === 'punct' && /^[،,;؛.:]$/.test(w.norm)) break;
    if (NEGATION.test(w.norm) || UNDOING.test(w.norm)) return true;
    // "لوحت بإمكانية تحرك عسكري", "هددت باحتمال شن ضربات": a threat of a possible act is a threat.
    if (HYPOTHETICAL.test(w.norm) && !THREAT.test(tokenAt.get(k - 1)?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Prepositions after which a mention is a place or an origin, not an agent or a target:
 * "الحرب في اليمن", "ضربات من الأراضي السورية", "the war in Ukraine", "troops from Syria".
 */
const PLACE_PREP = /^(?:و|ف)?(?:في|من|داخل|عبر|خارج|قرب|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط)$|^(?:in|inside|within|from|across|near|at|throughout)$/;

export function afterPlacePreposition(tokenAt: ReadonlyMap<number, Token>, m: MentionDraft): boolean {
  if (PLACE_PREP.test(tokenAt.get(m.first - 1)?.norm ?? '')) return true;
  // "من الأراضي السورية", "في الأجواء السورية": a nationality adjective after a place noun.
  return isAdjectival(m, tokenAt) && tokenAt.get(m.first - 1)?.kind === 'ar' && PLACE_PREP.test(tokenAt.get(m.first - 2)?.norm ?? '');
}

/** Prepositions that make a mention the object of someone else's act: "على سوريا", "ضد قطر", "against Iran", "on Syria". */
const OBJECT_PREP = /^(?:و|ف)?(?:علي|ضد|الي|عن)$|^(?:against|on|to)$/;
export function afterObjectPreposition(tokenAt: ReadonlyMap<number, Token>, m: MentionDraft): boolean {
  if (OBJECT_PREP.test(tokenAt.get(m.first - 1)?.norm ?? '')) return true;
  return isAdjectival(m, tokenAt) && tokenAt.get(m.first - 1)?.kind === 'ar' && OBJECT_PREP.test(tokenAt.get(m.first - 2)?.norm ?? '');
}

/**
 * Complementizers that open reported speech: "قال المرصد إن الضربات استهدفت…", "X said that…".
 * The speaker before them is not the agent of what follows. With a pronoun attached ("أنها",
 * "إنه سيرد") the clause is about the speaker itself, so it does not separate.
 */
const COMPLEMENTIZER = /^(?:و|ف|ب)?(?:ان)$|^that$/;
const SPEECH_OPENER = /^["«“]$/;
// "تحدث عن "…"": what a speaker talked about.
const ABOUT = /^(?:عن)$|^about$/;
const SPEECH_VERB = /^(?:و|ف)?(?:قال|قالت|اضاف|اضافت|تابع|تابعت|اكد|اكدت|said|says|told|added)$/;

/** True when reported speech opens between index a (exclusive) and b (exclusive). */
export function speechBetween(tokenAt: ReadonlyMap<number, Token>, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const w = tokenAt.get(k);
    if (!w) continue;
    if (COMPLEMENTIZER.test(w.norm) || w.norm === ':') return true;
    if (SPEECH_OPENER.test(w.norm) && (SPEECH_VERB.test(tokenAt.get(k - 1)?.norm ?? '') || ABOUT.test(tokenAt.get(k - 1)?.norm ?? ''))) return true;
  }
  return false;
}

/** Words that open a new clause: the target of a trigger is never beyond one ("…عدوا، فإن الكويت…", "while Russia…"). */
const CLAUSE_OPENER = /^(?:فان|فانه|فانها|بينما|فيما|لكن|ولكن|الا|حين|حيث|اذ|كما|بحسب|حسب|وفق|وفقا|but|while|whereas|although|though|however|meanwhile|according)$/;
const BREAK_PUNCT = /^[،,;؛.!?؟]$/;
const RELATIVE = /^(?:و)?(?:التي|الذي|الذين|اللتين|اللذين|اللواتي)$|^(?:which|who|whom)$/;

/**
 * True when a clause boundary stands between a (exclusive) and b (exclusive): a clause word,
 * comma-like punctuation, or a relative pronoun ("الهجوم الذي شهدته مدينة صعدة": the town is where,
 * not whom).
 */
export function boundaryBetween(tokenAt: ReadonlyMap<number, Token>, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const w = tokenAt.get(k);
    if (!w) continue;
    if (BREAK_PUNCT.test(w.norm) || CLAUSE_OPENER.test(w.norm) || RELATIVE.test(w.norm)) return true;
  }
  return false;
}

/** The clitic written on a mention's first word ("باليمن" → "ب"), from the original text. */
export function cliticOf(v: SentenceView, tokenAt: ReadonlyMap<number, Token>, m: MentionDraft): string {
  const w = tokenAt.get(m.first);
  if (!w || m.start <= w.start) return '';
  return v.sentence.text.slice(w.start - v.sentence.start, m.start - v.sentence.start);
}

/**
 * A nationality adjective: a demonym, or a one-word nisba form the gazetteer matched as a name
 * ("السورية" through the alias "سورية"), unless the form itself is a name ("السعودية").
 */
export function isAdjectival(m: MentionDraft, tokenAt: ReadonlyMap<number, Token>, v?: SentenceView): boolean {
  if (m.kind === 'demonym') return true;
  const w = tokenAt.get(m.first);
  if (m.kind !== 'name' || m.first !== m.last || w?.kind !== 'ar' || !/^(?:و|ل|ب)?ال.{2,}(?:ي|يه|يين|يون)$/.test(w.norm)) return false;
  const entry = v?.entity(m).entry;
  return !(entry && foldedNames(entry).has(w.norm.replace(/^(?:و|ل|ب)(?=ال)/, '')));
}

const FOLDED = new WeakMap<GazetteerEntry, Set<string>>();
function foldedNames(entry: GazetteerEntry): Set<string> {
  let names = FOLDED.get(entry);
  if (!names) FOLDED.set(entry, (names = new Set(entry.names.map(normalizeForSearch))));
  return names;
}

/** Nouns whose genitive can be their agent: "هجمات داعش", "غارات التحالف", "عقوبات الأمم المتحدة". */
const AGENT_GENITIVE = /^(?:و|ف|ب|ل|ال|بال|وال|لل)?(?:هجمات|هجوم|ضربات|غارات|غاره|عدوان|عقوبات)$/;
/** …but the genitive of sanctions is their target when it is a state: "عقوبات إيران", not "عقوبات واشنطن". */
const SANCTIONS = /^(?:و|ف|ب|ل|ال|بال|وال|لل)?عقوبات$/;
/** Prepositions among the triggers: no agent follows them. */
const PREPOSITION_TRIGGER = /^(?:و|ف)?ضد|^against$/;

/**
 * The agent named right after a trigger noun (or after one nisba adjective of it): a nationality
 * adjective ("الضربات الإسرائيلية", "الغارات الجوية الروسية", "عدوان أمريكي") or the genitive of a
 * noun whose genitive is its agent ("عقوبات الأمم المتحدة", "هجمات داعش").
 */
export function agentAfter(v: SentenceView, tokenAt: ReadonlyMap<number, Token>, t: number): MentionDraft | undefined {
  const word = tokenAt.get(t)?.norm ?? '';
  if (PREPOSITION_TRIGGER.test(word)) return undefined;
  const direct = v.mentions.find((m) => m.first === t + 1);
  if (direct) {
    if (isAdjectival(direct, tokenAt, v)) return direct;
    if (direct.kind === 'name' || direct.kind === 'capital' || direct.kind === 'seat') {
      if (!AGENT_GENITIVE.test(word)) return undefined;
      if (SANCTIONS.test(word) && direct.type === 'State' && direct.kind === 'name') return undefined;
      return direct;
    }
    return undefined;
  }
  const adj = tokenAt.get(t + 1);
  if (adj?.kind === 'ar' && /(?:ي|يه)$/.test(adj.norm) && !v.mentions.some((m) => m.first <= t + 1 && t + 1 <= m.last)) {
    const second = v.mentions.find((m) => m.first === t + 2);
    if (second && isAdjectival(second, tokenAt, v)) return second;
  }
  return undefined;
}

/** Nouns a nationality adjective can make an agent of: "القوات الروسية", "الحكومة السورية", "الطائرات الإسرائيلية". */
const ACTOR_NOUN = /^(?:و|ف|ب|ل|ال|بال|وال|لل)?(?:قوات|جيش|حكومه|سلطات|نظام|رئاسه|طيران|طائرات|مقاتلات|بحريه|سفن|جنود|مسلحين|مسلحون|ميليشيات|مليشيات|ميليشيا|اداره|خارجيه|دفاع|جانب|وفد|شرطه|امن|عسكريين|قياده|دبلوماسيه|مدفعيه|فصائل|حرس|وحدات|كتائب|دوله|دول|حلفاء|تحالف)$/;

/**
 * May a nationality adjective before a trigger stand for its state as the agent? Only right before
 * the word ("Israeli strikes") or after a noun of acting ("القوات الروسية تقصف"), not after an
 * object noun ("دفاعات جوية روسية", "السفير الروسي في…").
 */
export function adjectiveCanAct(m: MentionDraft, tokenAt: ReadonlyMap<number, Token>, t: number): boolean {
  if (t - m.last === 1 && tokenAt.get(m.first)?.kind === 'lat') return true;
  for (let k = m.first - 1; k >= m.first - 2; k--) {
    const w = tokenAt.get(k);
    if (!w || w.kind !== 'ar') return false;
    if (ACTOR_NOUN.test(w.norm)) return true;
  }
  return false;
}

/** "تعرضت سوريا لعدوان", "تعرضه لهجوم", "came under attack": the victim is named with the verb. */
export const VICTIM_VERB = /^(?:و|ف)?(?:تعرض|تعرضت|يتعرض|تتعرض|تعرضه|تعرضها|تعرضهم|لتعرض|لتعرضه|لتعرضها)$/;

/**
 * A mention inside a parenthetical relative clause that closes before index t:
 * "محاولات إيران، التي تدعو إلى تدمير إسرائيل، نقل أسلحة" — Israel is no party to the transfer.
 */
export function inParenthetical(tokenAt: ReadonlyMap<number, Token>, m: MentionDraft, t: number): boolean {
  let open = -1;
  for (let k = m.first - 1; k >= m.first - 10; k--) {
    const w = tokenAt.get(k);
    if (!w) break;
    if (/^[،,]$/.test(w.norm)) {
      open = k;
      break;
    }
  }
  if (open < 0 || !RELATIVE.test(tokenAt.get(open + 1)?.norm ?? '')) return false;
  for (let k = m.last + 1; k < t; k++) if (/^[،,]$/.test(tokenAt.get(k)?.norm ?? '')) return true;
  return false;
}

/** "القتال بين قوات الحكومة والحوثيين", "the war between Iran and Iraq": a conflict word followed by between. */
export const CONFLICT = /^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:نزاع|صراع|اشتباكات|مواجهات|معارك|قتال|حرب|الحرب|حروب|عدا)$|^(?:conflict|clashes|war|fighting|hostilities|confrontation)$/;
export const BETWEEN = /^(?:و)?(?:بين)$|^between$/;
