import type { Doc, MentionDraft } from '../document';
import type { Token } from '../text/tokenize';
import type { RelationSet } from './relation-set';
import type { SentenceView } from './sentence-view';
import { acquisitionStatus, EXCLUSION } from './triggers';
import { coordinationGroups, groupMembers } from './coordination';
import { adjectiveCanAct, afterObjectPreposition, afterPlacePreposition, agentAfter, BETWEEN, boundaryBetween, cliticOf, CONFLICT, inParenthetical, isAdjectival, negatedOrUndone, speechBetween, VICTIM_VERB } from './clues';

const ACTOR = ['State', 'Organization'] as const;

function nearest(ms: MentionDraft[], index: number, dir: 'before' | 'after', pred: (m: MentionDraft) => boolean = () => true): MentionDraft | undefined {
  const c = ms.filter((m) => pred(m) && (dir === 'before' ? m.last < index : m.first > index));
  return dir === 'before' ? c[c.length - 1] : c[0];
}

const distinct = (ms: MentionDraft[]) => [...new Map(ms.map((m) => [m.entityId, m])).values()];

/** HOLDS_OFFICE from title patterns; ambassadors get their posting in the title. */
export function officeRelations(doc: Doc, out: RelationSet): void {
  for (const o of doc.offices) {
    if (!o.affiliationId) continue;
    const posted = o.postedIn ? doc.entities.get(o.postedIn)?.name : undefined;
    const title = posted && /ambassador|envoy/i.test(o.title) ? `${o.title} to ${posted}` : o.title;
    out.add({ type: 'HOLDS_OFFICE', source: o.officialId, target: o.affiliationId, confidence: 0.9, sentence: o.sentence, title });
  }
}

/** PART_OF: national bodies (مجلس الأمن الروسي → Russia), bodies inside bodies (لجنة … في البرلمان), gazetteer bodies. */
export function partOfRelations(doc: Doc, views: SentenceView[], out: RelationSet): void {
  const firstSentence = new Map<string, number>();
  for (const m of doc.mentions) if (m.sentence >= 0 && !firstSentence.has(m.entityId)) firstSentence.set(m.entityId, m.sentence);
  for (const e of doc.entities.values()) {
    if (e.type !== 'Organization' || !e.affiliation) continue;
    const kind = e.entry?.kind;
    if (e.fromGazetteer && kind && !/government|military|security|agency|party|body/.test(kind)) continue;
    out.add({ type: 'PART_OF', source: e.id, target: e.affiliation, confidence: 0.8, sentence: firstSentence.get(e.id) ?? 0, implicit: true });
  }
  // A listed body whose parent the article names too: "فيلق القدس … الحرس الثوري", "CENTCOM … the Pentagon".
  for (const e of doc.entities.values()) {
    const parent = e.type === 'Organization' ? e.entry?.parent : undefined;
    if (!parent || !(doc.entities.get(parent)?.mentions.length ?? 0)) continue;
    const parentSentences = new Set(doc.mentions.filter((p) => p.entityId === parent).map((p) => p.sentence));
    const together = doc.mentions.find((m) => m.entityId === e.id && parentSentences.has(m.sentence));
    out.add({ type: 'PART_OF', source: e.id, target: parent, confidence: 0.75, sentence: together?.sentence ?? firstSentence.get(e.id) ?? 0, implicit: true });
  }
  for (const v of views) {
    for (const m of v.of('Organization')) {
      // "لجنة الأمن والدفاع في البرلمان العراقي": an organisation right after في is the parent body.
      const next = v.tokens.find((t) => t.index === m.last + 1);
      if (!next || !/^(في|داخل|ب|within|in|of)$/.test(next.norm)) continue;
      const parent = v.mentions.find((p) => p.first === m.last + 2 && (p.type === 'Organization' || p.type === 'Alliance'));
      if (parent) out.add({ type: 'PART_OF', source: m.entityId, target: parent.entityId, confidence: 0.75, sentence: v.index });
    }
    const tokenAt = v.tokenAt;
    for (const t of v.triggers('partOf')) {
      const word = tokenAt.get(t)?.norm ?? '';
      const child = childBefore(v, tokenAt, t);
      // "وانبثق عن التحالف مركز …": verb first, the parent after عن, the new body after it.
      if (/^(?:و|ف)?(?:انبثق|انبثقت)$/.test(word) && !child) {
        const parent = nearest(v.mentions, t, 'after', (m) => (m.type === 'Alliance' || m.type === 'Organization') && m.first - t <= 3);
        const born = parent && nearest(v.mentions, parent.last, 'after', (m) => m.type === 'Organization' && m.entityId !== parent.entityId && m.first - parent.last <= 3);
        if (parent && born) out.add({ type: 'PART_OF', source: born.entityId, target: parent.entityId, confidence: 0.6, sentence: v.index });
        continue;
      }
      // "فيلق القدس التابع للحرس الثوري", "وحدات حماية الشعب، الذراع العسكرية لحزب الاتحاد", "X, the armed wing of Y":
      // the body right before the word, its parent right after it (past an adjective and "لـ"/"of").
      if (!child) continue;
      const parent = parentAfter(v, tokenAt, t);
      if (!parent || parent.entityId === child.entityId) continue;
      // An armed group "التابعة لإيران" or "ذراع إيران" is a proxy, not a body of the state.
      if (parent.type === 'State' && (v.entity(child).entry?.kind === 'armed-group' || !/^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:تابع|تابعه|التابع|التابعه)$|^(?:part|unit|units|agency|department|branch|arm)$/.test(word))) continue;
      out.add({ type: 'PART_OF', source: child.entityId, target: parent.entityId, confidence: 0.6, sentence: v.index });
    }
  }
}

/** Adjectives between a part word and its parent: "الذراع العسكرية لـ", "the armed wing of". */
const PART_ADJ = /^(?:ال)?(?:عسكري|عسكريه|سياسي|سياسيه|مسلح|مسلحه|اعلامي|اعلاميه|امني|امنيه|دعوي|استخباراتي|استخباراتيه|خارجي|خارجيه|اقليمي|اقليميه|رسمي|رسميه|مباشر|مباشره)$|^(?:armed|military|political|militant|media|intelligence|regional|local|official|youth|student)$/;

/** The Organization that a part word is said of: right before it, or before a comma and an article ("X, the armed wing of"). */
function childBefore(v: SentenceView, tokenAt: ReadonlyMap<number, Token>, t: number): MentionDraft | undefined {
  let k = t - 1;
  for (let d = 0; d < 2 && PART_ADJ.test(tokenAt.get(k)?.norm ?? ''); d++) k--;
  if (/^(?:the|an|a|its)$/.test(tokenAt.get(k)?.norm ?? '')) k--;
  if (/^[،,]$/.test(tokenAt.get(k)?.norm ?? '')) k--;
  // Quotes around a name: "جيش المهدي" التابع.
  if (/^["«»“”']$/.test(tokenAt.get(k)?.norm ?? '')) k--;
  return v.mentions.find((m) => m.last === k && m.type === 'Organization');
}

/** The parent body right after a part word: "التابع للحرس الثوري", "التابعة لـ"حزب"", "wing of Hamas", "affiliated with al-Qaeda". */
function parentAfter(v: SentenceView, tokenAt: ReadonlyMap<number, Token>, t: number): MentionDraft | undefined {
  let k = t + 1;
  for (let d = 0; d < 2 && PART_ADJ.test(tokenAt.get(k)?.norm ?? ''); d++) k++;
  const parentType = (m: MentionDraft) => m.type === 'Organization' || m.type === 'Alliance' || m.type === 'State';
  // The parent written on the word with ل: "للحرس", "لحماس", "لـ"حزب"".
  const joined = v.mentions.find((m) => m.first === k && parentType(m) && /^و?ل+(?:ـ)?["«“]?$/.test(cliticOf(v, tokenAt, m)));
  if (joined) return joined;
  const w = tokenAt.get(k)?.norm ?? '';
  if (!/^(?:ل|لـ|الي|of|to|with)$/.test(w) && !/^ل(?:ـ)?$/.test(w)) return undefined;
  k++;
  if (/^(?:the)$/.test(tokenAt.get(k)?.norm ?? '') || /^["«“]$/.test(tokenAt.get(k)?.norm ?? '')) k++;
  return v.mentions.find((m) => m.first === k && parentType(m) && !isAdjectival(m, tokenAt, v));
}

const FROM = /^(من|from)$/;
const TO = /^(?:الي|to|for)$/;
const OBJECT_OF = /^(?:علي|عن|ضد|on|against|about)$/;
/** Arms and military equipment words (folded: ئ → ي, ء dropped). */
const ARMS =
  /^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:اسلحه|سلاح|اسلحت|ذخاير|ذخيره|صواريخ|صاروخ|عتاد|معدات|طايرات|طايره|مقاتلات|مقاتله|دبابات|مدرعات|منظومه|منظومات|مروحيات|مسيرات|قذايف|عسكريه)$|^(?:arms|weapon|weapons|ammunition|munitions|missile|missiles|equipment|jets|fighters|aircraft|tanks|drones|helicopters|rockets|rifles)$/;

/** ACQUIRES (with status) and SUPPLIED, from weapons named with a purchase or supply word. */
export function armsRelations(doc: Doc, views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    const weapons = distinct(v.of('Weapon'));
    const supply = v.triggers('supply');
    const purchase = v.triggers('purchase');
    const actors = v.of(...ACTOR);
    const groups = coordinationGroups(v);
    const tokenAt = v.tokenAt;
    const afterFrom = (m: MentionDraft) => FROM.test(tokenAt.get(m.first - 1)?.norm ?? '');
    // Supplier → recipient: "قام الجانب الروسي بتزويد العراق", "Russia delivered S-300 to Syria".
    // Talks, interest or a halted deal supply nothing (yet): no SUPPLIED then.
    const status = acquisitionStatus(v.tokens);
    const supplies = !status || status === 'delivered' || status === 'ordered';
    let recipient: MentionDraft | undefined;
    let supplier: MentionDraft | undefined;
    // Supply words are also handing over a person, a city or a file: SUPPLIED needs arms in the sentence.
    const arms = weapons.length > 0 || v.tokens.some((k) => ARMS.test(k.norm));
    const stateOrSelf = (m: MentionDraft) => (m.type === 'Official' ? v.entity(m).affiliation ?? m.entityId : m.entityId);
    const sellers = v.mentions.filter((m) => m.type === 'State' || m.type === 'Organization' || (m.type === 'Official' && v.entity(m).affiliation?.startsWith('state:')));
    for (const t of arms ? supply : []) {
      const near = nearest(actors, t, 'after', (m) => m.first - t <= 4);
      const to = nearest(actors, t, 'after', (m) => m.first - t <= 10 && TO.test(tokenAt.get(m.first - 1)?.norm ?? '') && !boundaryBetween(tokenAt, t, m.first));
      // "تسليم المنظومة الروسية إلى دمشق": the adjective of the goods is their origin, the one after "إلى" the recipient.
      const origin = near && to && near !== to && near.first < to.first && isAdjectival(near, tokenAt, v) && !v.mentions.some((m) => m.last === near.first - 1) ? near : undefined;
      recipient = origin ? to : near ?? to;
      // "اعترضت إسرائيل على تسليم…": whoever objects to (or talks about) a delivery is not its supplier.
      const objectOfAnother = OBJECT_OF.test(tokenAt.get(t - 1)?.norm ?? '');
      // The supplier before the word: a state, a body, or an official acting for one ("وقع وزير الدفاع البريطاني … صفقة لبيع").
      const before = objectOfAnother
        ? undefined
        : nearest(
            sellers,
            t,
            'before',
            (m) => stateOrSelf(m) !== recipient?.entityId && t - m.last <= 12 && !afterPlacePreposition(tokenAt, m) && !inParenthetical(tokenAt, m, t),
          );
      supplier = origin ?? (before && before.type === 'Official' ? { ...before, entityId: stateOrSelf(before) } : before);
      if (recipient && supplier && supplies)
        for (const s of groupMembers(groups, supplier))
          for (const r of groupMembers(groups, recipient)) out.add({ type: 'SUPPLIED', source: s.entityId, target: r.entityId, confidence: 0.65, sentence: v.index });
    }
    if (weapons.length === 0) continue;
    if (!status && supply.length === 0 && purchase.length === 0) continue;
    for (const w of weapons) {
      if (v.tokens.some((k) => k.index < w.first && k.index >= w.first - 3 && EXCLUSION.test(k.norm))) continue;
      const origin = v.entity(w).entry?.origin;
      // Buyers are states; a state's body (its parliament, its ministry) stands for it.
      const stateOf = (m: MentionDraft) => (m.type === 'State' ? m.entityId : v.entity(m).affiliation?.startsWith('state:') ? v.entity(m).affiliation : undefined);
      const candidate = (m: MentionDraft) => !!stateOf(m) && stateOf(m) !== origin && !afterFrom(m);
      let buyer = recipient && recipient.entityId !== origin ? recipient : undefined;
      for (const t of purchase) {
        if (buyer) break;
        const before = nearest(actors, t, 'before', (m) => candidate(m) && t - m.last <= 6);
        const after = nearest(actors, t, 'after', (m) => candidate(m) && m.first - t <= 4);
        buyer = before && after ? (t - before.last <= after.first - t ? before : after) : before ?? after;
      }
      if (!buyer) {
        const others = distinct(actors.filter(candidate));
        if (others.length === 1) buyer = others[0];
      }
      if (!buyer) continue;
      for (const member of groupMembers(groups, buyer)) {
        const b = { ...member, entityId: stateOf(member) ?? member.entityId };
        if (member.type !== 'State' && member.type !== 'Organization') continue;
        out.add({ type: 'ACQUIRES', source: b.entityId, target: w.entityId, confidence: 0.65, sentence: v.index, status: status ?? (supply.length ? 'delivered' : 'considered') });
        // The seller: the supplier named, a state after "من" (from Russia), or the maker's state when named.
        const fromState = actors.find((m) => afterFrom(m) && m.type === 'State' && m.entityId !== b.entityId);
        const seller = supplier?.entityId ?? fromState?.entityId ?? (origin && actors.some((m) => m.entityId === origin) ? origin : undefined);
        if (seller && seller !== b.entityId && supplies) out.add({ type: 'SUPPLIED', source: seller, target: b.entityId, confidence: 0.55, sentence: v.index });
      }
    }
  }
}

const INVITE_VERB = /^(?:و|ف)?(?:دعا|دعت|يدعو|تدعو)$/;
/** INVITED: "تلقى X دعوة من Y", "Y يوجه دعوة لـ X لزيارة", "Y invited X", "دعا X Y إلى زيارة". */
export function invitationRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    for (const t of v.triggers('invitation')) {
      const invitee = (m: MentionDraft) => m.type === 'Official' || m.type === 'State' || m.type === 'Organization';
      // Verb first: "دعا الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان إلى زيارة موسكو": the one who
      // invites right after the verb, the one invited next, then what to.
      if (INVITE_VERB.test(v.tokens.find((k) => k.index === t)?.norm ?? '') && !nearest(v.mentions, t, 'before', (m) => v.clause(m.first) === v.clause(t) && t - m.last <= 6)) {
        // "الرئيس الروسي فلاديمير بوتين": the official named after the title's nationality.
        const named = (m: MentionDraft | undefined) => (m && m.type !== 'Official' && nearest(v.mentions, m.last, 'after', (o) => o.type === 'Official' && o.first - m.last <= 3)) || m;
        const host = named(nearest(v.mentions, t, 'after', (m) => m.type !== 'Weapon' && m.first - t <= 4));
        const guest = host && named(nearest(v.mentions, host.last, 'after', (m) => invitee(m) && m.first - host.last <= 4 && !boundaryBetween(v.tokenAt, host.last, m.first)));
        if (host && guest && host.entityId !== guest.entityId) {
          const what = v.tokens.filter((k) => k.index > guest.last && k.index <= guest.last + 3).map((k) => k.norm).join(' ');
          if (/^(?:الي|ل)?\s?(?:زياره|لزياره|حضور|لحضور|المشاركه|للمشاركه|الانضمام|للانضمام)/.test(what) || /(?:^| )(?:زياره|لزياره|لحضور|للمشاركه|للانضمام)/.test(what))
            out.add({ type: 'INVITED', source: host.entityId, target: guest.entityId, confidence: 0.6, sentence: v.index });
        }
        continue;
      }
      const window = v.tokens.filter((k) => k.index > t && k.index <= t + 8).map((k) => k.norm).join(' ');
      if (!/زياره|لزياره|حضور|للمشاركه|المشاركه|visit|attend|talks|join|محادثات|الانضمام/.test(window)) continue;
      const fromIdx = v.tokens.find((k) => k.index > t && k.index <= t + 3 && (k.norm === 'من' || k.norm === 'by'))?.index;
      let source: MentionDraft | undefined;
      let target: MentionDraft | undefined;
      if (fromIdx !== undefined) {
        source = nearest(v.mentions, fromIdx, 'after');
        target = nearest(v.mentions, t, 'before', (m) => m.type === 'Official' || m.type === 'State' || m.type === 'Organization');
      } else {
        source = nearest(v.mentions, t, 'before', (m) => m.type !== 'Weapon');
        target = nearest(v.mentions, t, 'after', (m) => m.type === 'Official' || m.type === 'State' || m.type === 'Organization');
      }
      if (source && target && source.entityId !== target.entityId) out.add({ type: 'INVITED', source: source.entityId, target: target.entityId, confidence: 0.6, sentence: v.index });
    }
  }
}

/** Prepositions that introduce the other side of a meeting: "اجتمع مع", "talks with". */
const WITH = /^(?:مع|ومع|with)$/;
/** Words that end the search for a meeting's participants: reported speech, relative clauses, new clauses. */
const MEETING_STOP = /^(?:و|ف)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اعلن|اعلنت|ذكر|ذكرت|اوضح|اوضحت|ان|انه|انها|الذي|التي|الذين|بعد|قبل|حيث|بينما|فيما|لكن|الا)$|^(?:said|says|told|added|that|which|who|after|before|while|but|when)$/;

const SPEECH_VERB = /^(?:و|ف)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اعلن|اعلنت|ذكر|ذكرت|اوضح|اوضحت)$|^(?:said|says|told|added)$/;
const RELATIVE_WORD = /^(?:و)?(?:التي|الذي|الذين|اللذين|اللتين)$|^(?:which|who)$/;

/**
 * True when a stop word or a full stop stands strictly between a and b. A parenthetical relative
 * clause between commas is skipped ("يجتمع ولي العهد، الذي يشغل منصب وزير الدفاع، مع …").
 */
function meetingStop(tokenAt: ReadonlyMap<number, { norm: string }>, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const w = tokenAt.get(k)?.norm ?? '';
    if (/^[،,]$/.test(w) && RELATIVE_WORD.test(tokenAt.get(k + 1)?.norm ?? '')) {
      let close = k + 2;
      while (close < b && close - k <= 12 && !/^[،,]$/.test(tokenAt.get(close)?.norm ?? '')) close++;
      if (close < b && /^[،,]$/.test(tokenAt.get(close)?.norm ?? '')) {
        k = close;
        continue;
      }
    }
    if (MEETING_STOP.test(w) || /^[.;؛:!?؟"«»“”]$/.test(w)) return true;
  }
  return false;
}

/**
 * Officials listed with titles between them: "ماكرون والمستشارة الألمانية أنجيلا ميركل",
 * "Macron and German Chancellor Angela Merkel". The next official joins the list when a word with
 * و (or "and") follows the previous one and no stop word stands between.
 */
function officialList(officials: MentionDraft[], first: MentionDraft, tokenAt: ReadonlyMap<number, { norm: string; kind: string }>): MentionDraft[] {
  const list = [first];
  for (;;) {
    const last = list[list.length - 1]!;
    const next = officials.find((o) => o.first > last.last);
    if (!next || next.first - last.last > 7 || meetingStop(tokenAt, last.last, next.first)) break;
    const joint = tokenAt.get(last.last + 1);
    const joint2 = tokenAt.get(last.last + 2);
    // "بوتين - الأسد", "بوتين – نتنياهو": a dash pairs the two sides of a meeting.
    const conj = (w?: { norm: string; kind: string }) => !!w && ((w.kind === 'ar' && /^و/.test(w.norm) && !TRIGGER_MEETING.test(w.norm)) || /^(?:and|-|–|—)$/.test(w.norm));
    if (!(conj(joint) || (/^[،,]$/.test(joint?.norm ?? '') && conj(joint2)))) break;
    list.push(next);
  }
  return list;
}
/** Meeting nouns (folded: لقاء → لقا) that take their participant as a genitive. */
const MEETING_NOUN = /^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:لقا|لقاات|اجتماع|اجتماعات|محادثات|مباحثات|قمه|مكالمه|اتصال)$/;
const TRIGGER_MEETING = /^و(?:التقي|اجتمع|استقبل|بحث|ناقش|اكد|قال|اضاف)/;

/**
 * MET_WITH: who met whom around a meeting word.
 * - "قمة بين X وY", "talks between X and Y": the two sides after between.
 * - "التقى X … Y", "استقبل X Y" (verb first): the first official after the verb, and the next one after it.
 * - "X met Y", "X held talks with Y", "أجرى X اتصالا هاتفيا مع Y": the official before the word and the one after it.
 * - "عقد X وY مؤتمرا … إثر محادثات": two officials listed before a meeting noun with nobody after it.
 */
export function meetingRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    if (!v.has('meeting')) continue;
    const officials = v.of('Official');
    if (officials.length === 0) continue;
    const tokenAt = v.tokenAt;
    const pairs: [MentionDraft, MentionDraft][] = [];
    const add = (a: MentionDraft[], b: MentionDraft[]) => {
      for (const x of a) for (const y of b) if (x.entityId !== y.entityId) pairs.push([x, y]);
    };
    for (const t of v.triggers('meeting')) {
      if (negatedOrUndone(tokenAt, t)) continue;
      // Not beyond another meeting word: "قال ماتيس خلال قمة … القمة المرتقبة بين ترامب وكيم".
      const otherMeeting = (a: number, b: number) => v.triggers('meeting').some((k) => k > a && k < b && k !== t);
      const after = (from: number, span: number) =>
        officials.find((o) => o.first > from && o.first - from <= span && v.clause(o.first) === v.clause(t) && !meetingStop(tokenAt, from, o.first) && !otherMeeting(from, o.first));
      const betweenAt = [t + 1, t + 2, t + 3].find((k) => BETWEEN.test(tokenAt.get(k)?.norm ?? ''));
      if (betweenAt !== undefined) {
        const first = after(betweenAt, 4);
        if (!first) continue;
        const list = officialList(officials, first, tokenAt);
        if (list.length >= 2) add([list[0]!], list.slice(1));
        continue;
      }
      // "قيّما لقاء كيم مع ترامب", "لقاء بوتين والأسد": a meeting noun whose genitive is an official names its own
      // sides, after it; whoever is named before the noun only talks about that meeting.
      const genitive = MEETING_NOUN.test(tokenAt.get(t)?.norm ?? '') && officials.some((o) => o.first === t + 1);
      // The official before the word, in the same clause, with no reported speech or new clause between.
      const before = genitive ? undefined : [...officials].reverse().find((o) => o.last < t && t - o.last <= 10 && v.clause(o.first) === v.clause(t) && !meetingStop(tokenAt, o.last, t) && !speechBetween(tokenAt, o.last, t));
      let subject: MentionDraft[] = [];
      let object: MentionDraft | undefined;
      if (before) {
        subject = [before];
        // "ماكرون ونتانياهو … إثر محادثات": a pair listed before the word.
        const head = [...officials].reverse().find((o) => o.last < before.first && before.first - o.last <= 7 && !meetingStop(tokenAt, o.last, before.first));
        if (head && officialList(officials, head, tokenAt).includes(before)) subject = officialList(officials, head, tokenAt);
        object = after(t, 12);
        // "بوتين أبلغ نتنياهو عبر الهاتف", "X told Y in a phone call": the two named before the word.
        if (!object && subject.length === 1) {
          const earlier = [...officials].reverse().find((o) => o.last < before.first && before.first - o.last <= 6 && v.clause(o.first) === v.clause(t) && !meetingStop(tokenAt, o.last, before.first));
          if (earlier) subject = [earlier, before];
        }
      } else {
        const first = after(t, 14);
        // "اجتمع مع وزير الدفاع البريطاني …", "في اجتماع مع الرئيس الروسي …، قال شويغو", "خلال مباحثاته مع نظيره":
        // the one after "مع" is the other side; the subject is named elsewhere in the sentence.
        const withFirst = first && v.tokens.some((k) => k.index > t && k.index < first.first && WITH.test(k.norm));
        if (first && withFirst) {
          object = first;
          const list = officialList(officials, first, tokenAt);
          const others = distinct(officials.filter((o) => !list.some((l) => l.entityId === o.entityId)));
          if (others.length === 1) subject = others;
        } else if (!first) {
          // "في مكالمة هاتفية الخميس، أكدت ميركل وترامب أن …": the two who spoke after the meeting word.
          const verb = v.tokens.find((k) => k.index > t && k.index - t <= 6 && SPEECH_VERB.test(k.norm) && !meetingStop(tokenAt, t, k.index));
          const speaker = verb && officials.find((o) => o.first > verb.index && o.first - verb.index <= 4);
          if (speaker) subject = officialList(officials, speaker, tokenAt);
        } else {
          // Verb first: "التقى ولي عهد أبوظبي … محمد بن زايد … وزير الدفاع الأميركي جيمس ماتيس".
          subject = officialList(officials, first, tokenAt);
          object = after(subject[subject.length - 1]!.last, 14);
        }
      }
      if (object) add(subject, officialList(officials, object, tokenAt));
      else if (subject.length >= 2) add([subject[0]!], subject.slice(1));
    }
    for (const [a, b] of pairs) out.add({ type: 'MET_WITH', source: a.entityId, target: b.entityId, confidence: 0.6, sentence: v.index });
  }
}

/** A delegation: "وفدا", "بوفد", "delegation". */
const DELEGATION = /^(?:و|ب|ل|ال|بال|وال|لل)?(?:وفد|وفدا|وفود)$|^(?:delegation|delegations)$/;
/** The government side of talks: "مع الحكومة العراقية", "with Iraqi officials", "with the Iraqi government". */
const GOVERNMENT_SIDE = /^(?:ال)?(?:حكومه|مسوولين|مسوولي|المسوولين)$|^(?:government|officials|leadership|authorities)$/;
const RECEIVE_OR_TALKS = /^(?:و|ف)?(?:استقبل|استقبلت|يستقبل|تستقبل|التقي|التقت|يلتقي|تلتقي|اجتمع|اجتمعت|يجتمع|تجتمع)$|^(?:received|receives|met|meets|hosted|hosts)$/;

/**
 * MET_WITH between an official and a state or body through its delegation or government:
 * "استقبل X وفدا من Y", "استقبل X وفدا روسيا", "X received a Russian delegation", "X held talks with the Iraqi
 * government / with Y officials". A visit ("زيارة X إلى Y") is no meeting and is not read here.
 */
export function delegationMeetingRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    const officials = v.of('Official');
    if (officials.length === 0) continue;
    const tokenAt = v.tokenAt;
    for (const t of v.triggers('meeting')) {
      if (negatedOrUndone(tokenAt, t)) continue;
      const word = tokenAt.get(t)?.norm ?? '';
      const verb = RECEIVE_OR_TALKS.test(word);
      // The other side: a delegation word, then its state or body; or "مع"/"with" and the government word.
      let side: MentionDraft | undefined;
      let sideWord: number | undefined;
      for (let k = t + 1; k <= t + 12 && side === undefined; k++) {
        const w = tokenAt.get(k)?.norm ?? '';
        if (!w || meetingStop(tokenAt, t, k)) break;
        const delegation = verb && DELEGATION.test(w);
        const government = WITH.test(tokenAt.get(k - 1)?.norm ?? '') || WITH.test(tokenAt.get(k - 2)?.norm ?? '') ? GOVERNMENT_SIDE.test(w) : false;
        if (!delegation && !government) continue;
        // "وفدا روسيا", "وفدا من روسيا", "a Russian delegation", "with Iraqi officials", "الحكومة العراقية".
        const near = v.mentions.find(
          (m) => (m.type === 'State' || m.type === 'Organization') && v.clause(m.first) === v.clause(t) &&
            ((m.first > k && m.first - k <= 2 && !officials.some((o) => o.first > k && o.first < m.first)) || (m.last === k - 1 && tokenAt.get(k)?.kind === 'lat')),
        );
        if (near) {
          side = near;
          sideWord = k;
        }
      }
      if (!side || sideWord === undefined) continue;
      // The official who receives or holds the talks: named before the word in its clause, or right after a verb.
      const subject =
        [...officials].reverse().find((o) => o.last < t && t - o.last <= 10 && v.clause(o.first) === v.clause(t) && !meetingStop(tokenAt, o.last, t) && !speechBetween(tokenAt, o.last, t)) ??
        (verb ? officials.find((o) => o.first > t && o.last < sideWord! && o.first - t <= 8) : undefined);
      if (!subject || v.entity(subject).affiliation === side.entityId) continue;
      out.add({ type: 'MET_WITH', source: subject.entityId, target: side.entityId, confidence: 0.55, sentence: v.index });
    }
  }
}

const ANY = /^(?:و|ل|ب)?اي$|^any$/;
/** Responding to an act: "سترد", "بالرد", "ستتصدى", "will respond", "retaliate". */
const RESPOND = /^(?:و|ف)?(?:سترد|سيرد|سنرد|يرد|ترد|نرد|الرد|بالرد|للرد|رد|ردا|ستنتقم|سينتقم|ستتصدي|سيتصدي|سنتصدي|تتصدي|يتصدي)$|^(?:respond|retaliate|response|retaliation)$/;
const ATTACKER_BY = /^(?:جانب|قبل|by)$/;
/**
 * A threat to answer any act of another: "قالت إيران إنها سترد على أي هجوم إسرائيلي" → Iran opposes Israel.
 * The one who answers is named before the response word (its pronoun, "إنها", standing between is no new speaker),
 * the would-be attacker as the act's nationality or after "by"/"من جانب".
 */
function responseThreat(v: SentenceView, tokenAt: ReadonlyMap<number, Token>, groups: Map<MentionDraft, MentionDraft[]>, t: number): [MentionDraft, MentionDraft] | undefined {
  const any = [1, 2].map((d) => t - d).find((k) => ANY.test(tokenAt.get(k)?.norm ?? ''));
  if (any === undefined) return undefined;
  const respond = [1, 2, 3, 4].map((d) => any - d).find((k) => RESPOND.test(tokenAt.get(k)?.norm ?? ''));
  // "لم ترد على أي هجوم" is no threat ("لن تتردد في الرد" still is: the negation is of hesitating).
  if (respond === undefined || [1, 2].some((d) => /^(?:و|ف)?(?:لم|لن|لا)$|^(?:not|never|won't)$/.test(tokenAt.get(respond - d)?.norm ?? ''))) return undefined;
  const by = [1, 2, 3, 4, 5].map((d) => t + d).find((k) => ATTACKER_BY.test(tokenAt.get(k)?.norm ?? ''));
  const attacker = agentAfter(v, tokenAt, t) ?? (by !== undefined ? v.mentions.find((m) => m.first === by + 1 || m.first === by + 2) : undefined);
  if (!attacker || attacker.type === 'Weapon') return undefined;
  const responder = nearest(
    v.mentions,
    respond,
    'before',
    (m) => m.type !== 'Weapon' && respond - m.last <= 8 && v.clause(m.first) === v.clause(respond) && !afterPlacePreposition(tokenAt, m) && !afterObjectPreposition(tokenAt, m) && m.entityId !== attacker.entityId,
  );
  if (!responder || groupMembers(groups, responder).includes(attacker)) return undefined;
  return [responder, attacker];
}

/** Clause openers that go on with the sentence's subject: "، وهددت", "، ملوحة", "، مهددا". */
const CARRY_ON = /^(?:و|ف)?(?:هدد|هددت|حذر|حذرت|توعد|توعدت|لوح|لوحت|اتهم|اتهمت|طالب|طالبت|اكد|اكدت|اعلن|اعلنت|دعا|دعت|شن|شنت|نفذ|نفذت|فرض|فرضت|قصف|قصفت|استهدف|استهدفت|ملوحه|ملوحا|مهدده|مهددا|متوعده|متوعدا|محذره|محذرا|مطالبه|مطالبا)$/;
function carriedSubject(v: SentenceView, tokenAt: ReadonlyMap<number, Token>, t: number, target: MentionDraft): MentionDraft | undefined {
  const clause = v.clause(t);
  const opener = v.tokens.find((k) => v.clause(k.index) === clause && k.kind !== 'punct');
  if (!opener || opener.index >= t || !CARRY_ON.test(opener.norm)) return undefined;
  if (v.mentions.some((m) => m.first > opener.index && m.last < t && m.type !== 'Weapon')) return undefined;
  // The sentence's subject: the first named after its start or after the last complementizer before the clause.
  let start = v.tokens[0]?.index ?? 0;
  for (const k of v.tokens) if (k.index < opener.index && /^(?:و|ف|ب)?(?:ان)$|^that$/.test(k.norm)) start = k.index;
  const subject = v.mentions.find((m) => m.first >= start && m.first <= start + 3 && m.type !== 'Weapon' && !afterPlacePreposition(tokenAt, m) && !afterObjectPreposition(tokenAt, m));
  return subject && subject.entityId !== target.entityId && subject.first < opener.index ? subject : undefined;
}

/** Verbs of calling on someone to act: their object is not the agent of the act. */
const CALL_VERB = /^(?:و|ف)?(?:دعا|دعت|يدعو|تدعو|طالب|طالبت|يطالب|تطالب|حث|حثت|يحث|تحث|ناشد|ناشدت|طلب|طلبت|يطلب|تطلب)$|^(?:urged|urge|urges|called|asked|asks|pressed)$/;
const BY = /^(جانب|قبل|by)$/;
const ENMITY = /^(?:و|ك)?(?:عدو|عدوا|خصم|خصما|تهديدا|enemy|adversary|threat)$/;
/** Words that sour a relation: no cooperation is read from a sentence that has one. */
const NEGATIVE =
  /^(?:و|ف)?(?:قطع$|قطعت$|يقطع$|تقطع$|تدهور|توتر|وتر$|وترت$|سحب|طرد|ساءت$|تسو$|العدا$|خلاف$|خلافات|ازمه)|^(?:severed|cut$|strain|tension|deteriorat|worsen|rift$|crisis|dispute)/;
/** Hostile diplomatic acts, opposition triggers when their object is the relation or the envoy: "قطعت علاقاتها مع", "طرد السفير", "expelled diplomats". */
const HOSTILE_ACT = /^(?:و|ف)?(?:قطع|قطعت|يقطع|تقطع|طرد|طردت|يطرد|تطرد|سحب|سحبت|severed|sever|cut|expel|expelled|expels)$/;
/** "غارات دعما للجيش السوري", "in support of": the side an act is done for. */
const FOR_SIDE = /^(?:و)?(?:دعما|لدعم|مسانده|لمسانده|لصالح|جنب|جانب|support|behalf|favour|favor|alongside)$/;
const HOSTILE_OBJECT = /^(?:ال)?(?:علاقات|علاقاتها|علاقاته|علاقتها|علاقاتهما|علاقتهما|علاقاتهم|الاتصالات|اتصالاتها|سفير|السفير|سفيرها|سفيره|سفراء|ملحق|الملحق|دبلوماسي|دبلوماسيا|دبلوماسيين|الدبلوماسيين|ties|relations|diplomats|ambassador|envoy)$/;

/** Pressure words: opposition triggers only with "على"/"on" and the one pressed right after. */
const PRESSURE = /^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:ضغط|ضغوط|ضغوطا)$|^pressure$/;

/** OPPOSES: an actor before an opposition word and the one it is aimed at after it (coordinated lists included). */
export function oppositionRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    const groups = coordinationGroups(v);
    const tokenAt = v.tokenAt;
    // The object follows the verb, or the agents listed after it: "قطعت السعودية والبحرين والإمارات علاقاتها".
    const hostileObject = (k: number) => {
      const agents = groupMembers(groups, v.mentions.find((m) => m.first === k + 1));
      const from = agents.length ? agents[agents.length - 1]!.last : k;
      return [1, 2, 3].some((d) => HOSTILE_OBJECT.test(tokenAt.get(k + d)?.norm ?? '')) || [1, 2, 3, 4, 5, 6, 7].some((d) => HOSTILE_OBJECT.test(tokenAt.get(from + d)?.norm ?? ''));
    };
    const hostile = v.tokens.filter((t) => HOSTILE_ACT.test(t.norm) && hostileObject(t.index)).map((t) => t.index);
    const triggers = [...new Set([...v.triggers('opposition'), ...hostile])].sort((a, b) => a - b);
    const actor = (m: MentionDraft) => m.type !== 'Weapon';
    for (const t of triggers) {
      // "سترد إيران على أي هجوم إسرائيلي", "will respond to any attack by Israel": no attack, but a threat to the attacker.
      const threat = responseThreat(v, tokenAt, groups, t);
      if (threat) {
        for (const s of groupMembers(groups, threat[0])) out.add({ type: 'OPPOSES', source: s.entityId, target: threat[1].entityId, confidence: 0.5, sentence: v.index });
        continue;
      }
      // "لم تشن ضربات", "لن يفرض عقوبات", "رفع العقوبات", "lift its opposition": nothing opposed.
      if (negatedOrUndone(tokenAt, t)) continue;
      // Pressure is opposition only when put on someone: "الضغط الحاسم على كوريا الشمالية", "pressure on Iran"
      // (not "تحت ضغط", "ضغط الدم", "pressure from").
      if (PRESSURE.test(tokenAt.get(t)?.norm ?? '')) {
        const on = [1, 2, 3, 4].find((d) => /^(?:علي|on)$/.test(tokenAt.get(t + d)?.norm ?? ''));
        if (on === undefined || [...Array(on - 1).keys()].some((d) => !/^["«»“”]$|^ال\S+$|^\S+(?:ي|يه|ه)$|^(?:maximum|more|further|strong|decisive|economic|military|political|international|diplomatic|its|their)$/.test(tokenAt.get(t + 1 + d)?.norm ?? ''))) continue;
        if (!v.mentions.some((m) => m.first === t + on + 1 && actor(m))) continue;
        if (/^(?:و|ف)?(?:تحت)$|^(?:under)$/.test(tokenAt.get(t - 1)?.norm ?? '')) continue;
        // "وتوطيد العلاقات مع أكراد سوريا والضغط على تركيا": a pressure noun joined to a list goes with the list's
        // subject, not with the name just before it.
        if (/^و/.test(tokenAt.get(t)?.norm ?? '') && v.mentions.some((m) => m.last === t - 1)) continue;
      }
      // A trigger inside another trigger's object ("التصدي للعدوان الإيراني") is read from the outer one.
      const nested = triggers.some((o) => o < t && t - o <= 2);
      let source: MentionDraft | undefined;
      let target: MentionDraft | undefined;
      // A target follows the word in the same clause, and is not a place ("الحرب في اليمن").
      // Nor the side it is done for ("غارات دعما للجيش السوري").
      const targetAfter = (from: number) =>
        nearest(
          v.mentions,
          from,
          'after',
          (m) =>
            actor(m) &&
            m.first - from <= 6 &&
            !boundaryBetween(tokenAt, from, m.first) &&
            !afterPlacePreposition(tokenAt, groupMembers(groups, m)[0]!) &&
            // "التزام باليمن", "الهجوم بسوريا": ب written on the name is in or with, not against.
            !/^و?ب$/.test(cliticOf(v, tokenAt, m)) &&
            ![1, 2].some((d) => FOR_SIDE.test(tokenAt.get(m.first - d)?.norm ?? '')),
        );
      // "المقاطعة … من جانب السعودية والإمارات … لقطر": the agents follow "من جانب".
      const by = [t + 1, t + 2, t + 3].find((k) => BY.test(tokenAt.get(k)?.norm ?? ''));
      const agentAdjective = agentAfter(v, tokenAt, t);
      // "القتال الدائر بين قوات يدعمها التحالف والحوثيين", "war between Iran and Iraq": the two sides oppose each other.
      const between = CONFLICT.test(tokenAt.get(t)?.norm ?? '') ? [t + 1, t + 2].find((k) => BETWEEN.test(tokenAt.get(k)?.norm ?? '')) : undefined;
      if (between !== undefined) {
        const first = nearest(v.mentions, between, 'after', (m) => actor(m) && m.first - between <= 3);
        const firstGroup = groupMembers(groups, first);
        const second = first && firstGroup.length === 2 ? firstGroup[1] : first ? nearest(v.mentions, first.last, 'after', (m) => actor(m) && m.first - first.last <= 4 && !boundaryBetween(tokenAt, first.last, m.first)) : undefined;
        const a = first && firstGroup.length === 2 ? firstGroup[0]! : first;
        if (a && second && a.entityId !== second.entityId) {
          out.add({ type: 'OPPOSES', source: a.entityId, target: second.entityId, confidence: 0.5, sentence: v.index });
          out.add({ type: 'OPPOSES', source: second.entityId, target: a.entityId, confidence: 0.5, sentence: v.index });
        }
        continue;
      }
      if (by !== undefined) {
        source = nearest(v.mentions, by, 'after', (m) => actor(m) && m.first - by <= 2);
        const group = groupMembers(groups, source);
        target = source ? nearest(v.mentions, group[group.length - 1]!.last, 'after', actor) : undefined;
      } else if (agentAdjective) {
        // "الاحتلال الإسرائيلي", "قوات الاحتلال": the occupation named as an actor, not an act.
        if (/احتلال$/.test(tokenAt.get(t)?.norm ?? '')) continue;
        // "الضربات الإسرائيلية على سوريا", "العقوبات الأميركية ضد إيران", "عدوان أمريكي": the adjective names the agent.
        if (nested) continue;
        source = agentAdjective;
        // "عدوان أمريكي فرنسي بريطاني": adjectives side by side are all agents.
        const agents = [agentAdjective];
        for (let next = v.mentions.find((m) => m.first === agents[agents.length - 1]!.last + 1); next && isAdjectival(next, tokenAt, v); next = v.mentions.find((m) => m.first === agents[agents.length - 1]!.last + 1)) agents.push(next);
        const group = agents.length > 1 ? agents : groupMembers(groups, source);
        if (agents.length > 1) for (const a of agents) groups.set(a, agents);
        target = targetAfter(group[group.length - 1]!.last);
        // "تعرض سوريا لعدوان أمريكي", "أعلن النظام السوري عن تعرضه لهجوم إسرائيلي": the victim is with the verb.
        if (!target) {
          const victimVerb = [1, 2, 3, 4].map((d) => tokenAt.get(t - d)).find((w) => w && VICTIM_VERB.test(w.norm));
          if (victimVerb) {
            const withSuffix = /(?:ه|ها|هم)$/.test(victimVerb.norm) && !/^(?:و|ف)?(?:تعرض|تعرضت|يتعرض|تتعرض)$/.test(victimVerb.norm);
            // "تعرضت سوريا لهجوم": the victim follows the bare verb; "تعرضه لهجوم", "قالت دمشق إنها تعرضت…": it was named before.
            const named = withSuffix ? undefined : v.mentions.find((m) => m.first === victimVerb.index + 1 && actor(m));
            // "تعرض مطار المزة لهجوم": a noun after the bare verb is the victim, and it is no entity.
            const nounAfter = !withSuffix && !named && victimVerb.index + 1 < t && !/^(?:ل|الي)/.test(tokenAt.get(victimVerb.index + 1)?.norm ?? '');
            if (!nounAfter) target = named ?? nearest(v.mentions, victimVerb.index, 'before', (m) => actor(m) && v.clause(m.first) === v.clause(t) && !afterPlacePreposition(tokenAt, m));
          }
        }
      } else {
        target = targetAfter(t);
        // The agent is named before the word, in the same clause: not a place ("في سوريا"), not a
        // speaker whose reported words hold the word ("قال المرصد إن الضربات…").
        // A nationality adjective acts only through a noun of acting ("القوات الروسية", not "دفاعات جوية روسية").
        const agent = (m: MentionDraft) => {
          const head = groupMembers(groups, m)[0]!;
          return (
            actor(m) &&
            m.kind !== 'capital' &&
            v.clause(m.first) === v.clause(t) &&
            !afterPlacePreposition(tokenAt, head) &&
            !afterObjectPreposition(tokenAt, head) &&
            !speechBetween(tokenAt, m.last, t) &&
            (!isAdjectival(m, tokenAt, v) || adjectiveCanAct(head, tokenAt, t))
          );
        };
        source = nearest(v.mentions, t, 'before', (m) => agent(m) && m.entityId !== target?.entityId);
        // "تعد السعودية والإمارات طهران عدوا": nothing after the word, the target is named just before it.
        if (!target && ENMITY.test(tokenAt.get(t)?.norm ?? '')) {
          const named = nearest(v.mentions, t, 'before', (m) => actor(m) && t - m.last <= 2);
          if (named) {
            target = named;
            source = nearest(v.mentions, groupMembers(groups, named)[0]!.first, 'before', (m) => agent(m) && m.entityId !== named.entityId);
          }
        }
        // "دعت السعودية فرنسا إلى تحرك عسكري ضد قطر", "طالبت X الولايات المتحدة بفرض عقوبات على Y": the one called on
        // is the object of the call; the agent is the caller, named before the verb or right after it.
        if (source && target) {
          const call = [1, 2, 3, 4].map((d) => source!.first - d).find((k) => CALL_VERB.test(tokenAt.get(k)?.norm ?? ''));
          if (call !== undefined) {
            const right = v.mentions.find((m) => m.first > call && m.last < source!.first && agent(m) && m.entityId !== target!.entityId);
            const left = nearest(v.mentions, call, 'before', (m) => agent(m) && call - m.last <= 3 && m.entityId !== target!.entityId);
            // SVO: the caller before the verb; VSO: the first named after it (the one found may be that caller itself).
            source = left ?? right ?? source;
          }
        }
        // "تعرضت إسرائيل لضربات": the one named with the verb is the victim, not the agent.
        if (source && target && [source.first - 1, source.first - 2].some((k) => VICTIM_VERB.test(tokenAt.get(k)?.norm ?? ''))) source = undefined;
        // VSO: "قطعت السعودية والبحرين … علاقاتها مع قطر": the agents right after the verb.
        if (hostile.includes(t) && target && target.first === t + 1) {
          source = target;
          const group = groupMembers(groups, source);
          const from = group[group.length - 1]!.last;
          target = nearest(v.mentions, from, 'after', (m) => actor(m) && m.first - from <= 10 && v.clause(m.first) === v.clause(from));
        }
      }
      // "دعت السعودية فرنسا إلى …، ملوحة بتحرك عسكري ضد الدوحة", "…، وهددت بفرض عقوبات على إيران": a clause with no
      // subject of its own goes on with the subject of the sentence (after its complementizer, if any).
      if (!source && target && v.clause(t) > 0) source = carriedSubject(v, tokenAt, t, target);
      if (!source || !target) continue;
      // Nobody opposes its own body or state (سوريا / الجيش السوري), nor a partner listed with it.
      const stateOf = (id: string) => {
        const e = v.entity({ entityId: id } as MentionDraft);
        return e.type === 'State' ? e.id : e.affiliation ?? e.entry?.state;
      };
      const own = (a: MentionDraft, b: MentionDraft) => {
        const sa = stateOf(a.entityId);
        return v.entity(a).affiliation === b.entityId || v.entity(b).affiliation === a.entityId || (!!sa && sa === stateOf(b.entityId));
      };
      const sameList = groupMembers(groups, source).includes(target);
      if (sameList) continue;
      for (const s of groupMembers(groups, source))
        for (const g of groupMembers(groups, target))
          if (s.entityId !== g.entityId && !own(s, g)) out.add({ type: 'OPPOSES', source: s.entityId, target: g.entityId, confidence: 0.5, sentence: v.index });
    }
  }
}

const FAILED = /^(?:و|ف)?(?:فشل|فشلت|فشلا|يفشل|تفشل|اخفق|اخفقت)$|^(?:failed|fail|fails)$/;
/** Signing or reaching an agreement. */
const SIGNED = /^(?:و|ف|ل|ب)?(?:وقع|وقعت|وقعا|وقعتا|يوقع|توقع|توقيع|التوقيع|ابرم|ابرمت|ابرام|ابرما|يبرم|تبرم)$|^(?:sign|signed|signing|signs|concluded|inked|reached)$/;
const COOPERATION_WORD = /^(?:و|ف|ل|ب|ال|لل|وال|بال)?(?:تعاون|شراكه|دفاع|دفاعي|دفاعيه|عسكري|عسكريه|امني|امنيه|استراتيجي|استراتيجيه)$|^(?:cooperation|partnership|defense|defence|military|security|strategic)$/;
/** Deals between adversaries or about arms control: no cooperation. */
const NOT_COOPERATION =
  /^(?:و|ف|ل|ب|ال|لل|وال|بال)?(?:نووي|النووي|نوويه|هدنه|فشل|فشلت|يفشل|تفشل|وقف|اطلاق|النار|سلام|السلام|تهدئه|التصعيد|انسحاب|تبادل الاسري|الاسري|الانسحاب|خلاف|انتهاك|انتهاكات|خرق|ينتهك|تنتهك)$|^(?:nuclear|failed|fail|ceasefire|truce|peace|de-escalation|withdrawal|violat|violation|violations|breach|prisoner|prisoners)$/;

/** Relation words, cooperation only with a word that makes them good: "تعزيز العلاقات", "علاقات وثيقة", "strong ties". */
const RELATION_WORD = /^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:علاقات|علاقه|علاقتها|علاقته|علاقاتها|علاقاته)$|^(?:relations|relationship|ties)$/;
const GOOD_RELATIONS =
  /^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:تعزيز|تعزز|يعزز|لتعزيز|قوه|متانه|تطوير|يطور|تطور|توطيد|توطدت|تعميق|تعمق|متين|متينه|وثيق|وثيقه|قوي|قويه|جيد|جيده|طيب|طيبه|مميز|مميزه|ممتاز|ممتازه|متميز|متميزه|استراتيجي|استراتيجيه|اقامه|تنميه|الارتقا|ودي|وديه|صداقه|تحالف|تعاون|شراكه|strengthen|strengthening|deepen|deepening|boost|boosting|strong|stronger|close|closer|good|excellent|strategic|develop|developing|expand|expanding|enhance|enhancing|bolster|warm|warmer|solid|establish|established|upgrade|special|friendly|cooperation|partnership|alliance)$/;
function nearbyWord(tokenAt: ReadonlyMap<number, { norm: string }>, t: number, span: number, re: RegExp): boolean {
  for (let k = t - span; k <= t + span; k++) if (k !== t && re.test(tokenAt.get(k)?.norm ?? '')) return true;
  return false;
}

/** COOPERATES_WITH: "بين X وY", or the actor before a cooperation word with the one after it. */
export function cooperationRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    if (v.tokens.some((t) => NEGATIVE.test(t.norm))) continue;
    const groups = coordinationGroups(v);
    const actors = v.of(...ACTOR).filter((m) => m.type === 'State' || m.kind === 'name' || m.kind === 'pattern');
    const tokenAt = v.tokenAt;
    // An agreement is cooperation when it is signed or made between two sides ("وقعت X وY اتفاقية", "agreement between X and Y"),
    // and is no ceasefire, peace deal or arms-control deal ("الاتفاق النووي", "اتفاق وقف إطلاق النار").
    // The nuclear deal, and a deal someone leaves, are named far from the word: "انسحاب ترامب من الاتفاق بين إيران والقوى الكبرى".
    const agreementWords = v.triggers('agreement');
    const agreedWords = v.triggers('agreed');
    const armsControl = (agreementWords.length > 0 || agreedWords.length > 0) && v.tokens.some((k) => NUCLEAR.test(k.norm));
    const agreements = agreementWords
      .filter(
        (t) =>
          !armsControl &&
          (nearbyWord(tokenAt, t, 4, SIGNED) || BETWEEN.test(tokenAt.get(t + 1)?.norm ?? '') || nearbyWord(tokenAt, t, 3, COOPERATION_WORD)) &&
          !nearbyWord(tokenAt, t, 4, NOT_COOPERATION) &&
          !leftBefore(tokenAt, t),
      );
    // "اتفقت الولايات المتحدة وتركيا على خارطة طريق", "X and Y agreed to…": two sides agreeing.
    // Agreeing to buy is a purchase (ACQUIRES, SUPPLIED), not cooperation.
    const purchase = v.triggers('purchase');
    const agreed = agreedWords.filter((t) => !armsControl && !nearbyWord(tokenAt, t, 6, NOT_COOPERATION) && !purchase.some((p) => p > t && p - t <= 4));
    for (const t of agreed) {
      if (negatedOrUndone(tokenAt, t)) continue;
      // Only the two sides named together: "اتفقت الولايات المتحدة وتركيا", "X and Y agreed", "اتفق X مع Y".
      const right = groupMembers(groups, actors.find((m) => m.first > t && m.first - t <= 3 && v.clause(m.first) === v.clause(t)));
      const leftHead = nearest(actors, t, 'before', (m) => t - m.last <= 2 && v.clause(m.first) === v.clause(t));
      const left = groupMembers(groups, leftHead);
      const sides = right.length >= 2 ? right : left.length >= 2 ? left : [];
      const pairs: [MentionDraft, MentionDraft][] = [];
      for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) pairs.push([sides[i]!, sides[j]!]);
      const one = right.length === 1 ? right[0] : left.length === 1 ? left[0] : undefined;
      if (one && !sides.length) {
        const withAt = v.tokens.find((k) => k.index > Math.max(t, one.last) && k.index - Math.max(t, one.last) <= 4 && /^(?:مع|with)$/.test(k.norm));
        const other = withAt && nearest(actors, withAt.index, 'after', (m) => m.first - withAt.index <= 3);
        if (other) pairs.push([one, other]);
      }
      for (const [a, b] of pairs) if (a.entityId !== b.entityId) out.add({ type: 'COOPERATES_WITH', source: a.entityId, target: b.entityId, confidence: 0.5, sentence: v.index });
    }
    // Talks and consultations between two states: "مشاورات سياسية بين مصر والسعودية", "Russia held talks with Jordan".
    // Not peace talks or talks about a war, a truce or arms control (anywhere in the sentence).
    const talkWords = v.tokens.filter((k) => TALKS.test(k.norm)).map((k) => k.index);
    const talks = talkWords.length === 0 || v.has('opposition') || v.tokens.some((k) => NOT_COOPERATION.test(k.norm) || CONFLICT.test(k.norm)) ? [] : talkWords;
    const talkSet = new Set(talks);
    const triggers = [...new Set([...v.triggers('cooperation'), ...agreements, ...talks])].sort((a, b) => a - b);
    for (const t of triggers) {
      // "العلاقات بين البلدين" says nothing by itself: relations are cooperation when they are good or grow.
      if (RELATION_WORD.test(tokenAt.get(t)?.norm ?? '') && !nearbyWord(tokenAt, t, 4, GOOD_RELATIONS)) continue;
      // A treaty or alliance word names cooperation unless it is a peace or arms-control treaty ("معاهدة سلام مع إسرائيل",
      // "New START treaty", "معاهدة الصواريخ النووية متوسطة المدى"), and a partner in trade is no security partner.
      const word = tokenAt.get(t)?.norm ?? '';
      if (TREATY_WORD.test(word) && (nearbyWord(tokenAt, t, 3, NOT_COOPERATION) || nearbyWord(tokenAt, t, 3, ARMS_CONTROL))) continue;
      if ([1, 2].some((d) => TRADE.test(tokenAt.get(t + d)?.norm ?? ''))) continue;
      if (negatedOrUndone(tokenAt, t)) continue;
      // "فشلت السعودية والإمارات في التنسيق", "failed to coordinate": no cooperation.
      if ([1, 2, 3, 4, 5].some((d) => FAILED.test(tokenAt.get(t - d)?.norm ?? ''))) continue;
      // The other side of talks follows "مع"/"بين" ("talks on Syria", "talks in Cairo" name a topic, a place).
      const talk = talkSet.has(t);
      const withAt = (m: MentionDraft) => [1, 2].some((d) => m.first - d > t && /^(?:مع|ومع|بين|with|between)$/.test(tokenAt.get(m.first - d)?.norm ?? ''));
      const after = nearest(actors, t, 'after', (m) => m.first - t <= 8 && v.clause(m.first) === v.clause(t) && (!talk || withAt(m)));
      const afterGroup = groupMembers(groups, after);
      // The partner named before the word is its subject, not the object of another act ("الضربة على سوريا بالتنسيق مع…").
      const before = nearest(actors, t, 'before', (m) => {
        const head = groupMembers(groups, m)[0]!;
        // "…في الأردن، الحليف القوي للولايات المتحدة": an apposition names the partner whatever precedes it.
        const apposition = t === m.last + 2 && /^[،,]$/.test(tokenAt.get(m.last + 1)?.norm ?? '');
        return t - m.last <= 10 && v.clause(m.first) === v.clause(t) && (apposition || (!afterObjectPreposition(tokenAt, head) && !afterPlacePreposition(tokenAt, head)));
      });
      const pairs: [MentionDraft, MentionDraft][] = [];
      // "حليفتيها موسكو وطهران", "شريكيه": two allies of a third side, not of each other.
      const ofAnother = /^(?:و|ل|ب)?(?:حليف|حليفت|شريك|شريكت)(?:يها|يه|يهم|يهما)$/.test(word);
      if (afterGroup.length === 2 && !ofAnother && (!before || v.tokens.some((k) => k.index > t && k.index < after!.first && /^(بين|between)$/.test(k.norm)))) {
        for (let i = 0; i < afterGroup.length; i++) for (let j = i + 1; j < afterGroup.length; j++) pairs.push([afterGroup[i]!, afterGroup[j]!]);
      } else if (before && after) {
        for (const a of groupMembers(groups, before)) for (const b of afterGroup) pairs.push([a, b]);
      } else if (before && !after) {
        // "تربط الولايات المتحدة وكوريا الجنوبية معاهدة": the pair named before the word.
        const group = groupMembers(groups, before);
        // Talks of a pair named before them need a verb of holding ("أجرت مصر والسعودية مشاورات"): "ملفا أفغانستان وأوكرانيا محور محادثات" is a topic.
        const held = !talk || [...Array(t - group[0]!.first + 3).keys()].some((d) => HOLD.test(tokenAt.get(group[0]!.first - 3 + d)?.norm ?? ''));
        if (group.length === 2 && held) pairs.push([group[0]!, group[1]!]);
        // "the three countries' leaders signed": every pair of the states the count stands for.
        else if (group.length > 2 && held && group.every((m) => m.kind === 'pronoun' && m.first === group[0]!.first))
          for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) pairs.push([group[i]!, group[j]!]);
        // "وقعت الهند مع فرنسا اتفاقية", "Russia signed with Egypt an agreement": the partner before "مع".
        else if (group.length === 1 && /^(?:مع|with)$/.test(tokenAt.get(before.first - 1)?.norm ?? '')) {
          const other = nearest(actors, before.first - 1, 'before', (m) => before.first - 1 - m.last <= 6 && v.clause(m.first) === v.clause(t) && !afterPlacePreposition(tokenAt, m));
          if (other) pairs.push([other, before]);
        }
      }
      // Not across an opposition word: "بين الدول الأربع لمحاربة داعش" is no cooperation with ISIS.
      const opposition = v.triggers('opposition');
      const opposed = (a: MentionDraft, b: MentionDraft) => opposition.some((o) => o > Math.min(a.last, b.last) && o < Math.max(a.first, b.first));
      for (const [a, b] of pairs) {
        if (a.entityId === b.entityId || opposed(a, b)) continue;
        // Talks are cooperation between states only (armed groups talk to end a fight).
        if (talk && (a.type !== 'State' || b.type !== 'State')) continue;
        out.add({ type: 'COOPERATES_WITH', source: a.entityId, target: b.entityId, confidence: 0.5, sentence: v.index });
      }
    }
    supportRelations(v, tokenAt, groups, out);
    partnersOutside(v, tokenAt, out);
  }
}

/** "شركاء من خارج الحلف", "partners from outside the alliance": the partners of an alliance that are no members of it. */
const PARTNERS = /^(?:و|ب|ل|بال|وال|ال)?(?:شركاء|شركائه|شركايه|شركا)$|^partners$/;
const OUTSIDE = /^(?:خارج|outside|non-member|non-members)$/;
const AMONG = /^(?:بينهم|بينها|among|including|such)$/;
/**
 * "سيرحب الزعماء بشركاء من خارج الحلف من بينهم الرئيس الأفغاني … ورئيس أوكرانيا …", "partners from outside the alliance,
 * among them the Afghan president": the alliance cooperates with each partner named after, or with the partner's state.
 */
function partnersOutside(v: SentenceView, tokenAt: ReadonlyMap<number, Token>, out: RelationSet): void {
  for (const p of v.tokens.filter((k) => PARTNERS.test(k.norm))) {
    const outside = v.tokens.find((k) => k.index > p.index && k.index - p.index <= 3 && OUTSIDE.test(k.norm));
    if (!outside) continue;
    const alliance = v.mentions.find((m) => m.type === 'Alliance' && m.first > outside.index && m.first - outside.index <= 2);
    if (!alliance) continue;
    const among = v.tokens.find((k) => k.index > alliance.last && k.index - alliance.last <= 3 && AMONG.test(k.norm));
    if (!among) continue;
    const clause = v.clause(among.index);
    for (const m of v.mentions) {
      if (m.first <= among.index || v.clause(m.first) !== clause || m.first - among.index > 25) continue;
      const e = v.entity(m);
      const state = m.type === 'State' ? e.id : m.type === 'Official' ? e.affiliation : undefined;
      if (!state || state === alliance.entityId || v.entity({ entityId: state } as MentionDraft)?.type !== 'State') continue;
      out.add({ type: 'COOPERATES_WITH', source: alliance.entityId, target: state, confidence: 0.5, sentence: v.index });
    }
  }
  void tokenAt;
}

/** Treaty and agreement words among the cooperation triggers. */
const TREATY_WORD = /^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:معاهده|معاهدات|اتفاقيه|اتفاق)$|^(?:treaty|treaties|agreement|accord)$/;
/** Arms control: "New START", "INF", "معاهدة الحد من الأسلحة", "نزع السلاح". */
const ARMS_CONTROL = /^(?:و|ب|ل|ال)?(?:ستارت|الحد|نزع|حظر|انتشار|متوسطه|القصيره)$|^(?:start|inf|arms-control|disarmament|non-proliferation|nonproliferation|proliferation|intermediate-range|test-ban)$/;
/** Trade partners: "الشريك التجاري", "trading partner". */
const TRADE = /^(?:ال)?(?:تجاري|تجاريه|التجاري|التجاريه|اقتصادي|الاقتصادي)$|^(?:trade|trading|commercial|economic)$/;
const NUCLEAR = /^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:نووي|نوويه)$|^nuclear$/;
/** Leaving a deal: "انسحاب الولايات المتحدة من الاتفاق", "إخراج …", "withdrew from the agreement". */
const LEAVE = /^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:انسحاب|انسحبت|انسحب|ينسحب|تنسحب|اخراج|خروج|يخرج|تخرج)$|^(?:withdraw|withdrew|withdrawn|withdrawing|withdrawal|quit|quits|exit|leave|leaving|left|pull|pulled|pulling)$/;
function leftBefore(tokenAt: ReadonlyMap<number, Token>, t: number): boolean {
  for (let k = t - 1; k >= t - 8; k--) {
    const w = tokenAt.get(k);
    if (!w || (w.kind === 'punct' && /^[.;؛]$/.test(w.norm))) return false;
    if (LEAVE.test(w.norm)) return true;
  }
  return false;
}
const HOLD = /^(?:و|ف)?(?:اجرت|اجري|اجريا|اجرتا|تجري|يجري|عقد|عقدت|عقدا|عقدتا|تعقد|يعقد|بدات|بدا|تبدا|يبدا|استانف|استانفت|تواصلت)$|^(?:held|hold|holds|holding|began|begin|resumed|opened)$/;
const TALKS = /^(?:و|ف|ب|ل|ال|وال|بال|لل)?(?:محادثات|مباحثات|مشاورات|تشاور)$|^(?:talks|consultations|consulted)$/;

/** Support nouns: "الدعم الروسي للأسد", "دعم إيران للحوثيين", "مساندة السعودية للحكومة اليمنية". */
const SUPPORT = /^(?:و|ب|ل|ال|وال|بال|لل)?(?:دعم|مسانده)$/;
/** A nisba between the noun and its agent: "الدعم العسكري الإيراني". */
const SUPPORT_KIND = /^(?:ال)?(?:عسكري|سياسي|امني|لوجستي|دبلوماسي|مالي|المستمر|الكامل|الكبير|القوي)$/;
/** Heads of a recipient whose nationality follows: "للنظام السوري", "للحكومة اليمنية", "لقوات الحكومة". */
const RECIPIENT_HEAD = /^(?:و)?ل(?:ل)?(?:نظام|حكومه|جيش|قوات|سلطات|ميليشيات|مليشيات|جماعه|حركه|فصائل|دوله)$/;
/** Stopping support is none: "وقف الدعم الأمريكي للأكراد". */
const STOP = /^(?:و|ف|ب|ل)?(?:وقف|ايقاف|قطع|انهاء|تقليص|خفض)$/;

/** COOPERATES_WITH from support of one side for another, the supporter named right after the noun. */
function supportRelations(v: SentenceView, tokenAt: ReadonlyMap<number, Token>, groups: Map<MentionDraft, MentionDraft[]>, out: RelationSet): void {
  const side = (m: MentionDraft | undefined) => !!m && (m.type === 'State' || m.type === 'Organization');
  for (const tok of v.tokens) {
    if (tok.kind !== 'ar' || !SUPPORT.test(tok.norm)) continue;
    const t = tok.index;
    if (negatedOrUndone(tokenAt, t) || STOP.test(tokenAt.get(t - 1)?.norm ?? '')) continue;
    const gap = SUPPORT_KIND.test(tokenAt.get(t + 1)?.norm ?? '') ? 2 : 1;
    const agent = v.mentions.find((m) => m.first === t + gap);
    if (!side(agent)) continue;
    const agents = groupMembers(groups, agent);
    const from = agents[agents.length - 1]!.last;
    const recipient = v.mentions.find((m) => {
      if (!side(m) || m.first <= from || m.first - from > 3 || boundaryBetween(tokenAt, from, m.first)) return false;
      if (/^و?ل+$/.test(cliticOf(v, tokenAt, m)) && m.first === from + 1) return true;
      return m.first - 1 > from && RECIPIENT_HEAD.test(tokenAt.get(m.first - 1)?.norm ?? '') && isAdjectival(m, tokenAt, v);
    });
    if (!recipient) continue;
    for (const a of agents) for (const b of groupMembers(groups, recipient)) if (a.entityId !== b.entityId) out.add({ type: 'COOPERATES_WITH', source: a.entityId, target: b.entityId, confidence: 0.5, sentence: v.index });
  }
}

const IN = /^(في|الي|داخل|in|to|into|inside)$/;
const HOSTS = /^(?:و)?(?:تستضيف|يستضيف|تستضيفها|hosts|hosting)$/;
/** Sending forces: the sender may stand further back ("Britain will send 440 more troops to …"). */
const SENDS = /^(?:و|ف)?(?:ارسل|ارسلت|يرسل|ترسل|سيرسل|سترسل|ارسال|بارسال|نشر|نشرت|ينشر|تنشر|سينشر|ستنشر|بنشر|دفع|دفعت|يدفع|تدفع)$|^(?:send|sends|sent|sending|deploy|deploys|deployed|deploying|dispatch|dispatched|dispatches|keeps|has|maintains)$/;
/** Who can have forces somewhere: states, their bodies, and alliances acting as one (NATO's missions). */
const FORCE_TYPES: ReadonlySet<string> = new Set(['State', 'Organization', 'Alliance']);

/** DEPLOYED_IN: "القوات الأميركية في كوريا", "28500 جندي في كوريا", "قطر التي تستضيف قاعدة أمريكية". */
export function deploymentRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    const tokenAt = v.tokenAt;
    for (const t of v.triggers('deployment')) {
      let force: MentionDraft | undefined;
      let host: MentionDraft | undefined;
      if (HOSTS.test(tokenAt.get(t)?.norm ?? '')) {
        host = nearest(v.mentions, t, 'before', (m) => m.type === 'State' && t - m.last <= 4);
        force = nearest(v.mentions, t, 'after', (m) => (m.type === 'State' || m.type === 'Organization') && m.first - t <= 5);
      } else {
        // "Britain will send 440 more troops", "أرسلت تركيا تعزيزات عسكرية": a sending verb lets the sender stand further off.
        const send = v.tokens.find((k) => k.index < t && t - k.index <= 5 && SENDS.test(k.norm));
        const reach = send ? 8 : 4;
        force =
          nearest(v.mentions, t, 'after', (m) => FORCE_TYPES.has(m.type) && m.first - t <= 3 && m.kind === 'demonym') ??
          // The force noun's genitive: "مهمة حلف الأطلسي في أفغانستان", "قواعد روسيا في سوريا", "troops of NATO".
          nearest(v.mentions, t, 'after', (m) => FORCE_TYPES.has(m.type) && (m.first === t + 1 || (m.first === t + 2 && /^of$/.test(tokenAt.get(t + 1)?.norm ?? '')))) ??
          nearest(v.mentions, t, 'before', (m) => FORCE_TYPES.has(m.type) && t - m.last <= reach && v.clause(m.first) === v.clause(t));
        // Verb first: "أرسلت تركيا تعزيزات", "نشر الحلف قوات": the subject right after the verb.
        if (!force && send) force = nearest(v.mentions, send.index, 'after', (m) => FORCE_TYPES.has(m.type) && m.first - send.index <= 2 && m.last < t);
        const from = Math.max(t, force?.last ?? t);
        const where = v.tokens.find((k) => k.index > from && k.index <= from + 4 && IN.test(k.norm));
        host = where ? nearest(v.mentions, where.index, 'after', (m) => m.type === 'State' && m.first - where.index <= 3) : undefined;
      }
      // A body at home is not deployed ("الجيش السوري … قواته … في سوريا").
      const home = force && (v.entity(force).affiliation ?? v.entity(force).entry?.state);
      if (force && host && host.entityId !== force.entityId && host.entityId !== home) out.add({ type: 'DEPLOYED_IN', source: force.entityId, target: host.entityId, confidence: 0.6, sentence: v.index });
    }
    // A state's armed forces named as one body abroad: "القوات الأمريكية في سوريا", "الحرس الثوري الإيراني المنتشر في سوريا",
    // "US forces stationed in Iraq": the body and its state are deployed there.
    for (const m of v.of('Organization')) {
      const e = v.entity(m);
      if (e.entry?.kind !== 'military') continue;
      const home = e.affiliation ?? e.entry.state;
      let k = m.last + 1;
      if (STATIONED.test(tokenAt.get(k)?.norm ?? '')) k++;
      if (!IN_HOST.test(tokenAt.get(k)?.norm ?? '')) continue;
      const host = v.mentions.find((h) => h.first === k + 1 && h.type === 'State' && h.kind !== 'demonym');
      if (!host || host.entityId === home) continue;
      out.add({ type: 'DEPLOYED_IN', source: m.entityId, target: host.entityId, confidence: 0.6, sentence: v.index });
      if (home) out.add({ type: 'DEPLOYED_IN', source: home, target: host.entityId, confidence: 0.55, sentence: v.index });
    }
  }
}

/** Participles of being stationed between a force and its place: "المنتشرة في", "stationed in". */
const STATIONED = /^(?:ال)?(?:منتشره|منتشر|منتشرين|متمركزه|متمركز|متمركزين|موجوده|موجود|موجودين|متواجده|متواجد|مرابطه|عامله|العامله)$|^(?:stationed|deployed|based|operating)$/;
const IN_HOST = /^(?:في|داخل|الي|in|inside|into|to)$/;
