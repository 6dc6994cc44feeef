import { describe, expect, it } from '@jest/globals';
import { StoredArticles } from './stored';

const state = (id: string, path: string | null, contentHash = 'h', extractor: string | null = null) => ({ id, path, contentHash, extractor });

describe('stored articles', () => {
  it("finds a file's articles by its path or its path + '#…', like the old per-file query", () => {
    const s = new StoredArticles([state('a', 'x/a.json'), state('b1', 'x/b.xml#D1'), state('b2', 'x/b.xml#D2'), state('c', 'x/b.xml.bak'), state('d', 'x/d#1.xml#D1'), state('n', null)]);
    expect(s.ofFile('x/a.json')).toEqual(['a']);
    expect(s.ofFile('x/b.xml')).toEqual(['b1', 'b2']);
    expect(s.ofFile('x/b')).toEqual([]);
    expect(s.ofFile('x/d#1.xml')).toEqual(['d']);
    expect(s.ofFile('x/d')).toEqual(['d']);
    expect(s.ofFile('x/b.xml#D1')).toEqual(['b1']);
    expect(s.size).toBe(6);
    expect(s.get('a')).toEqual(state('a', 'x/a.json'));
  });

  it('follows writes and retractions', () => {
    const s = new StoredArticles([state('a', 'a.json', 'h1'), state('m1', 'm.xml#1'), state('m2', 'm.xml#2')]);
    s.set(state('a', 'a.json', 'h2'));
    expect(s.get('a')?.contentHash).toBe('h2');
    s.set(state('a', 'moved.json', 'h2'));
    expect(s.ofFile('a.json')).toEqual([]);
    expect(s.ofFile('moved.json')).toEqual(['a']);
    s.delete('m1');
    s.delete('unknown');
    expect(s.ofFile('m.xml')).toEqual(['m2']);
    expect(s.get('m1')).toBeUndefined();
    expect(s.size).toBe(2);
  });
});
