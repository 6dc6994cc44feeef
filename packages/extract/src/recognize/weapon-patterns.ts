import type { WeaponCategory } from '@kg/graph-schema';
import { addMention, coveredTokens, slug, type Doc } from '../document';
import { WEAPON_HEADS } from '../lexicon';
import { normalizeForSearch } from '../text/normalize';
import type { Token } from '../text/tokenize';

// What a head word says about the weapon after it.
const CATEGORY_BY_HEAD: [RegExp, WeaponCategory][] = [
  [/صاروخ|صواريخ|missile|rocket/, 'missile'],
  [/مروحي|هليكوبتر|helicopter/, 'helicopter'],
  [/مقاتل|قاذف|fighter|jet|bomber/, 'combat-aircraft'],
  [/دباب|مدرع|tank/, 'armour'],
  [/مسير|درون|drone/, 'drone'],
  [/غواص|submarine/, 'submarine'],
  [/فرقاط|مدمر|سفين|frigate|destroyer/, 'ship'],
  [/راجم|مدفع|مدافع|launcher/, 'artillery'],
];
const OPENERS = new Set(['(', '"', "'", '«', '[']);
const SKIP_AFTER_HEAD = new Set(['من', 'طراز', 'نوع', 'of', 'type', 'class', 'model', 'the']);

function isHead(t: Token | undefined): boolean {
  if (!t) return false;
  return WEAPON_HEADS.has(t.norm) || (t.kind === 'ar' && WEAPON_HEADS.has(t.norm.replace(/^(و|ف|ب|ل|ك|وب|ول|بال|وال|لل|ال)/, '')));
}

/** A model designator at token i: "J-10C", "HQ-9", "AASM", "ايل -20", "تي 72". Returns its last token. */
function designatorAt(tokens: Token[], i: number, text: string): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let k = i;
  const next = (j: number) => (tokens[j + 1]?.norm === '-' ? j + 2 : j + 1);
  if (t.kind === 'lat') {
    const surface = text.slice(t.start, t.end);
    if (!/^[A-Z]/.test(surface) || surface.length > 6) return undefined;
    const n = tokens[next(k)];
    // Letters and number written together or hyphenated (J-10, HQ9), or an acronym alone (AASM).
    if (n?.kind === 'num' && n.norm.length <= 4 && (!n.spaceBefore || tokens[k + 1]?.norm === '-')) k = next(k);
    else if (!/^[A-Z]{2,6}$/.test(surface)) return undefined;
    const suffix = tokens[k + 1];
    if (suffix?.kind === 'lat' && !suffix.spaceBefore && suffix.norm.length <= 3) k++;
    return k;
  }
  if (t.kind === 'ar' && t.norm.length <= 4) {
    const n = tokens[next(k)];
    if (n?.kind === 'num') return next(k);
  }
  return undefined;
}

/**
 * Weapons not in the gazetteer, by their designator after a weapon word: "طائرات من طراز (إيل -20)",
 * "صواريخ HQ-9", "the J-10C fighter", "AASM powered smart bomb".
 */
export function recognizeWeaponPatterns(doc: Doc): void {
  const covered = coveredTokens(doc);
  const { tokens, text } = doc;
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h]!;
    let start: number | undefined;
    if (isHead(head)) {
      let k = h + 1;
      while (k < tokens.length && k <= h + 3 && (SKIP_AFTER_HEAD.has(tokens[k]!.norm) || OPENERS.has(tokens[k]!.norm))) k++;
      start = k;
    }
    if (start === undefined) continue;
    if (covered[start]) continue;
    const last = designatorAt(tokens, start, text);
    if (last === undefined || [...Array(last - start + 1).keys()].some((d) => covered[start! + d])) continue;
    addWeapon(doc, start, last, head.norm);
    for (let c = start; c <= last; c++) covered[c] = 1;
  }
  // English order: designator first, weapon word within three words after ("J-10C fighter", "AASM powered smart bomb").
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || tokens[i]!.kind !== 'lat') continue;
    const last = designatorAt(tokens, i, text);
    if (last === undefined) continue;
    const headAfter = [1, 2, 3].map((d) => tokens[last + d]).find((t) => t && /^(missiles?|rockets?|jets?|fighters?|bombs?|drones?|helicopters?|tanks?|systems?|submarines?|frigates?|launchers?|aircraft)$/.test(t.norm));
    if (!headAfter) continue;
    addWeapon(doc, i, last, headAfter.norm);
    for (let c = i; c <= last; c++) covered[c] = 1;
    i = last;
  }
}

function addWeapon(doc: Doc, first: number, last: number, headWord: string): void {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  const surface = doc.text.slice(start, end);
  const category = CATEGORY_BY_HEAD.find(([re]) => re.test(headWord))?.[1] ?? 'other';
  addMention(doc, { id: `weapon:${slug(normalizeForSearch(surface))}`, type: 'Weapon', name: surface, fromGazetteer: false, category }, { kind: 'pattern', first, last, start, end });
}
