import { Parser } from 'htmlparser2';
import type { ArticleInput } from '../article';
import { parseDate } from '../text/dates';
import { InputError } from './input-error';

/** Page debris that carries no article content ("+ الخط -", "المساهمون", share links). */
export const DEBRIS_LINE = /^\s*(?:\+\s*الخط\s*-|المساهمون|شارك(?:\s+هذا\s+المقال)?|share|print|اطبع|font\s*[+-])\s*$/iu;

/** Plain text laid out as a headline line, a date line, then the body. The whole text is the body. */
export function readPlainText(text: string): ArticleInput {
  const lines = text.split(/\r?\n/);
  const title = (lines.find((l) => l.trim() && !DEBRIS_LINE.test(l)) ?? '').trim().replace(/^#+\s*/, '');
  const dateLine = lines.slice(0, 8).find((l) => l.trim().length <= 60 && parseDate(l));
  return { title, body: text, date: dateLine ? parseDate(dateLine) : undefined };
}

/** Markdown: the first heading is the title; markup characters stay (offsets refer to the file). */
export function readMarkdown(text: string): ArticleInput {
  const heading = /^\s*#{1,6}\s+(.+)$/m.exec(text)?.[1]?.trim();
  const plain = readPlainText(text);
  return { ...plain, title: heading ?? plain.title };
}

interface JsonArticle {
  id?: unknown;
  title?: unknown;
  headline?: unknown;
  date?: unknown;
  text?: unknown;
  body?: unknown;
  url?: unknown;
  source?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

export function readJson(text: string): ArticleInput[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`invalid JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, i) => {
    if (!item || typeof item !== 'object') throw new InputError(`JSON item ${i} is not an object`);
    const a = item as JsonArticle;
    const body = str(a.text) ?? str(a.body);
    if (!body) throw new InputError(`JSON item ${i} has no "text"`);
    const date = str(a.date);
    return {
      title: str(a.title) ?? str(a.headline) ?? readPlainText(body).title,
      body,
      date: date ? parseDate(date) : readPlainText(body).date,
      url: str(a.url),
      source: str(a.source),
      docId: str(a.id),
    };
  });
}

const TREC_DOC = /<DOC>([\s\S]*?)<\/DOC>/gi;
function trecField(doc: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'i').exec(doc);
  return m ? decodeEntities(m[1]!.trim()) : undefined;
}
function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (all, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : all;
  });
}

/** TREC/CLEF-style SGML: one or more <DOC> with DOCNO, URL, SRC, TITLE, TIME, TEXT. */
export function readTrec(text: string): ArticleInput[] {
  const docs = [...text.matchAll(TREC_DOC)].map((m) => m[1]!);
  if (docs.length === 0) throw new InputError('no <DOC> element found');
  return docs.map((doc, i) => {
    const body = trecField(doc, 'TEXT') ?? trecField(doc, 'ABSTRACT');
    if (!body) throw new InputError(`document ${i + 1} has no <TEXT>`);
    const time = trecField(doc, 'TIME') ?? trecField(doc, 'DATE');
    return {
      title: trecField(doc, 'TITLE') ?? readPlainText(body).title,
      body,
      date: time ? parseDate(time) : undefined,
      url: trecField(doc, 'URL'),
      source: trecField(doc, 'SRC'),
      docId: trecField(doc, 'DOCNO'),
    };
  });
}

const SKIPPED_HTML = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'template', 'figure']);
const BLOCK_HTML = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'main', 'blockquote', 'tr', 'figcaption']);

/** HTML: the article's text only (scripts, styles, navigation, headers and footers dropped). */
export function readHtml(html: string): ArticleInput {
  const chunks: { text: string; inArticle: boolean }[] = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  let date: string | undefined;
  let buf = '';
  const flush = () => {
    const t = buf.replace(/[ \t\f\v\u00A0]+/g, ' ').trim();
    if (t) chunks.push({ text: t, inArticle: articleDepth > 0 });
    buf = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIPPED_HTML.has(name)) skipDepth++;
        if (name === 'article' || name === 'main') articleDepth++;
        if (name === 'title') inTitle = true;
        if (name === 'h1') inH1 = true;
        if (name === 'meta' && /published_time|date|pubdate/i.test(attrs.property ?? attrs.name ?? '') && attrs.content) date ??= parseDate(attrs.content);
        if (name === 'time' && attrs.datetime) date ??= parseDate(attrs.datetime);
        if (BLOCK_HTML.has(name)) flush();
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipDepth > 0) return;
        if (inH1) h1 += data;
        buf += data;
      },
      onclosetag(name) {
        if (SKIPPED_HTML.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (BLOCK_HTML.has(name)) flush();
        if (name === 'article' || name === 'main') articleDepth = Math.max(0, articleDepth - 1);
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const inArticle = chunks.filter((c) => c.inArticle);
  const paragraphs = (inArticle.length > 0 ? inArticle : chunks).map((c) => c.text);
  const headline = (h1 || title).replace(/\s+/g, ' ').trim();
  // The headline is kept as the first paragraph so the text reads like the other formats.
  const body = paragraphs.join('\n\n');
  if (!body.replace(headline, '').trim()) throw new InputError('HTML has no article text');
  return { title: headline || paragraphs[0] || '', body, date: date ?? readPlainText(body).date };
}
