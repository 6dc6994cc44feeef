import { describe, expect, it } from '@jest/globals';
import { keyIndexQuery } from './search';

describe('keyIndexQuery', () => {
  it('asks for a token starting with a one-word prefix', () => {
    expect(keyIndexQuery(['iraq'], ['iraq'])).toBe('iraq*');
  });

  it('asks for the whole words of a longer prefix and a token starting with its last word', () => {
    expect(keyIndexQuery(['donald trump'], ['donald trump', 'donald tr'])).toBe('(+donald +trump*) OR (+donald +tr*)');
  });

  it('asks for exact keys that are not prefixes (one letter) as whole tokens', () => {
    expect(keyIndexQuery(['x'], [])).toBe('x');
    expect(keyIndexQuery(['a b'], [])).toBe('(+a +b)');
  });

  it('escapes Lucene syntax and operator words', () => {
    expect(keyIndexQuery([], ['s-400'])).toBe('s\\-400*');
    expect(keyIndexQuery([], ['(and) "*'])).toBe('(+\\(and\\) +\\"\\**)');
    expect(keyIndexQuery([], ['AND', 'a OR b'])).toBe('\\AND* OR (+a +\\OR +b*)');
  });

  it('keeps at most four words of a long term (the match itself is checked in Cypher)', () => {
    expect(keyIndexQuery([], ['a b c d e f'])).toBe('(+a +b +c +f*)');
  });

  it('is empty when there is nothing to ask', () => {
    expect(keyIndexQuery([], [])).toBe('');
  });
});
