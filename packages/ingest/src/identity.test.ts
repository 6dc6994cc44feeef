import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { expandInputs, parsePreExtracted } from './files';
import { articleIdentity, articleSlots, storedPath } from './identity';

describe('article identity', () => {
  it('derives the id from source, docId and text, and the hash from every field', () => {
    const a = articleIdentity({ title: 'T', text: 'body', source: 'BBC', docId: 'D1', date: '2020-01-01' });
    expect(a.id).toMatch(/^article:[0-9a-f]{24}$/);
    const retitled = articleIdentity({ title: 'T2', text: 'body', source: 'BBC', docId: 'D1', date: '2020-01-01' });
    expect(retitled.id).toBe(a.id);
    expect(retitled.contentHash).not.toBe(a.contentHash);
    expect(articleIdentity({ title: 'T', text: 'body!', source: 'BBC', docId: 'D1', date: '2020-01-01' }).id).not.toBe(a.id);
  });

  it('keeps the digests of its definition (stored hashes stay valid): sha256 of the joined id fields and of the JSON of every field', () => {
    const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
    const cases = [
      { title: 'T', text: 'body', source: 'BBC', docId: 'D1', date: '2020-01-01' },
      { title: 'عنوان "مقتبس"', text: 'نص\nعربي\t\u0000 \ud83d\ude00 \ud800 end\\', url: 'https://x/?a="b"', date: null },
      { title: '', text: 'x' },
    ];
    for (const a of cases) {
      expect(articleIdentity(a)).toEqual({
        id: 'article:' + sha256([a.source ?? '', a.docId ?? '', a.text].join('\u0000')).slice(0, 24),
        contentHash: sha256(JSON.stringify([a.title, a.text, a.date ?? null, a.source ?? null, a.url ?? null, a.docId ?? null])),
      });
    }
  });

  it('stores paths relative to the root with forward slashes; several articles get #docId or #n', () => {
    expect(storedPath('/r/a/b.txt', '/r')).toBe('a/b.txt');
    expect(storedPath('/x/b.txt', '/r')).toBe('../x/b.txt');
    expect(articleSlots('f.xml', ['D1'])).toEqual(['f.xml']);
    expect(articleSlots('f.xml', ['D1', 'D2'])).toEqual(['f.xml#D1', 'f.xml#D2']);
    expect(articleSlots('f.xml', ['D1', 'D1'])).toEqual(['f.xml#1', 'f.xml#2']);
  });
});

describe('input files', () => {
  it('expands files, folders and globs in a fixed order, skipping READMEs in folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
    mkdirSync(join(dir, 'sub'));
    for (const f of ['b.txt', 'a.json', 'README.md', 'sub/c.xml', 'sub/skip.png']) writeFileSync(join(dir, f), 'x');
    const { files, missing } = await expandInputs([dir, join(dir, 'sub/*.xml'), 'nope.txt'], dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.json', 'b.txt', 'sub/c.xml']);
    expect(missing).toEqual(['nope.txt']);
  });

  it('recognises pre-extracted results and rejects invalid ones with the failing field', () => {
    const ok = { article: { title: 't', lang: 'en' }, text: 'x', entities: [], relations: [] };
    expect(parsePreExtracted(JSON.stringify(ok), 'a.json')).toHaveLength(1);
    expect(parsePreExtracted(JSON.stringify({ title: 't', text: 'x' }), 'a.json')).toBeNull();
    expect(() => parsePreExtracted(JSON.stringify({ ...ok, entities: [{ id: 'bad id' }] }), 'a.json')).toThrow(/entities\.0/);
  });
});
