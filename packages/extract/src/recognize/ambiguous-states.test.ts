import { describe, expect, it } from '@jest/globals';
import { createDoc, type Doc } from '../document';
import { buildGazetteer } from '../gazetteer/build';
import { DATA } from '../gazetteer/data';
import { recognizeKnownEntities } from './known-entities';

const gaz = buildGazetteer(DATA);
function states(text: string): string[] {
  const doc: Doc = createDoc(text);
  recognizeKnownEntities(doc, gaz);
  return [...doc.entities.values()].filter((e) => e.type === 'State' && e.mentions.length > 0).map((e) => e.id);
}

describe('English state names that are also words or names', () => {
  it('takes them in a list of states, with a body of the state, or with another state in the sentence', () => {
    expect(states('Ministers from Chad, Niger and Mali met in the capital.')).toEqual(expect.arrayContaining(['state:chad', 'state:niger', 'state:mali']));
    expect(states('Jordan and Egypt held talks on the border crossing.')).toContain('state:jordan');
    expect(states('Moscow delivered missiles to Turkey despite objections from Greece.')).toContain('state:turkey');
    expect(states("Chad's army said it repelled the attack.")).toContain('state:chad');
    expect(states('The president of Niger received the envoy.')).toContain('state:niger');
  });
  it('keeps the word readings out', () => {
    expect(states('Families ate turkey, then watched Michael Jordan highlights.')).toEqual([]);
    expect(states("Georgia's governor signed the bill in Atlanta.")).toEqual([]);
    expect(states('The U.S. state of Georgia and the US government agreed.')).not.toContain('state:georgia');
    expect(states('Mr. Jordan met Russia\'s envoy.')).not.toContain('state:jordan');
    expect(states('The Jordan River feeds the Dead Sea, Israel says.')).not.toContain('state:jordan');
  });
});

describe('مالي and النيجر', () => {
  it('are states in a list of states or after a body of the state', () => {
    expect(states('أرسلت فرنسا قوات إلى مالي والنيجر وتشاد.')).toEqual(expect.arrayContaining(['state:mali', 'state:niger', 'state:chad']));
    expect(states('أعلنت حكومة مالي حالة الطوارئ.')).toContain('state:mali');
    expect(states('انتشر الجنود في مالي بعد هجوم قرب الحدود مع الجزائر.')).toContain('state:mali');
  });
  it('are never the adjective "financial" or the river', () => {
    expect(states('قدمت السعودية دعم مالي لمصر.')).not.toContain('state:mali');
    expect(states('تعاني مصر من الوضع المالي الصعب.')).not.toContain('state:mali');
    expect(states('وصل الدعم المالي القطري إلى مالي والنيجر.').filter((id) => id === 'state:mali')).toHaveLength(1);
    expect(states('فاض نهر النيجر في مالي.')).not.toContain('state:niger');
  });
  it('is no state in a sentence about football', () => {
    expect(states('تلعب الدنمارك ضد بيرو في مباراة المجموعة الثالثة.')).not.toContain('state:peru');
  });
});

describe('a needs-context state invited to join', () => {
  it('is a state', () => {
    expect(states('ووافق الحلف على دعوة مقدونيا للانضمام إليه.')).toContain('state:north-macedonia');
    expect(states('The alliance invited Macedonia to join.')).toContain('state:north-macedonia');
  });
  it('is not without the joining', () => {
    expect(states('The alliance invited Macedonia singers to the gala.')).not.toContain('state:north-macedonia');
  });
});
