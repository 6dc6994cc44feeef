import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const pairs = (body: string, type: 'OPPOSES' | 'COOPERATES_WITH' | 'SUPPLIED') => namedRelations(body, type);
const opposes = (body: string) => pairs(body, 'OPPOSES');
const cooperates = (body: string) => pairs(body, 'COOPERATES_WITH');
const supplied = (body: string) => pairs(body, 'SUPPLIED');

describe('OPPOSES', () => {
  it.each([
    ['فرضت الولايات المتحدة عقوبات جديدة على إيران.', 'United States → Iran'],
    ['The United States imposed new sanctions on Iran.', 'United States → Iran'],
    // The nationality adjective after the act names its agent.
    ['نددت الحكومة بالغارات الإسرائيلية على سوريا.', 'Israel → Syria'],
    ['قالت دمشق إنها تعرضت لعدوان أمريكي.', 'United States → Syria'],
    // The genitive of sanctions: a body imposes them, a state is under them.
    ['حذرت روسيا الولايات المتحدة من عقوبات كوريا الشمالية.', 'United States → North Korea'],
    // VSO with the diplomatic object after the list of agents.
    ['قطعت السعودية والبحرين علاقاتهما الدبلوماسية مع قطر.', 'Saudi Arabia → Qatar'],
    ['طردت بريطانيا عشرات الدبلوماسيين الروس.', 'United Kingdom → Russia'],
  ])('%s', (sentence, expected) => expect(opposes(sentence)).toContain(expected));

  it.each([
    // Negated or undone acts oppose nobody.
    ['أكدت الولايات المتحدة أنها لن تفرض عقوبات جديدة على كوريا الشمالية.'],
    ['قال الرئيس إن واشنطن تدرس رفع العقوبات عن كوريا الشمالية.'],
    ['Turkey agreed to lift its opposition to Sweden joining NATO.'],
    // A war in a country is fought there, not against it.
    ['تستمر الحرب في اليمن منذ سنوات بحسب الأمم المتحدة.'],
    ['Leaders met amid the war in Ukraine.'],
    // Warships are not a war.
    ['رصدت البحرية اقتراب سفن إيرانية من سفن حربية أميركية في الخليج.'],
    // Video clips (مقاطع) are not a boycott (مقاطعة).
    ['نفى مصدر في الجيش السوري انتشار مقاطع فيديو عن قصف المطار.'],
    // A speaker is not the agent of what it reports.
    ['وقال المرصد السوري لحقوق الإنسان إن الضربات استهدفت مواقع للجيش السوري.'],
    // Withdrawing one's own troops is not hostility to the country they leave.
    ['قرر ترامب سحب القوات الأمريكية من سوريا.'],
  ])('nothing in: %s', (sentence) => expect(opposes(sentence)).toEqual([]));

  it('does not read the victim of a strike as its agent', () => {
    expect(opposes('وقال الجيش إن إسرائيل تعرضت لضربات من الأراضي السورية.')).not.toContain('Israel → Syria');
  });
  it('does not take a place or an origin as the agent', () => {
    expect(opposes('تشن القوات العراقية عمليات في سوريا لمحاربة داعش.')).not.toContain('Syria → ISIS');
  });
  it('does not take a fighter alongside a partner as its enemy', () => {
    expect(opposes('يخوض الأردن الحرب على الإرهاب جنبا إلى جنب مع الولايات المتحدة.')).not.toContain('Jordan → United States');
  });
  it('reads side-by-side nationality adjectives as joint agents', () => {
    const found = opposes('أعلنت الحكومة السورية عن تعرضها لعدوان أمريكي فرنسي بريطاني.');
    expect(found).toEqual(expect.arrayContaining(['United States → Syria', 'France → Syria', 'United Kingdom → Syria']));
  });
});

describe('COOPERATES_WITH', () => {
  it.each([
    ['بحث الجانبان سبل تعزيز العلاقات بين الصين والإمارات.', ['China', 'United Arab Emirates']],
    ['Canada and the United States have strong ties.', ['Canada', 'United States']],
    ['وقعت مصر وروسيا مذكرة تفاهم في المجال العسكري.', ['Egypt', 'Russia']],
  ])('%s', (sentence, [a, b]) => {
    const found = cooperates(sentence);
    expect(found.some((p) => p === `${a} → ${b}` || p === `${b} → ${a}`)).toBe(true);
  });
  it.each([
    // Relations that sour, or are merely talked about, are no cooperation.
    ['ساءت العلاقات بين الصين وتايوان منذ عام 2016.'],
    ['تريد إيران إصلاح العلاقات مع السعودية والإمارات.'],
    ['ناقش المجلس القرارات المتعلقة بالعلاقات مع إسرائيل والولايات المتحدة.'],
    // The target of a strike is not a partner of those who coordinated it.
    ['شاركت فرنسا في الضربة على سوريا بالتنسيق مع الولايات المتحدة.'],
  ])('nothing in: %s', (sentence) => expect(cooperates(sentence).filter((p) => /Syria|Israel|Taiwan|Iran/.test(p))).toEqual([]));
});

describe('SUPPLIED', () => {
  it('needs arms: handing over a person or a city supplies nothing', () => {
    expect(supplied('تبحث بريطانيا تسليم رجل أعمال تركي إلى أنقرة.')).toEqual([]);
    expect(supplied('قالت أنقرة إنها لا تعتزم تسليم المدينة للحكومة السورية.')).toEqual([]);
  });
  it('reads an arms transfer named by a two-word phrase', () => {
    expect(supplied('تتهم واشنطن إيران بنقل أسلحة إلى الحوثيين في اليمن.')).toContain('Iran → Houthis');
  });
  it('takes the nationality adjective of the goods as the supplier, not the recipient', () => {
    const found = supplied('اعترضت إسرائيل على تسليم المنظومة الدفاعية الروسية إلى دمشق.');
    expect(found).not.toContain('Israel → Russia');
    expect(found).toContain('Russia → Syria');
  });
});

describe('COOPERATES_WITH in apposition', () => {
  it('takes the state before "، الحليف" as the ally even after a preposition', () => {
    const found = cooperates('تخشى الدول من عدم الاستقرار في الأردن، الحليف القوي للولايات المتحدة.');
    expect(found.some((p) => /Jordan/.test(p) && /United States/.test(p))).toBe(true);
  });
});

describe('OPPOSES: sides, relative clauses, places written on the name', () => {
  it('reads both sides of a conflict between two parties', () => {
    const found = opposes('تصاعد القتال بين الحوثيين والتحالف العربي قرب الحديدة.');
    expect(found).toEqual(expect.arrayContaining(['Houthis → Saudi-led coalition in Yemen', 'Saudi-led coalition in Yemen → Houthis']));
  });
  it('does not take the place of an attack in a relative clause as its target', () => {
    expect(opposes('دعا مجلس الأمن إلى التحقيق في الهجوم الذي شهدته مدينة يمنية.')).toEqual([]);
  });
  it('does not take a name with ب written on it as a target', () => {
    expect(opposes('قالت الإمارات إن مشاركتها في الحرب دليل التزام باليمن.')).not.toContain('United Arab Emirates → Yemen');
  });
  it('does not read the owner of an attacked site as the victim when the site is named', () => {
    expect(opposes('نفى مصدر بالجيش السوري تعرض مطار المزة إلى هجوم إسرائيلي.')).toEqual([]);
  });
});

describe('OPPOSES: risk is not war', () => {
  it.each([['قال الخبراء إن القمة قللت من خطر وقوع حرب نووية بين الولايات المتحدة وكوريا الشمالية.'], ['Leaders warned of the risk of war between India and Pakistan.']])(
    'nothing in: %s',
    (sentence) => expect(opposes(sentence)).toEqual([]),
  );
});

describe('OPPOSES: expulsion', () => {
  it('reads driving an armed group out as opposing it', () => {
    expect(opposes('تمكنت قوات سوريا الديمقراطية من طرد تنظيم داعش من المدينة.')).toContain('Syrian Democratic Forces → ISIS');
  });
  it('reads expelling an attaché as a hostile act', () => {
    expect(opposes('طردت إستونيا الملحق العسكري الروسي.')).toContain('Estonia → Russia');
  });
});
describe('COOPERATES_WITH: strength of relations', () => {
  it('reads the strength of relations as cooperation', () => {
    const found = cooperates('ينظر إلى الزيارة على أنها مؤشر لقوة العلاقات بين روسيا وتركيا.');
    expect(found.some((p) => /Russia/.test(p) && /Turkey/.test(p))).toBe(true);
  });
});
