import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const opposes = (body: string) => namedRelations(body, 'OPPOSES');

describe('OPPOSES: whoever is called on to act is not the agent', () => {
  it.each([
    ['وطالبت السعودية فرنسا بالتحرك ضد قطر.', 'Saudi Arabia → Qatar', 'France → Qatar'],
    ['السعودية دعت فرنسا إلى منع قطر من امتلاك المنظومة والتحرك ضد الدوحة.', 'Saudi Arabia → Qatar', 'France → Qatar'],
    ['وحثت الولايات المتحدة تركيا على التصدي لتنظيم داعش.', 'United States → ISIS', 'Turkey → ISIS'],
  ])('%s', (sentence, expected, wrong) => {
    const found = opposes(sentence);
    expect(found).toContain(expected);
    expect(found).not.toContain(wrong);
  });
});

describe('OPPOSES: a threat to answer any act of another', () => {
  it.each([
    ['وقالت إيران إنها سترد بقوة على أي هجوم إسرائيلي.', 'Iran → Israel'],
    ['وقالت إيران إنها لن تتردد في الرد على أي هجوم إسرائيلي.', 'Iran → Israel'],
    ['Iran will respond to any attack by Israel.', 'Iran → Israel'],
  ])('%s', (sentence, expected) => expect(opposes(sentence)).toContain(expected));

  it.each([
    // Not answering, and a hypothetical act with nobody to answer it, oppose nobody.
    ['وقالت إيران إنها لم ترد على أي هجوم إسرائيلي.'],
    ['وأكدت روسيا أنها لن تسمح بأي هجوم على سوريا.'],
  ])('nothing in: %s', (sentence) => expect(opposes(sentence)).toEqual([]));
});

describe('OPPOSES: a clause with no subject goes on with the sentence’s subject', () => {
  it.each([
    ['ودعت السعودية فرنسا إلى منع قطر من امتلاك المنظومة، وهددت بتحرك عسكري ضد الدوحة.', 'Saudi Arabia → Qatar'],
    ['وذكرت الصحيفة أن السعودية دعت فرنسا إلى إقناع قطر بالتخلي عن الصفقة، ملوحة بإمكانية لجوئها إلى تحرك عسكري ضد الدوحة.', 'Saudi Arabia → Qatar'],
    ['ووصف ترامب الاتفاق بأنه سيئ، وهدد بفرض عقوبات على إيران.', 'Donald Trump → Iran'],
  ])('%s', (sentence, expected) => expect(opposes(sentence)).toContain(expected));

  it('not over a clause with a subject of its own', () =>
    expect(opposes('وزار وزير الخارجية الإيراني موسكو، وهددت الولايات المتحدة بفرض عقوبات على روسيا.')).not.toContain('Iran → Russia'));
  it('the risk of a war is still no war', () => expect(opposes('وحذرت الأمم المتحدة من خطر وقوع حرب بين إسرائيل وإيران.')).toEqual([]));
});
