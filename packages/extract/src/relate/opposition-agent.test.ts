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
