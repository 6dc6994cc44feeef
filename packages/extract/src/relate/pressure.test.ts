import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const opposes = (body: string) => namedRelations(body, 'OPPOSES');

describe('OPPOSES from pressure put on someone', () => {
  it.each([
    ['وتمارس الولايات المتحدة ضغوطا على إيران لوقف برنامجها النووي.', 'United States → Iran'],
    ['وقالت مصادر إن الضغط الأمريكي على تركيا تزايد.', 'United States → Turkey'],
    ['The United States kept up pressure on Iran.', 'United States → Iran'],
    ['اجتمع قادة حلف شمال الأطلسي في بروكسل. ودعا قادة الحلف جميع الدول إلى مواصلة الضغط الحاسم على كوريا الشمالية.', 'NATO → North Korea'],
  ])('%s', (sentence, expected) => expect(opposes(sentence)).toContain(expected));

  it.each([
    // Pressure suffered, or from someone, or no one pressed.
    ['وقال إن الحكومة العراقية تتعرض لضغوط من إيران.'],
    ['وتعمل مصر تحت ضغط على الحدود مع ليبيا.'],
    ['Egypt is under pressure from Saudi Arabia.'],
  ])('nothing in: %s', (sentence) => expect(opposes(sentence)).toEqual([]));
});
