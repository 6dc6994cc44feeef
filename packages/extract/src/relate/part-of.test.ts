import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const partOf = (body: string) => namedRelations(body, 'PART_OF');

describe('PART_OF from a part word between a body and its parent', () => {
  it.each([
    ['وقالت كتائب عز الدين القسام، الجناح العسكري لحركة حماس، إنها أطلقت صواريخ.', 'Izz ad-Din al-Qassam Brigades → Hamas'],
    ['وقالت وحدات حماية الشعب، الذراع العسكرية لحزب الاتحاد الديمقراطي، إنها انسحبت من المدينة.', 'People\'s Protection Units → Democratic Union Party'],
    ['The Qassam Brigades, the armed wing of Hamas, claimed the attack.', 'Izz ad-Din al-Qassam Brigades → Hamas'],
  ])('%s', (sentence, expected) => expect(partOf(sentence)).toContain(expected));

  it.each([
    // The word names the body before it, not one listed after the parent.
    ['وتدعم قطر جماعات مثل جبهة النصرة التابعة لتنظيم القاعدة وحركة حماس.', 'Hamas → al-Qaeda'],
    // An armed group "of" a state is its proxy, not one of its bodies.
    ['وقصفت الميليشيا الحوثية التابعة لإيران مواقع الجيش.', 'Houthis → Iran'],
    ['ويعد حزب الله الذراع العسكرية لإيران في لبنان.', 'Hezbollah → Iran'],
  ])('not in: %s', (sentence, wrong) => expect(partOf(sentence)).not.toContain(wrong));
});

describe('PART_OF from the gazetteer: a listed body and its listed parent, both named', () => {
  it('gives the body → parent when the article names the parent too', () => {
    expect(partOf('ودعا مجلس الأمن الدولي إلى وقف إطلاق النار. وقال الأمين العام للأمم المتحدة إن الوضع خطير.')).toContain('UN Security Council → United Nations');
  });
  it('gives nothing when the article does not name the parent', () => {
    expect(partOf('ودعا مجلس الأمن الدولي إلى وقف إطلاق النار في سوريا.').filter((r) => r.endsWith('United Nations'))).toEqual([]);
  });
});
