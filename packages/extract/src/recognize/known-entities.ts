import type { Gazetteer } from '../gazetteer/build';
import { addMention, coveredTokens, type Doc } from '../document';
import { INTRODUCING_VERB_AR, NOT_NAME, WEAPON_HEADS } from '../lexicon';
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

const CLITIC_PREFIX = /^(?:و|ف|ب|ل|ك|وب|ول|وك|فب|فل)(?=..)/;
const STATE_HEAD = /^(?:سلطنه|دوله|مملكه|جمهوريه|sultanate|state|kingdom|republic)$/;
const CAPITAL_HEAD = /^(?:العاصمه|عاصمه|capital)$/;
const LOCATIVE = /^(?:في|الي|in|to)$/;

/**
 * The neighbour, accepted by `isState`, that the match at `idx` stands beside in a list: joined by و
 * written on the next name (الكويت وعمان), or with one separator token between (قطر، عمان), or before
 * it, with `oxfordComma`, by a comma and a separator ("Chad, Niger, and Mali").
 */
function listNeighbour(
  doc: Doc,
  matches: GazetteerMatch[],
  idx: number,
  isState: (x: GazetteerMatch, at: number) => boolean,
  sep: (k: number) => boolean,
  oxfordComma = false,
): GazetteerMatch | undefined {
  const m = matches[idx]!;
  const prev = matches[idx - 1];
  const own = doc.tokens[m.first]!;
  if (
    prev &&
    isState(prev, idx - 1) &&
    ((prev.last === m.first - 1 && own.kind === 'ar' && own.norm.startsWith('و')) ||
      (prev.last === m.first - 2 && sep(m.first - 1)) ||
      (oxfordComma && prev.last === m.first - 3 && doc.tokens[m.first - 2]!.norm === ',' && sep(m.first - 1)))
  )
    return prev;
  const next = matches[idx + 1];
  if (!next || !isState(next, idx + 1)) return undefined;
  const nextTok = doc.tokens[next.first]!;
  return (next.first === m.last + 1 && nextTok.kind === 'ar' && nextTok.norm.startsWith('و')) || (next.first === m.last + 2 && sep(m.last + 1)) ? next : undefined;
}

/** A comma or Arabic comma token. */
const isComma = (doc: Doc, k: number) => doc.tokens[k]?.kind === 'punct' && /^[،,]$/.test(doc.tokens[k]!.norm);
/** A state match that is neither ambiguous nor a blocker. */
const plainState = (x: GazetteerMatch) => x.form.entry.type === 'State' && !x.form.needsContext && x.form.kind !== 'blocker';

/**
 * One of several needs-context readings of the same words (عمان: Oman's name or Amman, Jordan's capital),
 * by the words around it: a state head word (سلطنة) or a list of states takes the state's name; the
 * word "capital" (العاصمة الأردنية عمان) takes the capital. Without such a cue, the reading the article
 * names unambiguously, and if it names both, the state's name unless a locative preposition points to
 * the city (في عمان).
 */
function chooseReading(doc: Doc, matches: GazetteerMatch[], idx: number, supported: Set<string>, strongOnly: boolean): GazetteerMatch | undefined {
  const m = matches[idx]!;
  const readings = [m, ...m.alternatives!];
  const prevNorm = (k: number) => {
    const t = doc.tokens[k];
    return t ? t.norm.replace(CLITIC_PREFIX, '') : '';
  };
  const byKind = (kind: string) => readings.find((r) => (kind === 'name' ? r.form.kind === 'name' : r.form.kind === kind));
  if (STATE_HEAD.test(prevNorm(m.first - 1))) return byKind('name');
  // العاصمة عمان, العاصمة الأردنية عمان
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    if (CAPITAL_HEAD.test(prevNorm(k))) {
      const between = matches.find((x) => x.first > k && x.last < m.first && x.form.entry.type === 'State');
      return (between && readings.find((r) => r.form.entry === between.form.entry)) ?? byKind('capital');
    }
  }
  const neighbour = listNeighbour(doc, matches, idx, plainState, (k) => isComma(doc, k));
  if (neighbour) return byKind(neighbour.form.kind === 'capital' || neighbour.form.kind === 'seat' ? 'capital' : 'name') ?? readings.find((r) => r.form.kind !== 'capital');
  if (strongOnly) return undefined;
  const named = readings.filter((r) => supported.has(r.form.entry.id));
  if (named.length === 1) return named[0];
  if (named.length > 1) return LOCATIVE.test(doc.tokens[m.first - 1]?.norm ?? '') ? (named.find((r) => r.form.kind === 'capital') ?? named[0]) : (named.find((r) => r.form.kind === 'name') ?? named[0]);
  return undefined;
}

// A state's own bodies and office holders named with it: "Chad's army", "the president of Niger", "حكومة مالي".
const STATE_BODY_EN = /^(?:president|presidency|army|military|embassy|ambassador|parliament|junta)$/;
const STATE_BODY_EN_2 = /^(?:prime|foreign|defence|defense|interior|armed)$/;
const STATE_BODY_AR = /^(?:حكومه|رئيس|رئاسه|جيش|سفير|سفاره|سفارات|خارجيه|وزير|وزاره|برلمان|قوات|شعب|حدود|جمهوريه|اراضي|سلطات)$/;
// "the river", "Niger Delta": another place of the same name. "Michael Jordan", "Mr. Jordan", "Jordan River".
const NOT_THE_STATE_AR = /^(?:نهر|دلتا|حوض|ضفاف|مياه)$/;
const HONORIFIC_EN = /^(?:mr|mrs|ms|dr|sir|coach|st|saint|lake|river|state|county|cape)$/;
const INVITE_AR = /^(?:و|ف|ب|ل|ال|بال|لل)?(?:دعوه|دعا|دعت|يدعو|تدعو)$/;
const INVITE_EN = /^(?:invite|invites|invited|inviting|invitation)$/;
const JOIN_WORD = /^(?:و|ف|ب|ل|ال|لل|بال)?(?:انضمام|ينضم|تنضم|عضويه)$|^(?:join|accession|accede|membership)$/;
const LOCATIVE_AR = /^(?:و|ف)?(?:في|الي|من|مع|ضد|بين)$/;
const LIST_WORD_EN = /^(?:and|or|nor)$/;

// A sentence about sport: a state's name there is often its team or a club (موناكو).
const SPORT = /^(?:و|ف|ب|ل)?(?:ال)?(?:مباراه|مباريات|منتخب|مونديال|دوري|نادي|هدف|اهداف|ملعب|لاعب|لاعبي|الفيفا|فيفا|بطوله)$|^(?:match|matches|football|soccer|club|league|cup|goal|fifa|squad)$/;
function sportSentence(doc: Doc, i: number): boolean {
  const s = doc.sentenceOf[i];
  for (let k = sentenceFirst(doc, i); k < doc.tokens.length && doc.sentenceOf[k] === s; k++) if (SPORT.test(doc.tokens[k]!.norm)) return true;
  return false;
}

/** Words beside a needs-context state name that make it a person, a river or a US state ("Michael Jordan", "نهر النيجر", "Georgia's governor"). */
function notTheState(doc: Doc, m: GazetteerMatch): boolean {
  const prev = doc.tokens[m.first - 1];
  const next = doc.tokens[m.last + 1];
  const own = doc.tokens[m.first]!;
  if (sportSentence(doc, m.first)) return true;
  if (own.kind === 'ar') {
    if (articleAdded(doc, m)) return true;
    return !!prev && NOT_THE_STATE_AR.test(prev.norm.replace(CLITIC_PREFIX, ''));
  }
  // A capitalised word right before (not at a sentence start) or after is part of a longer name.
  const sameSentence = (t: typeof prev) => !!t && doc.sentenceOf[t.index] === doc.sentenceOf[own.index];
  if (prev && prev.kind === 'lat' && prev.cap && sameSentence(prev) && !doc.tokens[m.first - 2]?.norm.match(/^[.:"“]$/) && prev.index !== sentenceFirst(doc, own.index)) return true;
  if (prev && prev.kind === 'lat' && HONORIFIC_EN.test(prev.norm)) return true;
  if (prev?.norm === '.' && HONORIFIC_EN.test(doc.tokens[m.first - 2]?.norm ?? '')) return true;
  if (prev?.norm === 'of' && /^(?:state|governor|university|county)$/.test(doc.tokens[m.first - 2]?.norm ?? '')) return true;
  if (next && next.kind === 'lat' && next.cap && sameSentence(next)) return true;
  let k = m.last + 1;
  if (doc.tokens[k]?.norm === "'" && doc.tokens[k + 1]?.norm === 's') k += 2;
  return /^(?:governor|legislature|senator|senate|state|county|river|delta|basin|bulldogs|tech)$/.test(doc.tokens[k]?.norm ?? '');
}

/** An article the name lacks makes an adjective of it: المالي (financial), not مالي. */
function articleAdded(doc: Doc, m: GazetteerMatch): boolean {
  const own = doc.tokens[m.first]!;
  if (own.kind !== 'ar' || m.form.tokens[0]!.startsWith('ال')) return false;
  return /^(?:ال|بال|كال|لل)/.test(own.norm.replace(/^(?:و|ف)/, ''));
}

function sentenceFirst(doc: Doc, i: number): number {
  const s = doc.sentenceOf[i];
  let k = i;
  while (k > 0 && doc.sentenceOf[k - 1] === s) k--;
  return k;
}

/**
 * Needs-context state names (Chad, Jordan, Georgia, Turkey, Niger, مالي، النيجر) that the words around
 * them make states: a list of states ("Chad, Niger and Mali", "مالي والنيجر وتشاد", chained through
 * other such names), a body of the state ("Chad's army", "the president of Niger", "حكومة مالي"), or a
 * preposition with another state named in the same sentence ("troops to Turkey and…", "في مالي … فرنسا").
 * Returns the indices in `matches` so accepted.
 */
function statesByContext(doc: Doc, matches: GazetteerMatch[]): Set<number> {
  const out = new Set<number>();
  const candidate = (m: GazetteerMatch) => m.form.entry.type === 'State' && m.form.needsContext && m.form.kind === 'name' && !m.alternatives;
  const firm = (x: GazetteerMatch | undefined, idx: number) => !!x && x.form.entry.type === 'State' && x.form.kind !== 'blocker' && (!x.form.needsContext || out.has(idx));
  const ids = matches.map((m, idx) => (candidate(m) && !notTheState(doc, m) ? idx : -1)).filter((i) => i >= 0);
  if (!ids.length) return out;
  const sep = (k: number) => {
    const t = doc.tokens[k];
    return !!t && ((t.kind === 'punct' && /^[،,]$/.test(t.norm)) || (t.kind === 'lat' && LIST_WORD_EN.test(t.norm)) || (t.kind === 'ar' && /^(?:او|و)$/.test(t.norm)));
  };
  const listed = (idx: number) => !!listNeighbour(doc, matches, idx, firm, sep, true);
  const body = (m: GazetteerMatch) => {
    const own = doc.tokens[m.first]!;
    if (own.kind === 'ar') {
      const prev = doc.tokens[m.first - 1];
      return !!prev && prev.kind === 'ar' && STATE_BODY_AR.test(prev.norm.replace(CLITIC_PREFIX, '').replace(/^ال/, 'ال') );
    }
    let k = m.last + 1;
    if (doc.tokens[k]?.norm === "'" && doc.tokens[k + 1]?.norm === 's') {
      k += 2;
      const w = doc.tokens[k]?.norm ?? '';
      if (STATE_BODY_EN.test(w) || (STATE_BODY_EN_2.test(w) && /^(?:minister|ministry|forces)$/.test(doc.tokens[k + 1]?.norm ?? ''))) return true;
    }
    if (doc.tokens[m.first - 1]?.norm === 'of') {
      const w = doc.tokens[m.first - 2]?.norm ?? '';
      return STATE_BODY_EN.test(w) || /^(?:minister|ministry|forces)$/.test(w);
    }
    return false;
  };
  const withOtherState = (idx: number) => {
    const m = matches[idx]!;
    const own = doc.tokens[m.first]!;
    const s = doc.sentenceOf[m.first];
    if (own.kind === 'ar') {
      // The preposition stands alone or is the clitic of the name itself (لمالي، بالنيجر).
      const prev = doc.tokens[m.first - 1];
      const clitic = own.start !== m.start;
      if (!clitic && !(prev && LOCATIVE_AR.test(prev.norm))) return false;
    } else if (!/^(?:in|to|from|with|against|between|and)$/.test(doc.tokens[m.first - 1]?.norm ?? '')) return false;
    // Another state, the United States aside for English (the US state of Georgia).
    return matches.some((x, j) => j !== idx && firm(x, j) && doc.sentenceOf[x.first] === s && x.form.entry !== m.form.entry && !(own.kind === 'lat' && x.form.entry.id === 'state:united-states'));
  };
  // "دعوة مقدونيا للانضمام", "invited Macedonia to join": the one invited to join or to accession talks is a state.
  const invitedToJoin = (m: GazetteerMatch) => {
    const own = doc.tokens[m.first]!;
    const prev = doc.tokens[m.first - 1];
    if (!prev || prev.kind !== own.kind || own.start !== m.start) return false;
    if (!(own.kind === 'ar' ? INVITE_AR.test(prev.norm) : INVITE_EN.test(prev.norm))) return false;
    const s = doc.sentenceOf[m.first];
    const after = doc.tokens.slice(m.last + 1, m.last + 9).filter((t) => doc.sentenceOf[t.index] === s);
    return after.some((t) => JOIN_WORD.test(t.norm));
  };
  for (const idx of ids) if (body(matches[idx]!) || invitedToJoin(matches[idx]!)) out.add(idx);
  for (let changed = true; changed; ) {
    changed = false;
    for (const idx of ids) {
      if (out.has(idx) || !(listed(idx) || withOtherState(idx))) continue;
      out.add(idx);
      changed = true;
    }
  }
  return out;
}

// "التحالف الدولي الذي تقوده السعودية", "التحالف بقيادة واشنطن": a coalition is known by the state leading it.
const LED_BY = /^(?:و)?(?:بقياده|بزعامه|تقوده|يقوده|تقودها|يقودها|تتزعمه|يتزعمه)$|^(?:led)$/;
const RELATIVE = /^(?:الذي|التي|the)$/;
const COALITION_WORD = /^(?:و|ف|ب|ل)?(?:ال|ل)?تحالف$/;
// The coalition each leader heads in the news of the period; "المملكة" leading a coalition is Saudi Arabia.
const COALITION_OF_LEADER: Record<string, string> = {
  'state:saudi-arabia': 'alliance:saudi-led-coalition',
  'state:united-states': 'alliance:global-coalition-against-isis',
};
const SAUDI_COALITION_HINTS = new Set(['state:yemen', 'org:houthis']);
const ISIS_COALITION_HINTS = new Set(['org:isis', 'state:syria', 'state:iraq']);

/** The state named as leader right after token `last` ("الذي تقوده السعودية", "بقيادة أمريكية"). */
function leaderAfter(doc: Doc, matches: GazetteerMatch[], last: number): { id: string; last: number } | undefined {
  let k = last + 1;
  if (RELATIVE.test(doc.tokens[k]?.norm ?? '')) k++;
  const led = doc.tokens[k];
  if (!led || !LED_BY.test(led.norm)) return undefined;
  if (led.norm === 'led' && doc.tokens[k + 1]?.norm === 'by') k++;
  const next = doc.tokens[k + 1];
  if (next?.kind === 'ar' && next.norm.replace(/^(?:و)/, '') === 'المملكه') return { id: 'state:saudi-arabia', last: k + 1 };
  const m = matches.find((x) => x.first === k + 1);
  return m && m.form.entry.type === 'State' && !m.form.needsContext ? { id: m.form.entry.id, last: m.last } : undefined;
}

/**
 * Coalitions told apart by their leader (التحالف الدولي الذي تقوده السعودية is the Saudi-led coalition in
 * Yemen, not the anti-ISIS one), or for a bare "التحالف الدولي" by the war the article is about: Yemen and
 * the Houthis with no word of ISIS, Syria or Iraq. A bare "التحالف" with a leader is named here too.
 */
function coalitionsByLeader(doc: Doc, gaz: Gazetteer, matches: GazetteerMatch[]): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const supported = new Set(matches.filter((m) => !m.form.needsContext && m.form.kind !== 'blocker').map((m) => m.form.entry.id));
  const yemenOnly = [...SAUDI_COALITION_HINTS].some((id) => supported.has(id)) && ![...ISIS_COALITION_HINTS].some((id) => supported.has(id));
  let mi = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    while (mi < matches.length && matches[mi]!.last < i) mi++;
    const m = matches[mi] && matches[mi]!.first <= i ? matches[mi] : undefined;
    if (m) {
      const id = m.form.entry.id;
      if (m.first === i && (id === 'alliance:global-coalition-against-isis' || id === 'alliance:saudi-led-coalition')) {
        const leader = leaderAfter(doc, matches, m.last);
        const target = leader ? COALITION_OF_LEADER[leader.id] : yemenOnly && id === 'alliance:global-coalition-against-isis' && !/[a-z]/.test(doc.tokens[i]!.norm) ? 'alliance:saudi-led-coalition' : undefined;
        const entry = target ? gaz.entries.get(target) : undefined;
        out.push(entry && entry.id !== id ? { ...m, form: { ...m.form, entry } } : m);
      } else out.push(m);
      i = m.last;
      mi++;
      continue;
    }
    const t = doc.tokens[i]!;
    if (t.kind !== 'ar' || !COALITION_WORD.test(t.norm)) continue;
    // "التحالف بقيادة المملكة", "التحالف العسكري الذي تقوده الرياض": one descriptor word at most.
    let last = i;
    if (/^ال(?:عسكري|دولي|عربي)$/.test(doc.tokens[i + 1]?.norm ?? '') && !matches.some((x) => x.first === i + 1)) last = i + 1;
    const leader = leaderAfter(doc, matches, last);
    const entry = leader && COALITION_OF_LEADER[leader.id] ? gaz.entries.get(COALITION_OF_LEADER[leader.id]!) : undefined;
    if (!entry || !leader) continue;
    const prefix = /^(?:و|ف|ب|ل)(?=ال)/.exec(t.norm)?.[0].length ?? 0;
    const start = prefix ? doc.normalized.toOriginal[t.normStart + prefix] ?? t.start : t.start;
    // The coalition's words only: the leader stays its own mention, for MEMBER_OF.
    out.push({ form: { entry, tokens: [], kind: 'name', needsContext: false, latinCase: 'any' }, first: i, last, start, end: doc.tokens[last]!.end });
    i = last;
  }
  return out;
}

function addKnown(doc: Doc, m: GazetteerMatch): void {
  const { entry, kind } = m.form;
  if (kind === 'blocker') return;
  // "للأمم المتحدة": the span after لل is no spelling of the name, so it is no alias either.
  addMention(
    doc,
    { id: entry.id, type: entry.type, name: entry.name, nameAr: entry.nameAr, fromGazetteer: true, entry, category: entry.category, affiliation: entry.state, aliases: entry.names },
    { kind, first: m.first, last: m.last, start: m.start, end: m.end },
    !m.mergedArticle,
  );
}

/** "أسماء الأسد", "رفعت الأسد": a surname after another person's given name is theirs, not the listed leader's. */
function afterGivenName(doc: Doc, gaz: Gazetteer, first: number): boolean {
  const t = doc.tokens[first - 1];
  if (!t || t.kind !== 'ar' || doc.mentionsAt.has(t.index)) return false;
  if (gaz.givenNames.has(t.norm)) return true;
  const stem = t.norm.replace(CLITIC_PREFIX, '');
  return !t.norm.startsWith('ال') && !NOT_NAME.has(t.norm) && !gaz.commonWords.has(t.norm) && !gaz.commonWords.has(stem) && !INTRODUCING_VERB_AR.test(t.norm);
}

/** Finds every gazetteer entity in the article (states, alliances, organisations, weapons, known officials). */
export function recognizeKnownEntities(doc: Doc, gaz: Gazetteer): void {
  const matches = coalitionsByLeader(doc, gaz, matchGazetteer(doc.tokens, gaz, doc.normalized, doc.text));
  // A needs-context state name (عمان: Oman or Amman) counts when the state is also named unambiguously.
  const unambiguous = new Set(matches.filter((m) => !m.form.needsContext && m.form.kind !== 'blocker').map((m) => m.form.entry.id));
  // Readings chosen by the words around them (سلطنة عمان، الكويت وعمان) support the same state elsewhere.
  const chosen = new Map<number, GazetteerMatch>();
  for (const [idx, m] of matches.entries()) {
    if (!m.alternatives) continue;
    const r = chooseReading(doc, matches, idx, unambiguous, true);
    if (r) chosen.set(idx, r);
  }
  const supported = new Set([...unambiguous, ...[...chosen.values()].map((r) => r.form.entry.id)]);
  // States named, also through a body of theirs (الجيش السوري): context for a leader's surname (الأسد).
  const statesNamed = new Set(supported);
  for (const m of matches) if (m.form.entry.type === 'Organization' && !m.form.needsContext && m.form.entry.state) statesNamed.add(m.form.entry.state);
  const stateNamedHere = statesByContext(doc, matches);
  // A state so named once supports its other needs-context mentions (Chad … later "Chad said").
  const byContext = new Set([...stateNamedHere].map((i) => matches[i]!.form.entry.id));
  for (let [idx, m] of matches.entries()) {
    if (m.alternatives) {
      const r = chosen.get(idx) ?? chooseReading(doc, matches, idx, supported, false);
      if (!r) continue;
      addKnown(doc, r);
      continue;
    }
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
      // المالي, الدعم المالي: the article makes an adjective of a state's bare name (مالي), whatever else the article says.
      if (entry.type === 'State' && m.form.kind === 'name' && articleAdded(doc, m)) continue;
      const ok =
        entry.type === 'Weapon'
          ? weaponContextOk(doc, m)
          : unambiguous.has(entry.id) ||
            stateNamedHere.has(idx) ||
            (entry.type === 'State' && byContext.has(entry.id) && !notTheState(doc, m)) ||
            (!!m.form.stateContext && statesNamed.has(m.form.stateContext) && !afterGivenName(doc, gaz, m.first)) ||
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
    addKnown(doc, m);
  }
  resolveTheKingdom(doc, gaz);
}

let kingdomIds: Set<string> | undefined;
/** States whose listed names call them a kingdom (المملكة العربية السعودية، مملكة البحرين، المملكة المتحدة). */
function kingdoms(gaz: Gazetteer): Set<string> {
  kingdomIds ??= new Set([...gaz.entries.values()].filter((e) => e.type === 'State' && e.names.some((n) => /^(?:ال)?مملكة /.test(n))).map((e) => e.id));
  return kingdomIds;
}

const THE_KINGDOM = /^(?:و|ف|ب|ل|وب|ول|فب|فل)?(?:ال|ل)?مملكه$/;

/**
 * "المملكة" alone is the kingdom the article names: the only one it names; of several, the one it calls
 * "المملكة …" in full, else the one named last before the word. Nothing when no kingdom is named.
 */
function resolveTheKingdom(doc: Doc, gaz: Gazetteer): void {
  const named = doc.mentions.filter((m) => m.type === 'State' && kingdoms(gaz).has(m.entityId));
  if (named.length === 0) return;
  const ids = new Set(named.map((m) => m.entityId));
  const inFull = new Set(named.filter((m) => /^(?:ال)?مملك/.test(doc.tokens[m.first]!.norm.replace(/^(?:و|ف|ب|ل)(?=ال|مم)/, '').replace(/^لل/, 'ال'))).map((m) => m.entityId));
  const covered = coveredTokens(doc);
  for (const t of doc.tokens) {
    if (t.kind !== 'ar' || covered[t.index] || !THE_KINGDOM.test(t.norm) || !/ال|لل/.test(t.norm)) continue;
    let id: string | undefined;
    // "المملكة البحرينية", "المملكة الأردنية": the nationality right after names it.
    const own = doc.mentionsAt.get(t.index + 1)?.find((m) => m.type === 'State' && m.kind === 'demonym' && kingdoms(gaz).has(m.entityId));
    if (own) id = own.entityId;
    else if (ids.size === 1) id = [...ids][0];
    else if (inFull.size === 1) id = [...inFull][0];
    else id = [...named].reverse().find((m) => m.last < t.index)?.entityId;
    const state = id ? doc.entities.get(id) : undefined;
    if (!state) continue;
    const prefix = /^(?:و|ف|ب|ل|وب|ول|فب|فل)(?=ال)/.exec(t.norm)?.[0].length ?? 0;
    const start = prefix ? doc.normalized.toOriginal[t.normStart + prefix] ?? t.start : t.start;
    addMention(doc, { ...state, aliases: [] }, { kind: 'pronoun', first: t.index, last: t.index, start, end: t.end }, false);
  }
}
