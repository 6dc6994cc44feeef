import { describe, expect, it } from '@jest/globals';
import { readArticles } from './read-articles';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readArticles', () => {
  it('reads plain text laid out as headline, date line and body', () => {
    const [a] = readArticles(utf8('عنوان الخبر\n\n07 اغسطس 2020\n+ الخط -\nنص الخبر هنا.\nالمساهمون\n'), 'a.txt');
    expect(a!.title).toBe('عنوان الخبر');
    expect(a!.date).toBe('2020-08-07');
    expect(a!.body).toContain('نص الخبر');
  });
  it('reads JSON with title, date, text, url and source', () => {
    const [a] = readArticles(utf8(JSON.stringify({ title: 'T', date: '2018-06-02', text: 'Body.', url: 'u', source: 's' })), 'a.json');
    expect(a).toMatchObject({ title: 'T', date: '2018-06-02', body: 'Body.', url: 'u', source: 's' });
  });
  it('reads every document of a TREC file', () => {
    const trec = '<DOC>\n<DOCNO>X-1</DOCNO>\n<URL>http://x/1</URL>\n<SRC>bbc</SRC>\n<TITLE>عنوان</TITLE>\n<TIME>Thu, 14 Jun 2018 22:36:50 +0400</TIME>\n<TEXT>\nنص &amp; خبر\n</TEXT>\n</DOC>\n<DOC><DOCNO>X-2</DOCNO><TITLE>ثان</TITLE><TEXT>نص</TEXT></DOC>';
    const docs = readArticles(utf8(trec), 'x.txt');
    expect(docs).toHaveLength(2);
    expect(docs[0]).toMatchObject({ docId: 'X-1', title: 'عنوان', date: '2018-06-14', source: 'bbc', url: 'http://x/1', body: 'نص & خبر' });
  });
  it('reads HTML article text and drops scripts, styles and navigation', () => {
    const html = '<html><head><title>Page</title><style>p{}</style></head><body><nav>Home | World</nav><article><h1>Egypt buys jets</h1><p>Egypt ordered 30 Rafale jets.</p><script>track()</script></article><footer>© site</footer></body></html>';
    const [a] = readArticles(utf8(html), 'a.html');
    expect(a!.title).toBe('Egypt buys jets');
    expect(a!.body).toContain('Egypt ordered 30 Rafale jets.');
    expect(a!.body).not.toMatch(/track|Home|©/);
  });
  it('reads Markdown with its first heading as title', () => {
    const [a] = readArticles(utf8('# Title here\n\nSome text.'), 'a.md');
    expect(a!.title).toBe('Title here');
  });
  it.each([
    ['empty', new Uint8Array(0), /empty file/],
    ['binary', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary/],
    ['non-UTF-8', Uint8Array.from([0x41, 0xc3, 0x28, 0x42]), /not valid UTF-8/],
    ['white space only', utf8('  \n\t '), /no text/],
    ['HTML with no text', utf8('<html><body><script>x()</script><nav>menu</nav></body></html>'), /HTML has no article text/],
    ['broken JSON', utf8('{"title": '), /invalid JSON/],
  ])('refuses %s input with a one-line reason', (_name, bytes, reason) => {
    expect(() => readArticles(bytes, 'f.html'.replace('html', _name === 'broken JSON' ? 'json' : _name === 'HTML with no text' ? 'html' : 'txt'))).toThrow(reason);
  });
  it('refuses files over the size limit', () => {
    expect(() => readArticles(utf8('x'.repeat(100)), 'a.txt', { maxBytes: 10 })).toThrow(/too large: 100 bytes \(limit 10/);
  });
});
