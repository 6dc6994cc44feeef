import { describe, expect, it } from '@jest/globals';
import { tokenize } from '../text/tokenize';
import { acquisitionStatus } from './triggers';
import { extract } from '../extract';

const status = (s: string) => acquisitionStatus(tokenize(s).tokens);

describe('acquisitionStatus', () => {
  it.each([
    ['سلمت روسيا منظومة إس-300 إلى سوريا', 'delivered'],
    ['روسيا ستسلم سوريا منظومة إس-300', 'ordered'],
    ['سيتم تسليم الطائرات العام المقبل', 'ordered'],
    ['وقعت قطر صفقة لشراء 24 مقاتلة', 'ordered'],
    ['تجري مفاوضات لاقتناء المنظومة', 'negotiating'],
    ['غير أن الحديث عن الصفقة توقف', 'halted'],
    ['الرياض بين الدول المرشحة لشراء المنظومة', 'considered'],
    ['Russia delivered the S-300 to Syria', 'delivered'],
    ['MBDA will supply Egypt the Mica NG missile', 'ordered'],
    ['Turkey is negotiating the purchase of Patriot', 'negotiating'],
  ])('%s → %s', (sentence, expected) => expect(status(sentence)).toBe(expected));
});

describe('arms relations', () => {
  it('leaves out weapons a deal excludes', () => {
    const r = extract({ title: '', body: 'MBDA will supply Egypt the Mica NG missile, but the package excludes Meteor missiles.' });
    const names = r.relations.filter((x) => x.type === 'ACQUIRES').map((x) => r.entities.find((e) => e.id === x.target)?.name);
    expect(names).not.toContain('Meteor');
  });
  it('names the buyer and the supplier of a delivery', () => {
    const r = extract({ title: '', body: 'أعلنت موسكو تسليم الجيش السوري صواريخ من طراز إس-300، وقالت إن روسيا سلمت المنظومة إلى سوريا.' });
    const byName = (id: string) => r.entities.find((e) => e.id === id)?.name;
    const acq = r.relations.find((x) => x.type === 'ACQUIRES' && byName(x.target) === 'S-300');
    expect(acq && byName(acq.source)).toBe('Syria');
    expect(acq?.status).toBe('delivered');
    expect(r.relations.some((x) => x.type === 'SUPPLIED' && byName(x.source) === 'Russia' && byName(x.target) === 'Syria')).toBe(true);
  });
});

describe('names as the press writes them', () => {
  it('finds a known official spelled with other long vowels or a hashtag', () => {
    const r = extract({ title: '', body: 'قال الرئيس الروسي فلاديمير بوتن إن بلاده مستعدة، وقال الرئيس الأمريكي دونالد #ترمب إن واشنطن سترد.' });
    const putin = r.entities.find((e) => e.name === 'Vladimir Putin');
    expect(putin?.aliases).toContain('فلاديمير بوتن');
    expect(r.entities.find((e) => e.name === 'Donald Trump')).toBeDefined();
    expect(r.entities.some((e) => e.type === 'Official' && /^(فلاديمير|دونالد)$/.test(e.name))).toBe(false);
  });
});

describe('weapons by designator', () => {
  it('finds a model after a weapon word although no data file lists it', () => {
    const r = extract({ title: '', body: 'أعلنت باكستان أنها تسلمت طائرات من طراز (JF-99) من الصين، وقالت إن الصين سلمت الطائرات إلى باكستان.' });
    const w = r.entities.find((e) => e.type === 'Weapon');
    expect(w?.name).toBe('JF-99');
    expect(w?.fromGazetteer).toBe(false);
  });
});

describe('organisations by pattern', () => {
  it('names a national body in English and ties a later bare mention to it', () => {
    const r = extract({ title: '', body: 'أعلنت وزارة الدفاع الماليزية تسلم الطائرات. وقالت وزارة الدفاع إن الطائرات وصلت إلى كوالالمبور.' }, { keepUnrelated: true });
    const mod = r.entities.find((e) => e.type === 'Organization');
    expect(mod?.name).toBe('Ministry of Defence of Malaysia');
    expect(mod?.mentions.map((m) => m.text)).toEqual(['وزارة الدفاع الماليزية', 'وزارة الدفاع']);
    expect(r.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
    expect(r.relations.some((x) => x.type === 'PART_OF' && x.source === mod?.id && x.target === 'state:malaysia')).toBe(true);
  });
});

describe('trigger stems with a hamza', () => {
  // Tokens are folded (ء dropped, ئ → ي): the stems must be folded the same way to match at all.
  it.each([
    ['أعلنت الحكومة إلغاء صفقة الطائرات', 'halted'],
    ['وأعلنت الوزارة إلغاء عقد شراء المروحيات', 'halted'],
  ])('%s → %s', (sentence, expected) => expect(status(sentence)).toBe(expected));
});
