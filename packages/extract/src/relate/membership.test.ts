import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const members = (body: string) => namedRelations(body, 'MEMBER_OF');

describe('MEMBER_OF', () => {
  it.each([
    // A membership word.
    ['ويضم حلف شمال الأطلسي كلا من ألمانيا وفرنسا.', 'Germany → NATO'],
    ['قال إن تركيا العضو في حلف شمال الأطلسي لن تتخلى عن الصفقة.', 'Turkey → NATO'],
    ['Canada and Germany are members of NATO.', 'Germany → NATO'],
    // A list after a word of composition, for an alliance with no known member list.
    ['قال المسؤول إن التحالف الإسلامي العسكري لمحاربة الإرهاب يضم باكستان وماليزيا ونيجيريا.', 'Nigeria → Islamic Military Counter Terrorism Coalition'],
    // A list in brackets right after the alliance.
    ['وقررت مجموعة دول الساحل الخمس (بوركينا فاسو وتشاد وموريتانيا) تشكيل قوة مشتركة.', 'Mauritania → G5 Sahel'],
    ['وقررت مجموعة دول الساحل الخمس (تشاد) تشكيل قوة.', 'Chad → G5 Sahel'],
    // English member nouns around the alliance.
    ['NATO member Greece objected to the plan.', 'Greece → NATO'],
    ['Greece, a NATO member, objected to the plan.', 'Greece → NATO'],
    // Leading it.
    ['وقال المتحدث باسم التحالف العربي الذي تقوده السعودية إن الدفاعات الجوية اعترضت صاروخا.', 'Saudi Arabia → Saudi-led coalition in Yemen'],
    ['وأعلن التحالف الدولي ضد داعش بقيادة الولايات المتحدة مقتل قيادي في التنظيم.', 'United States → Global Coalition to Defeat ISIS'],
    // Taking part in it.
    ['وتنتشر في المدينة قوات أمريكية وفرنسية ضمن التحالف الدولي ضد داعش.', 'France → Global Coalition to Defeat ISIS'],
    // "دول مجلس التعاون" in a list stands for the council's members named in the article.
    ['وتقع الكويت وقطر على الخليج. وقال إن تحالف الشرق الأوسط الاستراتيجي سيضم دول مجلس التعاون الخليجي بالإضافة إلى مصر والأردن.', 'Qatar → Middle East Strategic Alliance'],
  ])('%s', (sentence, expected) => expect(members(sentence)).toContain(expected));

  it.each([
    // The state where a summit is held is no member by being named.
    ['افتتحت القمة السنوية لجامعة الدول العربية أعمالها الأحد في السعودية.'],
    // A coalition fighting in a country: the country is a place.
    ['وأعلن التحالف في اليمن اعتراض صاروخ باليستي أطلق باتجاه المملكة.'],
    // Named near an alliance with no member list, without any word of membership.
    ['وقتل عشرة من مسلحي الميليشيات الموالية لإيران بينهم قادة في غارات لطائرات التحالف العربي.'],
    // An alliance named in an official's title says nothing about the states around it.
    ['والتقى وزير الخارجية الفرنسي نظيره المصري والأمين العام للجامعة العربية في القاهرة.'],
  ])('nothing in: %s', (sentence) => expect(members(sentence)).toEqual([]));

  it("a committee's members belong to the committee, not to the organisation it reports to", () => {
    const found = members('وتعقد لجنة متابعة القرارات التابعة لجامعة الدول العربية اجتماعها بمشاركة أعضاء اللجنة وهم: تونس والأردن والسودان.');
    expect(found.filter((r) => r.endsWith('Arab League'))).toEqual([]);
  });

  it('a list after a composition verb goes to the alliance that is its subject', () => {
    const found = members('وتضم اللجنة الرباعية العربية بالإضافة إلى الإمارات كلا من: البحرين ومصر والأمين العام لجامعة الدول العربية.');
    expect(found.filter((r) => r.endsWith('Arab League'))).toEqual([]);
  });
});
