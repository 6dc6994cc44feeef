import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const deployed = (body: string) => namedRelations(body, 'DEPLOYED_IN');

describe('DEPLOYED_IN', () => {
  it.each([
    // A sending verb lets the sender stand further from the force noun.
    ['Britain will send 440 more troops to Afghanistan.', 'United Kingdom → Afghanistan'],
    ['أرسلت تركيا تعزيزات عسكرية إلى سوريا.', 'Turkey → Syria'],
    // An alliance has forces abroad as one.
    ['NATO has about 16,000 troops in Afghanistan.', 'NATO → Afghanistan'],
    // The force noun's genitive.
    ['وتستمر مهمة حلف الأطلسي للتدريب في أفغانستان.', 'NATO → Afghanistan'],
    ['وتحدث التقرير عن قواعد روسيا في سوريا.', 'Russia → Syria'],
  ])('%s', (sentence, expected) => expect(deployed(sentence)).toContain(expected));

  it.each([
    // A place that only sounds like a state (Fort Bragg is not Prague).
    ['تولت قيادة قوات الجيش الأمريكي في فورت براغ بولاية نورث كارولاينا.'],
    // A force at home.
    ['وأرسل الجيش المصري تعزيزات إلى سيناء في مصر.'],
  ])('nothing from %s', (sentence) => expect(deployed(sentence)).toEqual([]));
});
