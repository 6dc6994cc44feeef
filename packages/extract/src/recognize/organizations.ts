import { addMention, coveredTokens, mentionAt, slug, type Doc, type EntityDraft, type MentionDraft } from '../document';
import { BODY_NAMES, DIRECTORATE_FIELDS, NOT_BODY_COMPLEMENT, NOT_NAME, ORG_HEADS_AR, ORG_HEADS_EN } from '../lexicon';
import { cliticReadings } from '../text/clitics';
import { DATA } from '../gazetteer/data';
import type { GazetteerEntry } from '../gazetteer/entry';
import { normalizeForSearch } from '../text/normalize';

function stateMentionAt(doc: Doc, i: number): MentionDraft | undefined {
  return mentionAt(doc, i, ['State']);
}

/** The one organisation already named whose name is `bare` followed by a nationality. */
function fullerBody(doc: Doc, bare: string): EntityDraft | undefined {
  const found = [...doc.entities.values()].filter(
    (e) => e.type === 'Organization' && e.affiliation && [...e.aliases, e.name].some((a) => normalizeForSearch(a).startsWith(bare + ' ')),
  );
  if (found.length === 1) return found[0];
  // "اللجنة الرباعية" after "اللجنة الوزارية العربية الرباعية": the same head with some of its words.
  const words = bare.split(' ');
  if (words.length < 2) return undefined;
  const longer = [...doc.entities.values()].filter(
    (e) => (e.type === 'Organization' || e.type === 'Alliance') && !e.fromGazetteer && [...e.aliases].some((a) => isShortFormOf(words, normalizeForSearch(a).split(' '))),
  );
  return longer.length === 1 ? longer[0] : undefined;
}

/** `short` keeps the head of `long` and some of its other words, in order. */
function isShortFormOf(short: string[], long: string[]): boolean {
  if (long.length <= short.length || long[0] !== short[0]) return false;
  let k = 1;
  for (const w of long.slice(1)) if (w === short[k]) k++;
  return k === short.length;
}

// Words that end an organisation name: time words, counts, superlatives, "outgoing"/"ruling" (البرلمان الأربعاء،
// أعضاء المجلس الخمسة عشر، حركة الاحتجاج الأوسع، البرلمان المنتهية ولايته، حزب العدالة والتنمية الحاكم).
const NOT_COMPLEMENT =
  /^(?:و)?(?:ال|لل)(?:اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|ثامنه|تاسع|تاسعه|عاشر|عاشره|متشدد|متشدده|متطرف|متطرفه|ارهابي|ارهابيه|انقلابي|انقلابيه|متمرد|متمرده|ناشي|ناشيه|يساري|يساريه|يميني|يمينيه|شيعي|شيعيه|سني|سنيه|قاضي|قاضيه|نايب|نايبه|لواء|عميد|عقيد|وزير|وزيره|سفير|ملك|امير|شيخ|سيد|دكتور|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره|منتهيه|معنيه|معني|مكلفه|مكلف|مختصه|مختص|مسووله|مسوول|حاكم|معارض|معارضه|اوسع|اكثر|اكبر|اقوى|اقوي|اخير|اخيره|ماضي|ماضيه|مقبل|مقبله|حالي|حاليه|سابق|سابقه|جديد|جديده)$/;
// Nisba adjectives (الثوري، الرباعية), participles (المشتركة، المركزية) and feminine elatives (العليا، الكبرى).
const ADJECTIVE = /(?:ي|يه|يون|يين|يان|يتان|يتين)$|^(?:و)?الم|(?:عليا|كبري|وسطي|عظمي|دنيا)$/;
// Nouns starting like a participle (الم…) that are places and things, not adjectives (الميليشيات الميناء).
const NOT_ADJECTIVE = new Set(
  ['الميناء', 'المطار', 'المدينة', 'المنطقة', 'المعبر', 'المملكة', 'الموقع', 'المرور', 'المال', 'المحافظة', 'المدن', 'المدارس', 'المدرسة', 'المجتمع',
   'المعارك', 'المخيم', 'المسجد', 'المستشفى', 'المنزل', 'المبنى', 'المكان', 'المياه', 'المواطنين', 'المدنيين', 'المسلحين', 'المقاتلين', 'المتظاهرين',
   'المعتقلين', 'المهاجرين', 'المحتجين', 'المنطقه', 'الملف', 'المفاوضات', 'المحادثات', 'المنطقة', 'المعارضة', 'المساعدات', 'الملاحة'].map(normalizeForSearch),
);
const STATE_COUNT = /^(?:و)?ال(?:ثلاثيه|رباعيه|خماسيه|سداسيه|سباعيه|ثمانيه)$/;
const DIRECTION = /^(?:و)?ال(?:غربي|شرقي|شمالي|جنوبي|غربيه|شرقيه|شماليه|جنوبيه|اوسط)$/;

/**
 * Organisations not in the gazetteer, by pattern: a head noun (وزارة، مجلس، لجنة…) with definite
 * complements (الدفاع، الأمن والدفاع), then an optional nationality adjective that ties it to a state
 * (مجلس الأمن الروسي → Security Council of Russia). English: "Ministry of Defence", "Defense Ministry".
 */
export function recognizeOrganizations(doc: Doc): void {
  const covered = coveredTokens(doc);
  const { tokens } = doc;
  stateBodiesEn(doc, covered);
  taskBodies(doc, covered);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    if (t.kind === 'ar') {
      const reading = cliticReadings(t.norm).find((r) => ORG_HEADS_AR.has(r.stem) && (r.prefixLength === 0 || r.prefixLength <= 2));
      if (!reading) continue;
      // "بقيادة الجيش": ب + قيادة is "led by", not the body.
      if (reading.stem === 'قياده' && /^(?:و|ف)?ب$/.test(t.norm.slice(0, reading.prefixLength))) continue;
      const after = tokens[i + 1]?.norm.replace(/^و/, '') ?? '';
      const headWord = reading.stem.replace(/^ال/, '');
      if (NOT_BODY_COMPLEMENT[headWord]?.has(after)) continue;
      if (headWord === 'مديريه' && !DIRECTORATE_FIELDS.has(after)) continue;
      let j = i;
      // Written before the head: ال (الوزارة), لل (للجنة = ل + اللجنة), or only clitics (ولجنة).
      const written = t.norm.slice(0, t.norm.length - reading.stem.length);
      const headIsDefinite = reading.stem.startsWith('ال') || written.endsWith('ال') || written.endsWith('لل');
      // Complements: definite nouns/adjectives (الأمن، والدفاع، للتعاون) that are not a known entity.
      let k = i + 1;
      while (k < tokens.length && k <= i + 4) {
        const n = tokens[k]!;
        if (n.kind !== 'ar' || covered[k] || stateMentionAt(doc, k)) break;
        if (!/^(ال|وال|لل)/.test(n.norm) || n.norm.length < 4) break;
        if (NOT_COMPLEMENT.test(n.norm) || NOT_NAME.has(n.norm) || NOT_NAME.has(n.norm.replace(/^و/, ''))) break;
        // After a definite head only adjectives and "for …" phrases follow (اللجنة الرباعية، المحكمة العليا، الهيئة العامة للاستثمار),
        // not an object (تتابع اللجنة القرارات).
        const bare = n.norm.replace(/^و/, '');
        if (headIsDefinite && (!ADJECTIVE.test(n.norm) || NOT_ADJECTIVE.has(bare)) && !n.norm.startsWith('لل')) break;
        // "المجلس الأعلى للآثار للصحافيين": one "for …" phrase, then only adjectives.
        if (n.norm.startsWith('لل') && tokens.slice(i + 1, k).some((c) => c.norm.startsWith('لل'))) break;
        j = k;
        k++;
      }
      const nationality = stateMentionAt(doc, j + 1);
      if (j === i && !nationality) continue; // a bare head noun is not a name
      // "الميليشيات الإيرانية": militias of a nationality describe, they do not name.
      if (j === i && /^(?:ميليشيات|مليشيات)$/.test(reading.stem.replace(/^ال/, ''))) continue;
      // "الجريمة المنظمة": organised crime.
      if (reading.stem === 'منظمه' && headIsDefinite && /^(?:و)?الجريمه$/.test(tokens[i - 1]?.norm ?? '')) continue;
      // "محكمة بريطانية", "شركة روسية": an indefinite head with only a nationality is "a British court".
      if (j === i && !headIsDefinite) continue;
      // "منظمة للقيام", "مركز للتعاون الأمني": an indefinite head with a "for …" phrase describes, it does not name.
      if (!headIsDefinite && tokens[i + 1]!.norm.startsWith('لل')) continue;
      // "جبهة الساحل الغربي", "جبهة التحيتا": a battlefront; named fronts are in the gazetteer or have longer names.
      if (reading.stem === 'جبهه' && !headIsDefinite && (j - i < 2 || DIRECTION.test(tokens[j]!.norm))) continue;
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
      // "للحزب الشيوعي": the article merged into لل is written back (الحزب الشيوعي).
      const article = written.endsWith('لل') && !reading.stem.startsWith('ال') && !doc.text.slice(start, start + 2).startsWith('ال') ? 'ال' : '';
      const surface = article + doc.text.slice(start, tokens[last]!.end);
      // "حركة الشباب الإرهابية", "مجلس التعاون": a head and its words that are a listed body's short name are that body.
      const listed = nationality ? undefined : listedByName(normalizeForSearch(surface));
      if (listed === null) continue;
      if (listed) {
        addMention(doc, { id: listed.id, type: listed.type, name: listed.name, nameAr: listed.nameAr, fromGazetteer: true, entry: listed, affiliation: listed.state, aliases: listed.names }, { kind: 'pattern', first: i, last, start, end: tokens[last]!.end });
        for (let c = i; c <= last; c++) covered[c] = 1;
        i = last;
        continue;
      }
      const name = core && stateEntity ? `${core} of ${stateEntity.name}` : surface;
      const id = `org:${slug(core && stateEntity ? name : normalizeForSearch(surface))}`;
      // "اللجنة الرباعية", "اللجنة الوزارية الثلاثية": a committee of N states is a grouping of states, an alliance.
      const ofStates = !nationality && tokens.slice(i + 1, j + 1).some((c) => STATE_COUNT.test(c.norm));
      const type = ofStates ? 'Alliance' : 'Organization';
      addMention(doc, { id, type, name, fromGazetteer: false, affiliation: stateEntity?.id }, { kind: 'pattern', first: i, last, start, end: tokens[last]!.end });
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

// English bodies of a state named after it: "Egypt's defence ministry", "India's Ministry of Defence",
// "the Indian navy". Each phrase, the readable core name, and what a listed body of that state is called.
const BODY_PHRASES_EN: { phrases: string[]; core: string; listed: RegExp }[] = [
  {
    phrases: ['defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense', 'ministry of national defence', 'ministry of national defense'],
    core: 'Ministry of Defence',
    listed: /defen[cs]e ministry|ministry of (national )?defen[cs]e/,
  },
  { phrases: ['foreign ministry', 'ministry of foreign affairs', 'foreign office'], core: 'Ministry of Foreign Affairs', listed: /foreign ministry|ministry of foreign affairs|foreign office/ },
  { phrases: ['interior ministry', 'ministry of interior', 'ministry of the interior'], core: 'Ministry of the Interior', listed: /interior ministry|ministry of (the )?interior/ },
  { phrases: ['armed forces', 'military', 'army'], core: 'Armed Forces', listed: /armed forces|military|army/ },
  { phrases: ['navy', 'naval forces'], core: 'Navy', listed: /\bnavy\b|naval forces/ },
  { phrases: ['air force'], core: 'Air Force', listed: /air force/ },
  { phrases: ['parliament'], core: 'Parliament', listed: /parliament/ },
].map((b) => ({ ...b, phrases: [...b.phrases].sort((x, y) => y.length - x.length) }));

let listedNames: Map<string, GazetteerEntry | null> | undefined;

/** A listed organization or alliance by one of its Arabic names (folded). */
function listedByName(name: string): GazetteerEntry | null | undefined {
  if (!listedNames) {
    listedNames = new Map();
    type Listed = { id: string; type: 'Organization' | 'Alliance'; name: string; nameAr?: string; aliasesEn?: string[]; aliasesAr?: string[]; ambiguousAr?: string[]; state?: string; kind?: string };
    const records: Listed[] = [...DATA.organizations.map((o) => ({ ...o, type: 'Organization' as const })), ...DATA.alliances.map((a) => ({ ...a, type: 'Alliance' as const }))];
    for (const o of records) {
      const names = [o.name, o.nameAr, ...(o.aliasesEn ?? []), ...(o.aliasesAr ?? [])].filter((n): n is string => !!n);
      const entry: GazetteerEntry = { id: o.id, type: o.type, name: o.name, nameAr: o.nameAr, names, state: o.state, kind: o.kind };
      // A name flagged ambiguous was left out by the gazetteer for want of support: the pattern leaves it out too.
      const ambiguous = new Set((o.ambiguousAr ?? []).map(normalizeForSearch));
      for (const n of [o.nameAr, ...(o.aliasesAr ?? [])]) if (n) listedNames.set(normalizeForSearch(n), ambiguous.has(normalizeForSearch(n)) ? null : entry);
    }
  }
  return listedNames.get(name);
}

let listedByState: Map<string, GazetteerEntry[]> | undefined;

/** Listed bodies of each state (organizations.json entries with a `state`), as gazetteer entries. */
function listedBodies(state: string): GazetteerEntry[] {
  if (!listedByState) {
    listedByState = new Map();
    for (const o of DATA.organizations) {
      if (!o.state) continue;
      const names = [o.name, o.nameAr, ...(o.aliasesEn ?? []), ...(o.aliasesAr ?? [])].filter((n): n is string => !!n);
      const list = listedByState.get(o.state) ?? [];
      list.push({ id: o.id, type: 'Organization', name: o.name, nameAr: o.nameAr, names, state: o.state, kind: o.kind });
      listedByState.set(o.state, list);
    }
  }
  return listedByState.get(state) ?? [];
}

function stateBodiesEn(doc: Doc, covered: Uint8Array): void {
  const { tokens } = doc;
  for (const m of [...doc.mentions]) {
    if (m.type !== 'State' || m.kind === 'pronoun' || tokens[m.first]!.kind !== 'lat') continue;
    let k = m.last + 1;
    if (tokens[k]?.norm === "'" && tokens[k + 1]?.norm === 's') k += 2;
    if (tokens[k]?.norm === 'own') k++;
    if (tokens[k]?.kind !== 'lat' || covered[k]) continue;
    let found: { body: (typeof BODY_PHRASES_EN)[number]; phrase: string; last: number } | undefined;
    for (const body of BODY_PHRASES_EN) {
      for (const phrase of body.phrases) {
        const words = phrase.split(' ');
        if (words.every((w, d) => tokens[k + d]?.norm === w && !covered[k + d])) {
          found = { body, phrase, last: k + words.length - 1 };
          break;
        }
      }
      if (found) break;
    }
    if (!found) continue;
    const state = doc.entities.get(m.entityId)!;
    let listed = listedBodies(state.id).filter((e) => e.names.some((n) => found!.body.listed.test(n.toLowerCase())));
    // Iran's army (Artesh) and Iran's armed forces are both listed: the words of the text decide.
    if (listed.length > 1) listed = listed.filter((e) => e.names.some((n) => n.toLowerCase().includes(found!.phrase)));
    if (listed.length > 1) listed = listed.filter((e) => e.names.some((n) => n.toLowerCase().endsWith(' ' + found!.phrase)));
    const span = { kind: 'pattern' as const, first: m.first, last: found.last, start: tokens[m.first]!.start, end: tokens[found.last]!.end };
    if (listed.length === 1) {
      const e = listed[0]!;
      addMention(doc, { id: e.id, type: 'Organization', name: e.name, nameAr: e.nameAr, fromGazetteer: true, entry: e, affiliation: e.state, aliases: e.names }, span);
    } else {
      const name = `${found.body.core} of ${state.name}`;
      addMention(doc, { id: `org:${slug(name.toLowerCase())}`, type: 'Organization', name, fromGazetteer: false, affiliation: state.id }, span);
    }
    for (let c = k; c <= found.last; c++) covered[c] = 1;
  }
}

// "هيئة متابعة تنفيذ القرارات", "لجنة تقصي الحقائق", "لجنة صياغة الدستور": a committee named by its task, a verbal
// noun (indefinite, in construct) and its object.
const TASK_HEADS = /^(?:و|ف|ل)?(?:ال)?(?:هييه|لجنه)$/;
const TASK_NOUNS = new Set(
  ['متابعة', 'مراقبة', 'تنفيذ', 'تقصي', 'صياغة', 'مكافحة', 'تنسيق', 'حماية', 'تسوية', 'مساءلة', 'تحقيق', 'نزع', 'إعادة', 'إعمار', 'تطوير', 'تقييم'].map(normalizeForSearch),
);
// "التابعة للقمة العربية", "المنبثقة عن جامعة الدول العربية": the body it belongs to, part of the name.
const BELONGING = /^(?:التابعه|المنبثقه|التابع|المنبثق)$/;
// A body of a summit or of a grouping of states is itself a grouping of states (FORMAT.md: an alliance).
const SUMMIT = /^(?:لل|عن|ل)?(?:ال)?(?:قمه|قمم)$/;

function taskBodies(doc: Doc, covered: Uint8Array): void {
  const { tokens } = doc;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'ar' || covered[i] || !TASK_HEADS.test(t.norm)) continue;
    let k = i + 1;
    // One or two task nouns in construct (متابعة تنفيذ), then the definite object and its coordinates (القرارات والالتزامات).
    while (k <= i + 2 && tokens[k]?.kind === 'ar' && !covered[k] && TASK_NOUNS.has(tokens[k]!.norm)) k++;
    if (k === i + 1) continue;
    let j = k - 1;
    while (k <= j + 3 && tokens[k]?.kind === 'ar' && !covered[k] && /^(?:ال|وال)/.test(tokens[k]!.norm) && !NOT_COMPLEMENT.test(tokens[k]!.norm) && !NOT_NAME.has(tokens[k]!.norm) && !BELONGING.test(tokens[k]!.norm)) j = k++;
    if (j < i + 2 || !/^(?:ال|وال)/.test(tokens[j]!.norm)) continue;
    const core = j;
    // "التابعة للقمة العربية", "التابعة لجامعة الدول العربية": kept in the name when a summit or an alliance follows.
    let ofStates = false;
    if (BELONGING.test(tokens[j + 1]?.norm ?? '')) {
      const owner = mentionAt(doc, j + 2, ['Alliance']);
      if (owner) {
        ofStates = true;
        j = owner.last;
      } else if (SUMMIT.test(tokens[j + 2]?.norm ?? '')) {
        ofStates = true;
        j += 2;
        if (tokens[j + 1]?.kind === 'ar' && ADJECTIVE.test(tokens[j + 1]!.norm) && /^ال/.test(tokens[j + 1]!.norm)) j++;
      }
    }
    const prefix = /^(?:و|ف|ل)(?=ال|هي|لج)/.exec(t.norm)?.[0].length ?? 0;
    const start = prefix ? doc.normalized.toOriginal[t.normStart + prefix] ?? t.start : t.start;
    const surface = doc.text.slice(start, tokens[j]!.end);
    const coreSurface = doc.text.slice(start, tokens[core]!.end);
    const id = `${ofStates ? 'alliance' : 'org'}:${slug(normalizeForSearch(coreSurface))}`;
    addMention(doc, { id, type: ofStates ? 'Alliance' : 'Organization', name: surface, fromGazetteer: false, aliases: [coreSurface] }, { kind: 'pattern', first: i, last: j, start, end: tokens[j]!.end });
    for (let c = i; c <= j; c++) covered[c] = 1;
    i = j;
  }
}
