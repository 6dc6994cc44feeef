import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const members = (body: string) => namedRelations(body, 'MEMBER_OF');

describe('MEMBER_OF', () => {
  it.each([
    // A membership word.
    ['ويضم حلف شمال الأطلسي كلا من ألمانيا وفرنسا.', 'Germany → NATO'],
    ['قال إن تركيا العضو في حلف شمال الأطلسي لن تتخلى عن الصفقة.', 'Turkey → NATO'],
    ['Canada and Germany are members of NATO.', 'Germany → NATO'],
  ])('%s', (sentence, expected) => expect(members(sentence)).toContain(expected));

  it.each([
    // The state where a summit is held is no member by being named.
    ['افتتحت القمة السنوية لجامعة الدول العربية أعمالها الأحد في السعودية.'],
    // A coalition fighting in a country: the country is a place.
    ['وأعلن التحالف في اليمن اعتراض صاروخ باليستي أطلق باتجاه المملكة.'],
  ])('nothing in: %s', (sentence) => expect(members(sentence)).toEqual([]));
});
