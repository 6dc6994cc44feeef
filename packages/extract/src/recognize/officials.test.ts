import { describe, expect, it } from '@jest/globals';
import { recognizeWith } from './test-recognize';

const recognize = (text: string) => recognizeWith(text, ['known', 'organizations', 'officials']);

describe('office targets', () => {
  it('a body right after the state in the qualifiers holds the office', () => {
    const doc = recognize('The commander of U.S. Strategic Command, John Hyten, told reporters the test failed.');
    const office = doc.offices.find((o) => doc.entities.get(o.officialId)?.name === 'John Hyten');
    expect(office && doc.entities.get(office.affiliationId!)?.type).toBe('Organization');
  });
  it('a state alone still holds it', () => {
    const doc = recognize('وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة.');
    expect(doc.offices[0]?.affiliationId).toBe('state:russia');
  });
});

describe('surnames', () => {
  it('finds a surname written after لل', () => {
    const doc = recognize('وقال مستشار الأمن الوطني العراقي قاسم الأعرجي إن الزيارة مهمة. وفي بيان للاعرجي، أكد ذلك.');
    const official = [...doc.entities.values()].find((e) => e.type === 'Official')!;
    expect(official.mentions.map((m) => m.text)).toEqual(['قاسم الأعرجي', 'اعرجي']);
  });
});
