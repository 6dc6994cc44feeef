import { describe, expect, it } from '@jest/globals';
import { namedRelations } from './test-relations';

const deployed = (body: string) => namedRelations(body, 'DEPLOYED_IN');

describe('DEPLOYED_IN: a state’s armed forces named as one body abroad', () => {
  it.each([
    ['وقرر ترامب بقاء القوات الأمريكية في سوريا.', 'United States Armed Forces → Syria'],
    ['وحرص الحلفاء على عدم استهداف القوات الروسية المنتشرة في سوريا.', 'Russian Armed Forces → Syria'],
    ['US forces stationed in Iraq will stay.', 'United States Armed Forces → Iraq'],
    // Its state too, when the article names it.
    ['وقالت الولايات المتحدة إن القوات الأمريكية في العراق ستبقى.', 'United States → Iraq'],
  ])('%s', (sentence, expected) => expect(deployed(sentence)).toContain(expected));

  it.each([
    // At home, or a place that is no state.
    ['وقال الجيش السوري في بيان إن قواته تقدمت في سوريا.'],
    ['وقالت القوات الأمريكية في بيان إنها قصفت مواقع للمسلحين.'],
  ])('nothing in: %s', (sentence) => expect(deployed(sentence)).toEqual([]));
});
