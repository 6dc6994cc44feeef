import type { Gazetteer } from '../gazetteer/build';
import { addMention, mentionAt, slug, type Doc, type MentionDraft } from '../document';
import { HONORIFICS, INTRODUCING_VERB_AR, INTRODUCING_VERB_EN, NAME_PARTICLES, NOT_NAME, ORG_HEADS_AR, ORG_HEADS_EN, ORG_WORDS_EN } from '../lexicon';
import type { GazetteerEntry } from '../gazetteer/entry';
import { matchAt } from './gazetteer-match';
import { normalizeForSearch } from '../text/normalize';
import type { Token } from '../text/tokenize';
import { matchTitle, type TitleMatch } from './titles';
import { isTrigger, TRIGGERS } from '../relate/triggers';

// Arabic imperfect verbs start with ي/ت; these common names do too and are kept.
const NAMES_LIKE_VERBS = new Set(['يوسف', 'ياسر', 'يحيي', 'ياسين', 'يعقوب', 'يونس', 'يزيد', 'تميم', 'توني', 'تيريزا', 'تيم', 'تامر', 'توفيق', 'تركي', 'تسيبي', 'تينا', 'يائير', 'يوري', 'يولي', 'تاكر'].map(normalizeForSearch));
const PREPOSITIONS = new Set(['في', 'لدى', 'الى', 'ب', 'of', 'to', 'in', 'at', 'باسم', 'for'].map(normalizeForSearch));


const CLITIC = /^(?:وال|بال|فال|كال|لل|و|ف|ب|ل|ك)/;

function isArabicNameToken(doc: Doc, covered: Uint8Array, gaz: Gazetteer, t: Token | undefined, position: number): boolean {
  if (!t || t.kind !== 'ar' || covered[t.index]) return false;
  if (NOT_NAME.has(t.norm) || ORG_HEADS_AR.has(t.norm) || t.norm.length < 2) return false;
  if (matchTitle(doc.tokens, t.index, gaz)) return false;
  if (gaz.givenNames.has(t.norm)) return true;
  if (gaz.commonWords.has(t.norm)) return false;
  // والملحق، لزيارة، بالعاصمة: a clitic on a common word or on a definite noun is not a name.
  const stem = t.norm.replace(CLITIC, '');
  if (stem !== t.norm && (gaz.commonWords.has(stem) || NOT_NAME.has(stem) || stem.startsWith('ال') || t.norm.startsWith('لل'))) return false;
  // A relation word (اجتمع، استقبل، تعاون) or a verb introducing a speaker (ورحب، وقالت) is not a name either.
  if (Object.values(TRIGGERS).some((tr) => isTrigger(t, tr))) return false;
  if (INTRODUCING_VERB_AR.test(t.norm)) return false;
  if (position === 0 && t.norm.startsWith('ال')) return false;
  if (position === 0 && /^[يت]/.test(t.norm) && t.norm.length >= 4 && !NAMES_LIKE_VERBS.has(t.norm)) return false;
  // "ديفيد فريدمان سيشرف على": a future verb (سـ + imperfect) after a name is not part of it.
  if (position >= 2 && /^س[يتن]/.test(t.norm) && t.norm.length >= 5) return false;
  // "سبقتها", "ويمنحه": a word carrying an object pronoun is not a name.
  if (t.norm.length >= 5 && /(?:ها|هم|هما)$/.test(t.norm)) return false;
  return true;
}

/** Person name tokens starting at i: Arabic words (with بن/آل/عبد particles) or capitalised Latin words. */
function nameAt(doc: Doc, gaz: Gazetteer, covered: Uint8Array, i: number): { first: number; last: number } | undefined {
  const { tokens } = doc;
  const t = tokens[i];
  if (!t) return undefined;
  let last = -1;
  if (t.kind === 'ar') {
    let words = 0;
    for (let k = i; k < tokens.length && words < 4; k++) {
      const tk = tokens[k]!;
      if (tk.kind === 'punct' && tk.norm === '-' && !tk.spaceBefore && tokens[k + 1] && !tokens[k + 1]!.spaceBefore && last === k - 1) continue;
      if (NAME_PARTICLES.has(tk.norm) && k > i) continue;
      if (!isArabicNameToken(doc, covered, gaz, tk, k - i)) break;
      last = k;
      words++;
    }
  } else if (t.kind === 'lat' && t.cap) {
    // Up to six words; hyphens and particles are free (Sabah Al-Ahmad Al-Jaber Al-Sabah).
    for (let k = i, words = 0; k < tokens.length && words < 6; k++) {
      const tk = tokens[k]!;
      if (tk.kind === 'lat' && tk.cap && !NOT_NAME.has(tk.norm) && !matchTitle(tokens, k, gaz)) {
        last = k;
        words++;
      }
      else if ((tk.norm === '-' || NAME_PARTICLES.has(tk.norm)) && tokens[k + 1]?.kind === 'lat') continue;
      else break;
    }
  }
  return last >= i ? { first: i, last } : undefined;
}

function mentionEndingAt(doc: Doc, last: number, types: readonly string[]): MentionDraft | undefined {
  for (let f = last; f >= Math.max(0, last - 8); f--) {
    const m = doc.mentionsAt.get(f)?.find((x) => x.last === last && types.includes(x.type));
    if (m) return m;
  }
  return undefined;
}

/** Two or three name words ending at token `last`, starting a sentence or after punctuation. */
function nameBefore(doc: Doc, gaz: Gazetteer, covered: Uint8Array, last: number): { first: number; last: number } | undefined {
  const { tokens } = doc;
  if (!isArabicNameToken(doc, covered, gaz, tokens[last], 1)) return undefined; // "عن أسفه لأن الرئيس"
  let first = last;
  while (first - 1 >= 0 && last - first < 2 && isArabicNameToken(doc, covered, gaz, tokens[first - 1], 1)) first--;
  if (!isArabicNameToken(doc, covered, gaz, tokens[first], 0) || first === last) return undefined;
  const prev = tokens[first - 1];
  const boundary = !prev || prev.kind === 'punct' || doc.sentenceOf[prev.index] !== doc.sentenceOf[first] || NOT_NAME.has(prev.norm) || INTRODUCING_VERB_AR.test(prev.norm);
  return boundary ? { first, last } : undefined;
}

/** Whether the name at [first, …] is introduced by a verb: "ورحب ويس كريمر مدير …", "said Wes Kremer, president …". */
function afterIntroducingVerb(doc: Doc, first: number): boolean {
  const prev = doc.tokens[first - 1];
  if (!prev) return false;
  return prev.kind === 'ar' ? INTRODUCING_VERB_AR.test(prev.norm) : prev.kind === 'lat' && INTRODUCING_VERB_EN.test(prev.norm);
}

/**
 * Two or three capitalised English words ending at token `last` and followed by a comma, after a
 * sentence start, punctuation or an introducing verb ("said Wes Kremer, president of Raytheon").
 */
function englishNameBefore(doc: Doc, gaz: Gazetteer, covered: Uint8Array, last: number): { first: number; last: number } | undefined {
  const { tokens } = doc;
  const ok = (t: Token | undefined) => !!t && t.kind === 'lat' && t.cap && !covered[t.index] && !NOT_NAME.has(t.norm) && !ORG_HEADS_EN.has(t.norm) && !ORG_WORDS_EN.has(t.norm) && !matchTitle(tokens, t.index, gaz);
  if (tokens[last + 1]?.norm !== ',' || !ok(tokens[last])) return undefined;
  let first = last;
  while (first - 1 >= 0 && last - first < 2 && ok(tokens[first - 1])) first--;
  if (first === last) return undefined;
  const prev = tokens[first - 1];
  const boundary = !prev || (prev.kind === 'punct' && prev.norm !== '.') || doc.sentenceOf[prev.index] !== doc.sentenceOf[first] || (prev.kind === 'lat' && INTRODUCING_VERB_EN.test(prev.norm));
  return boundary ? { first, last } : undefined;
}

const PREPOSITION_BEFORE_BODY = /^(?:في|لدي|of|at|in|for)$/;

/**
 * The body or state a title names a few words after it ("مدير عمليات الأنظمة الدفاعية المتكاملة في
 * ريثيون", "vice president of integrated air defense at Raytheon"): within the clause, after a preposition.
 */
function laterAffiliation(doc: Doc, from: number): MentionDraft | undefined {
  const { tokens } = doc;
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.norm !== '-') return undefined;
    if (doc.sentenceOf[k] !== doc.sentenceOf[from]) return undefined;
    if (k > from && PREPOSITION_BEFORE_BODY.test(tokens[k - 1]!.norm)) {
      const m = mentionAt(doc, k, ['Organization', 'State', 'Alliance']);
      if (m) return m;
    }
    if (t.kind === 'ar' && /^(?:ب|ل)/.test(t.norm) && k > from) {
      const m = mentionAt(doc, k, ['Organization', 'State', 'Alliance']);
      if (m && m.start > t.start) return m;
    }
  }
  return undefined;
}

/**
 * An unknown name found right after a title. Arabic: one word must be a common given name and not a
 * nationality (زعيم تركي), since single words after a title are mostly not names (رئيس الوزراء إعلانا،
 * رئيس الحكومة ويتيح، رئيس بلدية ناشفيل); and a bare indefinite one-word title is an adjective phrase
 * (كزعيم ثائر), not a title before a name.
 */
function plausibleNameAfterTitle(doc: Doc, gaz: Gazetteer, title: TitleMatch, q: Qualified, span: { first: number; last: number }): boolean {
  const { tokens } = doc;
  const first = tokens[span.first]!;
  // "president of Raytheon Integrated Defense Systems": words of a company's name, not a person's.
  if (first.kind === 'lat') return !tokens.slice(span.first, span.last + 1).some((t) => ORG_WORDS_EN.has(t.norm) || ORG_HEADS_EN.has(t.norm));
  if (first.kind !== 'ar') return true;
  const titleTok = tokens[title.first]!;
  const indefinite = title.first === title.last && titleTok.kind === 'ar' && !/^(?:و|ف|ب|ل|ك)?ال/.test(titleTok.norm) && !titleTok.norm.startsWith('لل');
  if (indefinite && !q.affiliation && span.first === title.last + 1) return false;
  if (span.first !== span.last) return true;
  if (!gaz.givenNames.has(first.norm)) return false;
  return !(gaz.formsByFirst.get(first.norm) ?? []).some((f) => f.entry.type === 'State' && f.tokens.length === 1);
}

interface Qualified {
  affiliation?: MentionDraft;
  postedIn?: MentionDraft;
  next: number;
}

/** After a title: nationality (الروسي، U.S.), body (لجنة…، في البرلمان العراقي), posting (في العراق، لدى موسكو). */
function qualifiers(doc: Doc, start: number): Qualified {
  const q: Qualified = { next: start };
  // The token right after a state named as the affiliation ("U.S." and its abbreviation dot).
  let afterState = -1;
  const stateEnd = (m: MentionDraft): number => {
    if (m.type !== 'State' || q.affiliation !== m) return -1;
    const dot = doc.tokens[m.last + 1];
    if (dot?.norm === '.' && !dot.spaceBefore && mentionAt(doc, m.last + 2, ['Organization'])) {
      q.next = m.last + 2;
      return m.last + 2;
    }
    return m.last + 1;
  };
  for (let guard = 0; guard < 4; guard++) {
    const j = q.next;
    const direct = mentionAt(doc, j, ['State', 'Organization', 'Alliance']);
    if (direct) {
      if (!q.affiliation) q.affiliation = direct;
      // "commander of U.S. Strategic Command": a body right after the state is where the office is.
      else if (q.affiliation.type === 'State' && direct.type === 'Organization' && afterState === j) q.affiliation = direct;
      else if (!q.postedIn && direct.type === 'State') q.postedIn = direct;
      q.next = direct.last + 1;
      afterState = stateEnd(direct);
      continue;
    }
    const t = doc.tokens[j];
    if (t && PREPOSITIONS.has(t.norm)) {
      const after = mentionAt(doc, j + 1, ['State', 'Organization', 'Alliance']);
      if (after) {
        if (q.affiliation && after.type === 'State') q.postedIn ??= after;
        else if (!q.affiliation) q.affiliation = after;
        q.next = after.last + 1;
        afterState = stateEnd(after);
        continue;
      }
      // "باسم الرئاسة المصرية": a definite noun, then the nationality that places the office.
      const noun = doc.tokens[j + 1];
      const demonym = mentionAt(doc, j + 2, ['State']);
      if (noun?.kind === 'ar' && noun.norm.startsWith('ال') && demonym && !q.affiliation) {
        q.affiliation = demonym;
        q.next = demonym.last + 1;
        continue;
      }
    }
    // "لشؤون الخليج العربي", "للشرق الأوسط": the portfolio, skipped up to the name.
    if (t && /^(لشوون|للشوون|لشيون|للشرق|لشمال|لجنوب|لمكافحه)$/.test(t.norm)) {
      let k = j + 1;
      while (k < j + 4 && doc.tokens[k]?.kind === 'ar' && doc.tokens[k]!.norm.startsWith('ال')) k++;
      q.next = k;
      continue;
    }
    break;
  }
  return q;
}

/** Normalised words of a name, particles and one-letter pieces left out. */
function nameWords(name: string): string[] {
  return normalizeForSearch(name)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 2 && !NAME_PARTICLES.has(w));
}

/**
 * Given names written before a listed person's surname that are theirs in another spelling
 * ("Sergey Shoygu", "Avigdor Liberman", "Tayyip Erdogan") and not another person's ("Ivanka Trump").
 */
function firstNamesFit(words: string[], entry: GazetteerEntry): boolean {
  if (words.length === 0) return false;
  const known = entry.names.flatMap(nameWords);
  const joined = entry.names.map((n) => nameWords(n).join('')).join(' ');
  return words.every((w) => joined.includes(w) || known.some((k) => k.length >= 3 && w.length >= 3 && k.slice(0, 4) === w.slice(0, 4)));
}

/** A listed person named by this span: one of their forms exactly, or their surname after given names of theirs. */
function listedOfficial(doc: Doc, gaz: Gazetteer, nameSpan: { first: number; last: number }, title?: TitleMatch, affiliation?: string): GazetteerEntry | undefined {
  const { tokens } = doc;
  const exact = matchAt(tokens, nameSpan.first, gaz, doc.normalized, doc.text);
  // "العقيد الركن تركي المالكي": a form that is ambiguous alone, here placed after a title.
  if (exact && exact.form.entry.type === 'Official' && exact.last === nameSpan.last) return exact.form.entry;
  // "الملك سلمان", "الأمير تميم": a head of state is named by title and given name alone. It is the
  // listed official with that given name (of the title's state, when one is named; else the one the
  // article has named already), if only one is.
  // A crown prince too (ولي العهد الأمير محمد), but only among people listed with that title.
  if ((title?.title.rank === 'head-of-state' || title?.title.id === 'title:crown-prince') && nameSpan.first === nameSpan.last && tokens[nameSpan.first]!.kind === 'ar') {
    const given = (gaz.formsByFirst.get(tokens[nameSpan.first]!.norm) ?? []).filter(
      (f) => f.entry.type === 'Official' && f.tokens.length >= 2 && (!affiliation || f.entry.state === affiliation),
    );
    let entries = new Set(given.map((f) => f.entry));
    // "الملك سلمان": of the listed Salmans, the one listed as king (not Bahrain's crown prince Salman bin Hamad).
    const titled = [...entries].filter((e) => e.titles?.includes(title.title.id));
    if (titled.length > 0 || title.title.rank !== 'head-of-state') entries = new Set(titled);
    // One of them named earlier in the article ("العاهل السعودي الملك سلمان … الملك سلمان") is the one meant.
    const named = [...entries].filter((e) => (doc.entities.get(e.id)?.mentions.length ?? 0) > 0);
    if (named.length > 0) entries = new Set(named);
    if (entries.size === 1) return [...entries][0];
  }
  // "عمر حسن أحمد البشير": the listed given name and family name with the father's and grandfather's names between.
  const firstTok = tokens[nameSpan.first]!;
  const lastTok = tokens[nameSpan.last]!;
  if (firstTok.kind === 'ar' && nameSpan.last - nameSpan.first >= 2) {
    const pair = (gaz.formsByFirst.get(firstTok.norm) ?? []).filter((f) => f.entry.type === 'Official' && f.tokens.length === 2 && f.tokens[1] === lastTok.norm);
    if (pair.length === 1) return pair[0]!.entry;
  }
  const tail = mentionEndingAt(doc, nameSpan.last, ['Official']);
  const entry = tail && tail.first > nameSpan.first ? doc.entities.get(tail.entityId)?.entry : undefined;
  if (!entry || !tail) return undefined;
  const given = nameWords(doc.text.slice(tokens[nameSpan.first]!.start, tokens[tail.first - 1]!.end));
  return firstNamesFit(given, entry) ? entry : undefined;
}

function registerOfficial(doc: Doc, gaz: Gazetteer, nameSpan: { first: number; last: number }, title: TitleMatch | undefined, q: Qualified | undefined): string {
  // '#دونالد_ترمب': hashtags join names with underscores; the name is the words.
  const { tokens } = doc;
  const start = tokens[nameSpan.first]!.start;
  const end = tokens[nameSpan.last]!.end;
  const known = mentionAt(doc, nameSpan.first, ['Official']);
  const surface = doc.text.slice(start, end);
  const listed = known ? undefined : listedOfficial(doc, gaz, nameSpan, title, q?.affiliation?.entityId);
  const id = known?.entityId ?? listed?.id ?? `official:${slug(normalizeForSearch(surface))}`;
  const span = { kind: 'pattern' as const, first: nameSpan.first, last: nameSpan.last, start, end };
  if (listed)
    addMention(doc, { id, type: 'Official', name: listed.name, nameAr: listed.nameAr, fromGazetteer: true, entry: listed, affiliation: listed.state, aliases: listed.names }, span);
  else if (!known) addMention(doc, { id, type: 'Official', name: surface, fromGazetteer: false }, span);
  const official = doc.entities.get(id)!;
  if (title) {
    // No nationality in the text: a known official's own state or body (President Erdoğan, Secretary General Stoltenberg).
    const affiliation = q?.affiliation?.entityId ?? official.entry?.state;
    official.affiliation ??= affiliation;
    doc.offices.push({
      officialId: id,
      titleId: title.title.id,
      title: title.label,
      affiliationId: affiliation,
      postedIn: q?.postedIn?.entityId,
      sentence: doc.sentenceOf[title.first] ?? -1,
      first: title.first,
      last: nameSpan.last,
    });
  }
  return id;
}

/**
 * Officials by pattern: title + qualifiers + name (وزير الخارجية الروسي سيرغي لافروف; U.S. President
 * Joe Biden; Spain's King Felipe VI), and name + title (كيفن فاهي مساعد وزير الدفاع). Later mentions of
 * the surname, and of the title alone (السفير الروسي), refer back to the named official.
 */
export function recognizeOfficials(doc: Doc, gaz: Gazetteer): void {
  const { tokens } = doc;
  // Tokens inside a non-official mention cannot be part of a person's name.
  const nonOfficial = new Uint8Array(tokens.length);
  for (const m of doc.mentions) if (m.type !== 'Official') for (let k = m.first; k <= m.last; k++) nonOfficial[k] = 1;
  const unnamed: { title: TitleMatch; affiliation?: string; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const title = matchTitle(tokens, i, gaz) ?? counterpartTitle(doc, gaz, i);
    if (!title) continue;
    // "مركز الملك سلمان", "قاعدة الملك سلمان الجوية": a place or body named after a head of state, no person acting.
    if (title.title.rank === 'head-of-state' && NAMESAKE_HEAD.test(tokens[title.first - 1]?.norm ?? '')) continue;
    // "رئيس لجنة الأمن والدفاع": when the title ends on the head of a named body, the body qualifies it.
    if (title.last > title.first && mentionAt(doc, title.last, ['Organization', 'Alliance'])) title.last -= 1;
    const q = qualifiers(doc, title.last + 1);
    // English: a nationality right before the title (U.S. President, Finnish President, Spain's King).
    if (!q.affiliation) {
      let p = title.first - 1;
      if (tokens[p]?.norm === 's' && tokens[p - 1]?.norm === "'") p -= 2;
      if (tokens[p]?.norm === '.') p -= 1;
      const before = p >= 0 ? mentionEndingAt(doc, p, ['State', 'Organization', 'Alliance']) : undefined;
      if (before) q.affiliation = before;
    }
    let n = q.next;
    if (tokens[n]?.kind === 'punct' && /^[،,:]$/.test(tokens[n]!.norm)) n++;
    if (tokens[n]?.norm === '#') n++;
    // "العاهل السعودي الملك سلمان": an honorific title between the qualifiers and the name.
    const honorific = matchTitle(tokens, n, gaz);
    let honorificStart = honorific ? tokens[n]!.start : undefined;
    if (honorific) n = honorific.last + 1;
    // "Emir Sheikh Tamim", "أمير قطر الشيخ تميم", "Gen. Kenneth McKenzie": a form of address before the name.
    for (let g = 0; g < 2 && tokens[n] && HONORIFICS.has(tokens[n]!.norm); g++) {
      honorificStart ??= tokens[n]!.start;
      n += tokens[n + 1]?.norm === '.' ? 2 : 1;
    }
    const known = mentionAt(doc, n, ['Official']);
    let nameSpan = known ? { first: known.first, last: known.last } : nameAt(doc, gaz, nonOfficial, n);
    if (nameSpan && !known && !plausibleNameAfterTitle(doc, gaz, title, q, nameSpan)) nameSpan = undefined;
    if (nameSpan) {
      const id = registerOfficial(doc, gaz, nameSpan, title, q);
      if (honorificStart !== undefined) doc.entities.get(id)!.aliases.add(doc.text.slice(honorificStart, tokens[nameSpan.last]!.end));
      i = nameSpan.last;
      continue;
    }
    // Name before the title: "كيفن فاهي مساعد وزير الدفاع الأميركي", "Florence Parly, the armed forces minister".
    let b = title.first - 1;
    if (tokens[b]?.kind === 'punct' && /^[،,]$/.test(tokens[b]!.norm)) b--;
    // Not after a conjunction: "بن سلمان ووزير الدفاع البريطاني" names two people.
    const prior = b >= 0 && !/^[وف]/.test(title.prefix) ? mentionEndingAt(doc, b, ['Official']) : undefined;
    if (prior && (q.affiliation || title.title.holdsOfficeIn)) {
      registerOfficial(doc, gaz, { first: prior.first, last: prior.last }, title, q);
      i = title.last;
      continue;
    }
    // An unknown name right before the title: "كيفن فاهي مساعد وزير الدفاع الأميركي". Not before a
    // title carrying a clitic: "لافتات ترحيب بالرئيس التركي" names nobody.
    if (title.prefix === '' && q.affiliation) {
      const before = nameBefore(doc, gaz, nonOfficial, b);
      if (before) {
        registerOfficial(doc, gaz, before, title, q);
        i = title.last;
        continue;
      }
    }
    // Without a state or body right after the title, a name introduced by a verb ("ورحب ويس كريمر
    // مدير عمليات … في ريثيون", "said Wes Kremer, president of …") or an English name in apposition
    // before a title that places it.
    if (title.prefix === '') {
      const later = q.affiliation ?? laterAffiliation(doc, q.next);
      const arabic = !q.affiliation ? nameBefore(doc, gaz, nonOfficial, b) : undefined;
      const before = arabic && afterIntroducingVerb(doc, arabic.first) ? arabic : tokens[b]?.kind === 'lat' ? englishNameBefore(doc, gaz, nonOfficial, b) : undefined;
      if (before && (before === arabic || later || afterIntroducingVerb(doc, before.first))) {
        registerOfficial(doc, gaz, before, title, { ...q, affiliation: later });
        i = title.last;
        continue;
      }
    }
    // A title with no name refers to the official named with the same title and body (before or
    // after). Without a body, only a definite title does ("السفير", and "مستشار الأمن الوطني",
    // definite through the word it governs), not "مستشار أمني".
    const definite =
      tokens[title.first]!.norm.startsWith('ال') ||
      (title.last > title.first && tokens[title.last]!.norm.startsWith('ال')) ||
      // "The president added", "the defense secretary": English marks the definite title with "the".
      (tokens[title.first]!.kind === 'lat' && tokens[title.first - 1]?.norm === 'the');
    if (q.affiliation || definite) unnamed.push({ title, affiliation: q.affiliation?.entityId, last: Math.max(title.last, q.next - 1) });
  }
  for (const u of unnamed) {
    const offices = doc.offices.filter((o) => o.titleId === u.title.title.id && (!u.affiliation || o.affiliationId === u.affiliation));
    // A bare title names someone only when one person in the article holds it.
    if (new Set(offices.map((o) => o.officialId)).size !== 1) continue;
    const office = offices[0]!;
    const end = tokens[u.last]!.end;
    addMention(doc, { ...doc.entities.get(office.officialId)!, aliases: [] }, { kind: 'title-ref', first: u.title.first, last: u.last, start: u.title.start, end }, false);
  }
  resolveSurnames(doc);
  headsByGovernment(doc);
}

// "نظام الأسد", "حكومة عادل عبد المهدي", "إدارة ترامب": the person heads their state's government.
const GOVERNMENT_OF: Record<string, string> = { نظام: 'President', حكومه: 'Head of government', اداره: 'President', regime: 'President', administration: 'President', government: 'Head of government' };

function headsByGovernment(doc: Doc): void {
  for (const m of doc.mentions) {
    if (m.type !== 'Official' || m.first === 0) continue;
    const e = doc.entities.get(m.entityId)!;
    const state = e.affiliation ?? e.entry?.state;
    if (!state?.startsWith('state:') || doc.offices.some((o) => o.officialId === e.id)) continue;
    const prev = doc.tokens[m.first - 1]!;
    const word = prev.norm.replace(/^(و|ف|ب|ل)(?=نظام|حكومه|اداره)/, '');
    const title = GOVERNMENT_OF[word] ?? GOVERNMENT_OF[doc.tokens[m.last + 1]?.norm ?? ''];
    if (!title) continue;
    doc.offices.push({ officialId: e.id, titleId: 'title:head-of-government', title, affiliationId: state, sentence: m.sentence, first: m.first - 1, last: m.last });
  }
}

/** Nouns before "الملك سلمان" that make it the name of a place, prize or body (مركز، قاعدة، جامعة، جائزة، شارع). */
const NAMESAKE_HEAD = /^(?:و|ب|ل)?(?:مركز|قاعده|جامعه|جائزه|جايزه|شارع|مدينه|مستشفي|مطار|مجمع|مسجد|جسر|ميناء|مينا|مؤسسه|موسسه|مكتبه|طريق|كليه|معهد|ملعب|استاد|حي|ميدان)$/;

const COUNTERPART = /^(?:و|ل|ب|مع)?نظير(?:ه|ها|هم|يه)$|^counterpart$/;

/** "نظيره الروسي سيرغي شويغو", "his Russian counterpart": the title of the official named just before. */
function counterpartTitle(doc: Doc, gaz: Gazetteer, i: number): TitleMatch | undefined {
  const t = doc.tokens[i]!;
  if (!COUNTERPART.test(t.norm)) return undefined;
  const prior = [...doc.offices].reverse().find((o) => o.last < i);
  if (!prior) return undefined;
  const title = [...gaz.titlesByFirst.values()].flat().find((f) => f.title.id === prior.titleId)?.title;
  return title ? { title, label: prior.title, first: i, last: i, start: t.start, prefix: t.norm.startsWith('و') ? 'و' : '' } : undefined;
}

/** Later mentions of a named official by surname alone (الأعرجي، لمكتب الاعرجي, Erdoğan). */
function resolveSurnames(doc: Doc): void {
  const bySurname = new Map<string, string>();
  for (const e of doc.entities.values()) {
    if (e.type !== 'Official') continue;
    for (const alias of [...e.aliases]) {
      const words = normalizeForSearch(alias).split(/[\s-]+/).filter((w) => !NAME_PARTICLES.has(w));
      if (words.length >= 2) {
        const surname = words[words.length - 1]!;
        if (surname.length >= 3 && !NOT_NAME.has(surname)) bySurname.set(surname, e.id);
      }
    }
  }
  if (bySurname.size === 0) return;
  const inMention = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) for (let k = m.first; k <= m.last; k++) inMention[k] = 1;
  for (const t of doc.tokens) {
    if (inMention[t.index] || (t.kind !== 'ar' && !(t.kind === 'lat' && t.cap))) continue;
    // "للاعرجي": ل + الاعرجي with the article's alef dropped.
    const stems = t.kind === 'ar' ? [t.norm, t.norm.replace(/^(و|ف|ب|ل|ك|وب|ول|لل)(?=.{3,})/, ''), t.norm.replace(/^ل(?=ل.{2,})/, ''), t.norm.replace(/^(?:و|ف)?لل(?=.{3,})/, 'ال')] : [t.norm];
    for (const s of stems) {
      const id = bySurname.get(s);
      if (!id) continue;
      const e = doc.entities.get(id)!;
      const offset = t.norm.length - s.length;
      const start = offset > 0 ? doc.normalized.toOriginal[t.normStart + offset] ?? t.start : t.start;
      addMention(doc, { ...e, aliases: [] }, { kind: 'surname', first: t.index, last: t.index, start, end: t.end });
      break;
    }
  }
}
