import { addMention, coveredTokens, type Doc, type MentionDraft } from '../document';
import { isTrigger, TRIGGERS } from '../relate/triggers';

// "بلاده/بلادها/his country" = the state of the speaker (the last official named);
// "البلاد/the country" = the last state named that is not the adjective right before it.
const SPEAKER_STATE = /^(بلاده|بلادها|بلادهم|his country|her country)$/;
const THE_COUNTRY = /^(البلاد|في البلاد)$/;
// "الدول الأربع", "the four countries": the group just named, i.e. the alliance named last.
const COUNTED_STATES = /^(?:و|ل|ب)?(?:الدول|البلدان|الاطراف|دول)$|^(countries|states|nations)$/;
const COUNT_WORD = /^(الاربع|الثلاث|الخمس|الست|السبع|الثماني|التسع|العشر|three|four|five|six|seven|nine)$/;
// "البلدين", "الجانبين", "the two countries": the last two states named.
const THE_TWO = /^(?:و|ل|ب)?(?:البلدين|البلدان|الجانبين|الجانبان|الطرفين|الطرفان|الدولتين|الدولتان)$/;
// "حل الدولتين" is the two-state solution, not the two states just named.
const TWO_STATE_SOLUTION = /^(?:و|ب|ل|ك)?(?:حل|لحل|مبدا)$/;
// "الحلف", "للحلف", "التحالف", "the alliance": the alliance named last.
const THE_ALLIANCE = /^(?:و|ف|ب|ل)?(?:ال|ل)(?:حلف|تحالف)$|^alliance$/;

function lastBefore(doc: Doc, index: number, pred: (m: MentionDraft) => boolean): MentionDraft | undefined {
  let best: MentionDraft | undefined;
  for (const m of doc.mentions) if (m.last < index && pred(m) && (!best || m.last > best.last)) best = m;
  return best;
}

/** The state an official acts for: its affiliation, or the state of the body it serves. */
function officialState(doc: Doc, m: MentionDraft): string | undefined {
  const official = doc.entities.get(m.entityId);
  let id = official?.affiliation ?? official?.entry?.state;
  for (let hops = 0; id && hops < 2; hops++) {
    const e = doc.entities.get(id);
    if (!e) return undefined;
    if (e.type === 'State') return e.id;
    id = e.affiliation;
  }
  return undefined;
}

/**
 * "البلدين"/"الجانبين" after a meeting: the states of the officials who met, named in this sentence or
 * the one before ("محادثات أجراها بوتين مع نتنياهو أن سوريا لن تشن حرباً… اتفاق على التعاون بين الجانبين"
 * is Russia and Israel, not the last two states named). The two nearest the meeting word.
 */
function meetingParties(doc: Doc, t: number): string[] | undefined {
  const { tokens, sentenceOf } = doc;
  const s = sentenceOf[t]!;
  if (s < 0) return undefined;
  let lo = t;
  while (lo > 0 && sentenceOf[lo - 1]! >= s - 1 && sentenceOf[lo - 1]! >= 0) lo--;
  const meetings: number[] = [];
  for (let k = lo; k < t; k++) if (isTrigger(tokens[k]!, TRIGGERS.meeting, tokens[k + 1])) meetings.push(k);
  if (meetings.length === 0) return undefined;
  const parties: { state: string; distance: number }[] = [];
  for (const m of doc.mentions) {
    if (m.type !== 'Official' || m.first < lo || m.last >= t) continue;
    const state = officialState(doc, m);
    if (!state) continue;
    const distance = Math.min(...meetings.map((k) => Math.abs(k - m.first)));
    if (distance > 15) continue;
    parties.push({ state, distance });
  }
  parties.sort((a, b) => a.distance - b.distance);
  const states = [...new Set(parties.map((p) => p.state))];
  return states.length >= 2 ? states.slice(0, 2) : undefined;
}

const COUNT_VALUE: Record<string, number> = { الثلاث: 3, three: 3 };
/** "الدول الثلاث" (noun, count) or "three countries" (count, noun) starting at k. */
function countedPair(doc: Doc, k: number): boolean {
  const a = doc.tokens[k]?.norm ?? '';
  const b = doc.tokens[k + 1]?.norm ?? '';
  const word = a.replace(/^(?:و|ل|ب)(?=ال)/, '');
  return (COUNTED_STATES.test(word) && b in COUNT_VALUE) || (a in COUNT_VALUE && /^(?:countries|states|nations)$/.test(b));
}
/** Signing or agreeing within a few words after: "the three countries' leaders signed", "الدول الثلاث وقعت". */
const SIGN_WORD = /^(?:و|ف)?(?:وقعت|وقعوا|وقع|اتفقت|اتفقوا|ابرمت)$|^(?:signed|agreed|inked|concluded)$/;
function signedAfter(doc: Doc, k: number): boolean {
  const s = doc.sentenceOf[k];
  for (let i = k + 1; i <= k + 4; i++) {
    const w = doc.tokens[i];
    if (!w || doc.sentenceOf[i] !== s) return false;
    if (SIGN_WORD.test(w.norm)) return true;
  }
  return false;
}
/** The n distinct states named (or served by an official named) nearest before token t, this sentence and the two before. */
function nearestStates(doc: Doc, t: number, n: number): string[] {
  const s = doc.sentenceOf[t]!;
  const before = doc.mentions.filter((m) => m.last < t && m.sentence >= s - 2 && m.sentence <= s && m.kind !== 'pronoun').sort((a, b) => b.last - a.last);
  const ids: string[] = [];
  for (const m of before) {
    const id = m.type === 'State' ? m.entityId : m.type === 'Official' ? officialState(doc, m) : undefined;
    if (id && !ids.includes(id)) ids.push(id);
    if (ids.length === n) break;
  }
  return ids;
}

export function resolvePronouns(doc: Doc): void {
  const { tokens } = doc;
  const covered = coveredTokens(doc);
  for (const t of tokens) {
    const word = t.kind === 'ar' ? t.norm.replace(/^(و|ف|ل|ب)(?=بلاد)/, '') : t.norm;
    const pair = t.kind === 'lat' ? `${t.norm} ${tokens[t.index + 1]?.norm ?? ''}` : word;
    if (SPEAKER_STATE.test(word) || SPEAKER_STATE.test(pair)) {
      const speaker = lastBefore(doc, t.index, (m) => m.type === 'Official' && !!doc.entities.get(m.entityId)?.affiliation);
      const stateId = speaker ? doc.entities.get(speaker.entityId)!.affiliation : undefined;
      const state = stateId ? doc.entities.get(stateId) : undefined;
      if (state?.type === 'State') {
        const last = SPEAKER_STATE.test(word) ? t.index : t.index + 1;
        addMention(doc, { ...state, aliases: [] }, { kind: 'pronoun', first: t.index, last, start: t.start, end: tokens[last]!.end }, false);
      }
    } else if (THE_TWO.test(word) && !covered[t.index] && !TWO_STATE_SOLUTION.test(tokens[t.index - 1]?.norm ?? '') && !/^(?:و|ل|ب)?(?:هذه|تلك|كل)$/.test(tokens[t.index - 1]?.norm ?? '')) {
      const seen: string[] = meetingParties(doc, t.index) ?? [];
      // With no meeting to go by: the two states named before the word in this sentence, or else in this sentence and the
      // one before, when they are exactly two; with three or more, or only further back, "البلدين" may be any two of them.
      if (seen.length < 2) {
        const s = doc.sentenceOf[t.index]!;
        const statesFrom = (first: number) => [...new Set(doc.mentions.filter((m) => m.type === 'State' && m.kind !== 'pronoun' && m.last < t.index && m.sentence >= first && m.sentence <= s).map((m) => m.entityId))];
        // This sentence first ("العلاقات بين إيران وقطر … بين البلدين"), then with the one before.
        const here = statesFrom(s);
        const ids = here.length === 2 ? here : here.length < 2 ? statesFrom(s - 1) : [];
        if (ids.length === 2) seen.push(...ids);
      }
      if (seen.length === 2)
        for (const id of seen.reverse()) addMention(doc, { ...doc.entities.get(id)!, aliases: [] }, { kind: 'pronoun', first: t.index, last: t.index, start: t.start, end: t.end }, false);
    } else if (countedPair(doc, t.index) && !covered[t.index] && !covered[t.index + 1] && signedAfter(doc, t.index + 1)) {
      // "the three countries' leaders signed a joint agreement", "ووقعت الدول الثلاث": the three states just named
      // (or whose officials were), nearest first, in this sentence and the two before.
      const n = COUNT_VALUE[tokens[t.index + 1]!.norm] ?? COUNT_VALUE[t.norm] ?? 0;
      const ids = nearestStates(doc, t.index, n);
      if (ids.length === n)
        for (const id of ids.reverse()) addMention(doc, { ...doc.entities.get(id)!, aliases: [] }, { kind: 'pronoun', first: t.index, last: t.index + 1, start: t.start, end: tokens[t.index + 1]!.end }, false);
    } else if (COUNTED_STATES.test(word) && COUNT_WORD.test(tokens[t.index + 1]?.norm ?? '') && !covered[t.index]) {
      const alliance = lastBefore(doc, t.index, (m) => m.type === 'Alliance' && m.sentence >= doc.sentenceOf[t.index]! - 1);
      if (alliance) addMention(doc, { ...doc.entities.get(alliance.entityId)!, aliases: [] }, { kind: 'pronoun', first: t.index, last: t.index + 1, start: t.start, end: tokens[t.index + 1]!.end }, false);
    } else if (THE_ALLIANCE.test(word) && !covered[t.index] && !doc.mentionsAt.has(t.index + 1)) {
      const alliance = lastBefore(doc, t.index, (m) => m.type === 'Alliance');
      if (alliance) addMention(doc, { ...doc.entities.get(alliance.entityId)!, aliases: [] }, { kind: 'pronoun', first: t.index, last: t.index, start: t.start, end: t.end }, false);
    } else if (THE_COUNTRY.test(word)) {
      // Skip the adjective of the phrase itself ("الوجود الأميركي في البلاد" is not America).
      const near = new Set(doc.mentions.filter((m) => m.type === 'State' && m.last < t.index && m.last >= t.index - 3).map((m) => m.entityId));
      const target = lastBefore(doc, t.index, (m) => m.type === 'State' && m.kind !== 'pronoun' && !near.has(m.entityId));
      if (target) addMention(doc, { ...doc.entities.get(target.entityId)!, aliases: [] }, { kind: 'pronoun', first: t.index, last: t.index, start: t.start, end: t.end }, false);
    }
  }
}
