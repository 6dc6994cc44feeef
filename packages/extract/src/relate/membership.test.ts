import { describe, expect, it } from '@jest/globals';
import { extract } from '../extract';

function members(body: string): string[] {
  const r = extract({ title: '', body }, { keepUnrelated: true });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.relations.filter((x) => x.type === 'MEMBER_OF').map((x) => `${name(x.source)} → ${name(x.target)}`);
}

describe('MEMBER_OF', () => {
  it.each([
    // A membership word tied to the alliance.
    ['ويضم حلف شمال الأطلسي كلا من ألمانيا وفرنسا.', 'Germany → NATO'],
    // A known member named right next to its alliance.
    ['قال إن تركيا العضو في حلف شمال الأطلسي لن تتخلى عن الصفقة.', 'Turkey → NATO'],
    ['Canada and Germany are members of NATO.', 'Germany → NATO'],
  ])('%s', (sentence, expected) => expect(members(sentence)).toContain(expected));

  it.each([
    // The state where a summit is held is no member by being named.
    ['افتتحت القمة السنوية لجامعة الدول العربية أعمالها الأحد في السعودية لبحث ملفات إيران واليمن.'],
    // Officials of a state quoted in a sentence about an alliance.
    ['وقال مسؤولون في البيت الأبيض إن الخطة تقضي بتشكيل نسخة عربية من حلف شمال الأطلسي.'],
    // A state fought by a coalition, named far from it.
    ['وأكدت ميليشيات الحوثي المدعومة من إيران أنها صدت هجوما شنته القوات اليمنية مدعومة بطائرات التحالف العربي قرب الحديدة.'],
  ])('nothing in: %s', (sentence) => expect(members(sentence)).toEqual([]));
});
