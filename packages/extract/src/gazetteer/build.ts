import type { EntityType } from '@kg/graph-schema';
import { nameTokens } from '../text/tokenize';
import { normalizeForSearch } from '../text/normalize';
import { demonymForms, nisbaForms } from './arabic-forms';
import type { FormKind, GazetteerEntry, NameForm } from './entry';
import type { DATA } from './data';
import type { TitleRecord } from './records';

export interface TitleForm {
  title: TitleRecord;
  tokens: string[];
}

/**
 * Transliterated names drop or add long vowels (بوتين / بوتن, ستولتنبرغ / ستولتنبيرغ): the skeleton
 * keeps the first letter and drops ا و ي after it. Used for people's Arabic names only.
 */
export function skeleton(word: string): string {
  return word[0] + word.slice(1).replace(/[اوي]/g, '');
}

export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  /** Officials' Arabic name forms by the skeleton of their first word. */
  officialSkeletons: Map<string, NameForm[]>;
  /** Name forms by their first token, longest first. */
  formsByFirst: Map<string, NameForm[]>;
  titlesByFirst: Map<string, TitleForm[]>;
  commonWords: Set<string>;
  givenNames: Set<string>;
}

type Data = typeof DATA;

function latinCase(raw: string): NameForm['latinCase'] {
  if (!/^[A-Za-z]/.test(raw)) return 'any';
  if (/^[A-Z.\s-]{2,6}$/.test(raw)) return 'upper';
  return /^[A-Z]/.test(raw) ? 'cap' : 'any';
}

function addForm(index: Map<string, NameForm[]>, entry: GazetteerEntry, raw: string | string[], kind: FormKind, needsContext = false) {
  const tokens = Array.isArray(raw) ? raw : nameTokens(raw);
  const casing = Array.isArray(raw) ? 'any' : latinCase(raw);
  if (tokens.length === 0) return;
  const list = index.get(tokens[0]!) ?? [];
  const same = list.find((f) => f.entry === entry && f.tokens.join(' ') === tokens.join(' '));
  if (same) {
    // Keep the least restrictive spelling rule: "THAAD" must not block the alias "Thaad".
    const order = { any: 0, cap: 1, upper: 2 } as const;
    if (order[casing] < order[same.latinCase]) same.latinCase = casing;
    same.needsContext &&= needsContext;
    return;
  }
  list.push({ entry, tokens, kind, needsContext, latinCase: casing });
  index.set(tokens[0]!, list);
}

export function buildGazetteer(data: Data): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const formsByFirst = new Map<string, NameForm[]>();
  const put = (e: GazetteerEntry) => {
    if (!entries.has(e.id)) entries.set(e.id, e);
    return entries.get(e.id)!;
  };
  const simple = (
    type: EntityType,
    records: { id: string; name: string; nameAr?: string; aliasesEn?: string[]; aliasesAr?: string[]; needsContext?: boolean; ambiguousAr?: string[]; ambiguousEn?: string[] }[],
    extra: (r: never) => Partial<GazetteerEntry> = () => ({}),
  ) => {
    for (const r of records) {
      const names = [r.name, r.nameAr, ...(r.aliasesEn ?? []), ...(r.aliasesAr ?? [])].filter((n): n is string => !!n);
      const entry = put({ id: r.id, type, name: r.name, nameAr: r.nameAr, names, ...extra(r as never) });
      const ambiguous = new Set([...(r.ambiguousAr ?? []), ...(r.ambiguousEn ?? [])].map(normalizeForSearch));
      for (const n of names) addForm(formsByFirst, entry, n, 'name', !!r.needsContext || ambiguous.has(normalizeForSearch(n)));
    }
  };

  for (const s of data.states) {
    const names = [s.name, s.nameAr, ...(s.aliasesEn ?? []), ...(s.aliasesAr ?? [])];
    const entry = put({ id: s.id, type: 'State', name: s.name, nameAr: s.nameAr, names });
    const ambiguous = new Set([...(s.ambiguousAr ?? []), ...(s.ambiguousEn ?? [])].map(normalizeForSearch));
    const ctx = (n: string) => ambiguous.has(normalizeForSearch(n));
    for (const n of names) addForm(formsByFirst, entry, n, 'name', ctx(n));
    for (const d of s.demonymsEn ?? []) for (const f of demonymForms(d)) addForm(formsByFirst, entry, f, 'demonym');
    for (const c of s.capitalEn ?? []) if (/^[A-Z]/.test(c)) addForm(formsByFirst, entry, c, 'capital');
    for (const n of s.nisbaAr ?? []) {
      const words = nameTokens(n);
      if (ctx(n)) {
        // The bare adjective is also a given name (تركي Turki, جورجي Georgi), but with the article
        // it can only be the adjective: التركي، التركية، التركيين. The data lists a definite form as
        // ambiguous too where it has another common reading (المقدوني: Alexander's epithet).
        for (const f of nisbaForms(words)) {
          const definite = ['ال' + f[0]!, ...f.slice(1)];
          if (!ctx(definite.join(' '))) addForm(formsByFirst, entry, definite, 'demonym');
        }
        // Broken plurals (أتراك) are no given names.
        for (const p of data.arabicPlurals[words.join(' ')] ?? []) if (!ctx(p)) addForm(formsByFirst, entry, p, 'demonym');
        continue;
      }
      for (const f of nisbaForms(words)) addForm(formsByFirst, entry, f, 'demonym');
      for (const p of data.arabicPlurals[words.join(' ')] ?? []) addForm(formsByFirst, entry, p, 'demonym');
    }
    for (const c of [...(s.capitalEn ?? []), ...(s.capitalAr ?? [])]) addForm(formsByFirst, entry, c, 'capital', ctx(c));
    for (const c of [...(s.seatsEn ?? []), ...(s.seatsAr ?? [])]) addForm(formsByFirst, entry, c, 'seat', ctx(c));
  }
  simple('Alliance', data.alliances, (r: { members?: string[] }) => ({ members: r.members }));
  simple('Organization', data.organizations, (r: { state?: string; kind?: string; parent?: string }) => ({ state: r.state, kind: r.kind, parent: r.parent }));
  simple('Weapon', data.weapons, (r: { category: GazetteerEntry['category']; origin?: string }) => ({ category: r.category, origin: r.origin }));
  simple('Official', data.officials, (r: { state?: string; body?: string; titles?: string[] }) => ({ state: r.state ?? r.body, ...(r.titles ? { titles: r.titles } : {}) }));
  for (const o of data.officials) {
    if (!o.state || !o.inStateContextAr) continue;
    for (const raw of o.inStateContextAr) {
      const tokens = nameTokens(raw);
      const form = formsByFirst.get(tokens[0]!)?.find((f) => f.entry.id === o.id && f.tokens.join(' ') === tokens.join(' '));
      if (form) form.stateContext = o.state;
    }
  }

  // Skeleton index of officials' Arabic names of two words or more (one word is too loose).
  const officialSkeletons = new Map<string, NameForm[]>();
  for (const list of formsByFirst.values())
    for (const f of list) {
      if (f.entry.type !== 'Official' || f.tokens.length < 2 || !/^[\u0621-\u064A]/.test(f.tokens[0]!)) continue;
      const key = skeleton(f.tokens[0]!);
      const forms = officialSkeletons.get(key) ?? [];
      forms.push({ ...f, tokens: f.tokens.map(skeleton) });
      officialSkeletons.set(key, forms);
    }

  const blocked: GazetteerEntry = { id: 'blocker', type: 'State', name: 'blocker', names: [] };
  for (const phrase of data.blockers) addForm(formsByFirst, blocked, phrase, 'blocker');

  for (const list of formsByFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const titlesByFirst = new Map<string, TitleForm[]>();
  for (const t of data.titles) {
    for (const raw of [t.en, ...(t.enAliases ?? []), ...(t.ar ?? []), ...(t.arAliases ?? [])]) {
      const tokens = nameTokens(raw);
      if (!tokens.length) continue;
      const list = titlesByFirst.get(tokens[0]!) ?? [];
      list.push({ title: t, tokens });
      titlesByFirst.set(tokens[0]!, list);
    }
  }
  for (const list of titlesByFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const commonWords = new Set(data.commonWordsAr);
  const givenNames = new Set(data.givenNamesAr.map(normalizeForSearch));
  return { entries, formsByFirst, officialSkeletons, titlesByFirst, commonWords, givenNames };
}
