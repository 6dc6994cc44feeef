import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const invited = (body: string) => namedRelations(body, 'INVITED');

describe('INVITED with the verb first', () => {
  it.each([
    ['ودعا الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان إلى زيارة موسكو.', 'Vladimir Putin → Recep Tayyip Erdoğan'],
    ['ودعت السعودية قطر إلى الانضمام للمحادثات.', 'Saudi Arabia → Qatar'],
    ['ودعت الولايات المتحدة إيران إلى الانضمام إلى المفاوضات.', 'United States → Iran'],
  ])('%s', (sentence, expected) => expect(invited(sentence)).toContain(expected));

  it.each([
    // Calling on someone to act is no invitation.
    ['ودعت فرنسا إيران إلى وقف دعمها للحوثيين.'],
    ['ودعا وزير الخارجية الأمريكي مايك بومبيو الحكومة العراقية إلى تشكيل حكومة.'],
    ['ودعا بوتين إلى محادثات مع أوكرانيا.'],
  ])('nothing in: %s', (sentence) => expect(invited(sentence)).toEqual([]));
});

describe('INVITED with the noun دعوة and its genitive object', () => {
  it.each([
    ['اجتمع قادة حلف شمال الأطلسي في بروكسل. ووافق الحلف على دعوة مقدونيا لبدء محادثات الانضمام.', 'NATO → North Macedonia'],
    ['NATO leaders met in Brussels. The alliance invited Macedonia to start accession talks.', 'NATO → North Macedonia'],
  ])('%s', (sentence, expected) => expect(invited(sentence)).toContain(expected));
});
