import type { Doc, MentionDraft } from '../document';
import type { RelationSet } from './relation-set';
import type { SentenceView } from './sentence-view';
import { afterPlacePreposition } from './clues';

/**
 * MEMBER_OF. Two sources:
 * - what the sentence says: a list after a word of composition ("التحالف الذي يضم X وY", "تحالف رباعي بين X وY",
 *   "15 بلدا عضوا في الحلف بينها X وY", "NATO members X and Y"), a member noun ("X العضو في الحلف", "X, a member of NATO"),
 *   a part in it ("قوات فرنسية ضمن التحالف"), leading it ("التحالف بقيادة السعودية", "led by", "برئاسة السودان");
 * - a known alliance with a state of its known member list named with it.
 * A list that belongs to a committee or body ("أعضاء الهيئة وهم: X وY", "وتضم اللجنة الرباعية … X وY") makes its states
 * members of that body only, not of the organisation it belongs to, and an alliance named only in an official's title
 * ("الأمين العام للجامعة العربية") says nothing about the states around it.
 */

const P = '(?:و|ف|ب|ل|ك|ال|وال|بال|لل)?';
/** Words that open the list of an alliance's members (folded: ء dropped, ؤ → و). */
const LIST_WORD = new RegExp(
  `^(?:و)?(?:يضم|تضم|سيضم|ستضم|ضمت|يضمان|تضمان|تشمل|يشمل|شملت|تتالف|يتالف|تالفت|تتكون|يتكون|تكونت|المكون|المكونه|المولف|المولفه|المشكل|المشكله|بين|بينها|بينهم|منها|منهم|وهم|وهي|هي|هم)$|^(?:comprising|comprises|comprise|comprised|consisting|consists|includes|including|include|included|between|among|namely)$`,
);
/** "تحالف أمني من ست دول": a count after من makes it the alliance's make-up. */
const COUNT_AFTER = /^(?:\d+|ست|سبع|ثلاث|اربع|خمس|ثماني|تسع|عشر|دول|الدول)$/;
/** Member nouns: "عضو في", "أعضاء الحلف", "دول التحالف", "member of", "NATO members". */
const MEMBER_NOUN = new RegExp(`^${P}(?:عضو|عضوا|عضوان|عضوين|العضوين|العضوان|اعضا|عضويه|عضويتها|دول|شريك|شركا|حلفا|المشاركه|المشاركين)$|^(?:member|members|member-states|allies|ally|partners|partner)$`);
/** Taking part: "قوات فرنسية ضمن التحالف", "as part of the coalition". */
const WITHIN = /^(?:و)?(?:ضمن|اطار|اطر)$|^(?:within)$/;
/** Leading it: "التحالف بقيادة السعودية", "الذي تقوده", "برئاسة السودان", "led by". */
const LED_BY = /^(?:و)?(?:بقياده|بزعامه|برياسه|تقوده|يقوده|تقودها|يقودها|تتزعمه|يتزعمه|تراسه|يراسه|تراسها|يراسها)$|^(?:led|headed|chaired)$/;
/** Leading it, the leader named before: "السعودية التي تقود التحالف". */
const LEADS = /^(?:و)?(?:تقود|يقود|قادت|تتزعم|يتزعم|تراس|يراس)$|^(?:leads|leading)$/;
/** Founding it: "كونت السعودية تحالفا", "شكلت الولايات المتحدة التحالف الدولي". */
const FOUNDS = /^(?:و)?(?:كونت|كون|شكلت|شكل|اسست|اسس|انشات|انشا|اقامت)$|^(?:formed|founded|created)$/;
/** Bodies below an organisation: a list after them is theirs. */
const SUB_BODY = /^(?:و|ل|لل|ال|وال)?(?:لجنه|لجان|هييه)$|^(?:committee|panel|subcommittee)$/;
/** Words of an official's title whose genitive is the organisation served: "الأمين العام للجامعة", "مندوب قطر لدى الجامعة". */
const TITLE_WORD = /^(?:و)?(?:امين|الامين|العام|عام|مندوب|مندوبه|سفير|ممثل|مبعوث|لدي|secretary|secretary-general|general|envoy|ambassador|representative)$/;
const IN_PLACE = /^(?:و|ف)?(?:في|داخل)$|^(?:in|inside)$/;
/** "دول مجلس التعاون": the member states of the alliance named after. */
const STATES_OF = /^(?:و|ل|ب)?(?:دول|الدول)$|^(?:states|countries)$/;
/** List glue between two listed states: "، و", ": كلا من", "بالإضافة إلى", "#". */
const GLUE = /^(?:،|,|:|و|and|#|كلا|كل|من|بالاضافه|اضافه|الي|the|as|well|also|plus)$/;
/** Clause ends: a list stops there. */
const STOP = /^(?:[.;؛!?؟]|لكن|الا|but|while|which|who|التي|الذي)$/;

interface Cue {
  /** Entity ids of the states listed. */
  states: string[];
  /** The alliance the list belongs to, or undefined for a body that is no entity (its states belong to no other alliance). */
  alliance?: MentionDraft;
}

/**
 * States listed as members of a committee or body that is no entity ("أعضاء الهيئة وهم: تونس وجيبوتي"): the article
 * says something about them, so they stay in the graph even when the body itself was not recognised.
 */
const listedInBody = new WeakMap<Doc, Set<string>>();
export function membersOfUnnamedBodies(doc: Doc): ReadonlySet<string> {
  return listedInBody.get(doc) ?? new Set();
}

export function membershipRelations(doc: Doc, views: SentenceView[], out: RelationSet): void {
  const unnamed = new Set<string>();
  listedInBody.set(doc, unnamed);
  const named = new Set(doc.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.entityId));
  const docHas = (id: string) => named.has(id);
  for (const v of views) {
    const alliances = v.of('Alliance');
    if (alliances.length === 0) continue;
    // Candidates are not members yet: "Sweden and Finland joining NATO".
    if (v.has('accession')) continue;
    const tokenAt = v.tokenAt;
    const norm = (k: number) => tokenAt.get(k)?.norm ?? '';
    // The target of a fight is no member: "التحالف لمحاربة داعش في سوريا" (that mention only; the state may be listed elsewhere).
    const opposition = v.triggers('opposition');
    const opposedAt = (m: MentionDraft) => opposition.some((t) => m.first > t && m.first <= t + 4);
    // A state can be a member when it acts: not a place ("قمة الجامعة العربية في السعودية"), not a target, not a capital.
    const eligible = (m: MentionDraft) => m.type === 'State' && !opposedAt(m) && m.kind !== 'capital' && !IN_PLACE.test(norm(m.first - 1));
    const states = v.mentions.filter(eligible);
    const allianceAt = (k: number) => alliances.find((a) => a.first <= k && k <= a.last);
    const inAlliance = (k: number) => !!allianceAt(k) || v.mentions.some((m) => m.first <= k && k <= m.last && m.type !== 'Alliance' && m.type !== 'State');

    /**
     * The states listed from token `from` on: the first within `reach`, then the next ones joined by list glue.
     * "دول مجلس التعاون" in a list stands for the known members of that alliance named in the article.
     */
    const item = (k: number): { ids: string[]; last: number } | undefined => {
      const s = states.find((m) => m.first === k);
      if (s) return { ids: [s.entityId], last: s.last };
      const a = alliances.find((m) => m.first === k || (m.first === k + 1 && STATES_OF.test(norm(k))));
      const members = a && (STATES_OF.test(norm(a.first - 1)) || STATES_OF.test(norm(a.first))) ? v.entity(a).entry?.members : undefined;
      if (a && members?.length) return { ids: members.filter((id) => docHas(id)), last: a.last };
      return undefined;
    };
    const listFrom = (from: number, reach = 8): string[] => {
      let k = from;
      for (; k <= from + reach; k++) {
        const w = norm(k);
        if (STOP.test(w) || !tokenAt.has(k)) return [];
        if (item(k)) break;
        if (allianceAt(k)) return [];
      }
      const list: string[] = [];
      let cur = item(k);
      while (cur) {
        list.push(...cur.ids);
        let j = cur.last + 1;
        let gap = 0;
        while (gap < 4 && tokenAt.has(j) && GLUE.test(norm(j)) && !item(j)) {
          j++;
          gap++;
        }
        const next = item(j);
        // "، والأمين العام للجامعة العربية": a non-state ends the list.
        cur = next && (gap > 0 || /^و/.test(norm(j))) ? next : undefined;
      }
      return list;
    };

    const cues: Cue[] = [];
    const sameClause = (a: number, b: number) => v.clause(a) === v.clause(b);
    for (const t of v.tokens) {
      const k = t.index;
      if (inAlliance(k)) continue;
      const w = t.norm;
      if (LIST_WORD.test(w) || (w === 'من' && COUNT_AFTER.test(norm(k + 1)))) {
        // Head: a verb before its subject ("وتضم اللجنة الرباعية …"), or the alliance or body named just before the word
        // ("التحالف الذي يضم", "تحالف رباعي بين", "الحلف بينها", "أعضاء الهيئة وهم:").
        const verb = /^(?:و)?(?:يضم|تضم|سيضم|ستضم|ضمت|تشمل|يشمل|شملت|تتالف|يتالف|تالفت|تتكون|يتكون|تكونت)$|^(?:includes|comprises)$/.test(w);
        // SVO first: "التحالف الجديد سيضم دول مجلس التعاون" lists the council's states, it is no subject.
        const subjectBefore = alliances.some((a) => a.last < k && k - a.last <= 3 && sameClause(a.last, k));
        const verbFirst = verb && !subjectBefore ? alliances.find((a) => a.first > k && a.first - k <= 2) : undefined;
        const subAfter = !verbFirst && [1, 2].find((d) => SUB_BODY.test(norm(k + d)) && !inAlliance(k + d));
        const before = [...alliances].reverse().find((a) => a.last < k && k - a.last <= 5 && sameClause(a.last, k));
        const subBefore = [1, 2, 3, 4, 5].find((d) => SUB_BODY.test(norm(k - d)) && !inAlliance(k - d));
        // A verb of composition takes its subject right after it or a few words before; "بين" and pronouns need the alliance right before.
        if (verbFirst) cues.push({ alliance: verbFirst, states: listFrom(verbFirst.last + 1) });
        else if (verb && subAfter) cues.push({ states: listFrom(k + subAfter + 1) });
        else if (before && (subBefore === undefined || k - subBefore < k - before.last || k - before.last <= 2)) {
          const near = verb || /^(?:المكون|المكونه|المولف|المولفه|المشكل|المشكله|comprising|consisting|including|includes|namely)$/.test(w) ? 5 : 2;
          // "15 بلدا عضوا في الحلف بينها كندا": the alliance right before بين; "الدول الأربع (السعودية…)" needs no word.
          if (k - before.last <= near) cues.push({ alliance: before, states: listFrom(k + 1) });
        } else if (subBefore !== undefined && subBefore <= 3) cues.push({ states: listFrom(k + 1) });
      } else if (/^[(\[]$/.test(w) && allianceAt(k - 1)) {
        // "مجموعة دول الساحل الخمس (مالي وبوركينا فاسو والنيجر)", "the Quartet (Saudi Arabia, the UAE, …)": a list
        // in brackets right after the alliance is its members (the first item right inside the bracket).
        const list = listFrom(k + 1, 0);
        const closed = /^[)\]]$/.test(norm((states.find((m) => m.first === k + 1)?.last ?? k) + 1));
        if (list.length >= 2 || (list.length === 1 && closed)) cues.push({ alliance: allianceAt(k - 1)!, states: list });
      } else if (MEMBER_NOUN.test(w)) {
        // "أعضاء الهيئة وهم: تونس": a body's members are the body's.
        if (SUB_BODY.test(norm(k + 1)) && !inAlliance(k + 1)) {
          const wa = [2, 3, 4].find((d) => LIST_WORD.test(norm(k + d)) || norm(k + d) === ':');
          if (wa !== undefined) cues.push({ states: listFrom(k + wa + 1) });
          continue;
        }
        // The alliance after the noun: "عضو في الحلف", "أعضاء حلف", "دول التحالف", "member of NATO", "members of the alliance".
        // "دول التحالف" joins only in construct state: "الدول الأوروبية وحلف الناتو" lists two things.
        const construct = STATES_OF.test(w);
        const after = alliances.find(
          (a) => a.first > k && (construct ? a.first === k + 1 && !/^(?:و|ل|ب)?ال/.test(w) : a.first - k <= 3 && [...Array(a.first - k - 1).keys()].every((d) => /^(?:في|of|the|in)$|^ال\S+ي(?:ه|ين|ون)?$/.test(norm(k + 1 + d)))),
        );
        // ... or before it: "NATO members", "NATO allies".
        const prior = alliances.find((a) => a.last === k - 1 && t.kind === 'lat');
        const alliance = after ?? prior;
        if (!alliance) continue;
        // Members named before the noun: "تركيا العضو في الحلف", "البلدين العضوين في", "Turkey, a NATO member".
        const pre = [...states].reverse().find((s) => s.last < k && (prior ? prior.first : k) - s.last <= 3 && sameClause(s.last, k));
        if (pre) cues.push({ alliance, states: groupBefore(pre).map((m) => m.entityId) });
        // Members named after: "أعضاء الحلف ألمانيا وفرنسا", "دول التحالف وعلى رأسها السعودية", "NATO members Germany and France".
        const from = Math.max(alliance.last, k) + 1;
        const lead = /^(?:و)?علي$/.test(norm(from)) && /^راس/.test(norm(from + 1)) ? from + 2 : /^(?:و)?(?:منها|بينها|بينهم|منهم|خاصه|لا سيما|سيما|including|such|like)$/.test(norm(from)) ? from + 1 : from;
        const list = listFrom(lead, lead === from ? 1 : 3);
        if (list.length) cues.push({ alliance, states: list });
      } else if (WITHIN.test(w)) {
        // "قوات فرنسية ضمن التحالف الدولي": the state before "ضمن" takes part in the alliance after it.
        const alliance = alliances.find((a) => a.first > k && a.first - k <= 2);
        const pre = alliance && [...states].reverse().find((s) => s.last < k && k - s.last <= 4 && sameClause(s.last, k) && !afterPlacePreposition(tokenAt, s));
        if (alliance && pre) cues.push({ alliance, states: groupBefore(pre).map((m) => m.entityId) });
      } else if (LEADS.test(w) || FOUNDS.test(w)) {
        // "السعودية التي تقود التحالف العربي", "Saudi Arabia, which leads the coalition": the state before the verb.
        // "كونت السعودية تحالفا ضم …", "شكلت الولايات المتحدة التحالف الدولي": the state right after a verb of founding.
        const lead = LEADS.test(w);
        const alliance = lead ? alliances.find((a) => a.first > k && a.first - k <= 2) : undefined;
        if (alliance) {
          const pre = [...states].reverse().find((s) => s.last < k && k - s.last <= 3 && s.kind !== 'demonym' && sameClause(s.last, k));
          if (pre) cues.push({ alliance, states: [pre.entityId] });
        } else if (!lead) {
          const founder = states.find((s) => s.first === k + 1 && s.kind !== 'demonym');
          const made = founder && alliances.find((a) => a.first > founder.last && a.first - founder.last <= 2);
          if (founder && made) cues.push({ alliance: made, states: [founder.entityId] });
        }
      } else if (LED_BY.test(w) || (w === 'علي' && /^راس/.test(norm(k + 1)))) {
        // "التحالف العربي بقيادة السعودية", "قيادة الأمم المتحدة التي تقودها واشنطن", "led by Saudi Arabia".
        const alliance = [...alliances].reverse().find((a) => a.last < k && k - a.last <= 8 && sameClause(a.last, k));
        const by = w === 'led' || w === 'headed' || w === 'chaired' ? (norm(k + 1) === 'by' ? k + 2 : -1) : k + 1;
        if (alliance && by > 0) {
          const leader = v.mentions.find((m) => m.type === 'State' && m.first >= by && m.first - by <= 2 && m.kind !== 'demonym');
          if (leader && !opposedAt(leader)) cues.push({ alliance, states: [leader.entityId] });
        }
      }
    }

    /** The coordinated states ending with s: "أمريكية وفرنسية ضمن", "البلدين العضوين". */
    function groupBefore(s: MentionDraft): MentionDraft[] {
      const list = [s];
      for (;;) {
        const head = list[0]!;
        const prev = [...states].reverse().find((m) => m.last < head.first && head.first - m.last <= 3);
        if (!prev) break;
        const between = [];
        for (let j = prev.last + 1; j < head.first; j++) between.push(norm(j));
        const joined = (between.length === 0 && /^و/.test(norm(head.first))) || (between.length > 0 && between.every((x) => GLUE.test(x)));
        if (!joined) break;
        list.unshift(prev);
      }
      return list;
    }

    const claimed = new Map<string, string | undefined>();
    for (const c of cues) {
      for (const s of c.states) {
        if (!claimed.has(s) || c.alliance) claimed.set(s, c.alliance?.entityId);
        if (!c.alliance) {
          unnamed.add(s);
          continue;
        }
        const known = v.entity(c.alliance).entry?.members;
        if (known && known.length > 0 && !known.includes(s)) continue;
        out.add({ type: 'MEMBER_OF', source: s, target: c.alliance.entityId, confidence: 0.65, sentence: v.index });
      }
    }

    // A known alliance and one of its known members named with it: "حلفاء الولايات المتحدة في الناتو", "شركائها في حلف
    // شمال الأطلسي". Not when the alliance is named only in a title, nor for states another body's list claims.
    for (const a of alliances) {
      const known = v.entity(a).entry?.members;
      if (!known || known.length === 0) continue;
      if ([1, 2].some((d) => TITLE_WORD.test(norm(a.first - d))) || (tokenAt.get(a.last + 1)?.kind === 'lat' && TITLE_WORD.test(norm(a.last + 1)))) continue;
      for (const s of v.mentions) {
        if (s.type !== 'State' && s.type !== 'Organization') continue;
        if (!known.includes(s.entityId) || opposedAt(s) || s.kind === 'capital' || IN_PLACE.test(norm(s.first - 1))) continue;
        if (claimed.has(s.entityId) && claimed.get(s.entityId) !== a.entityId) continue;
        out.add({ type: 'MEMBER_OF', source: s.entityId, target: a.entityId, confidence: 0.6, sentence: v.index });
      }
    }
  }
}

