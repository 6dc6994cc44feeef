import type { ArticleInput } from '../article';
import { decodeText, DEFAULT_MAX_BYTES } from './decode';
import { readHtml, readJson, readMarkdown, readPlainText, readTrec } from './formats';

export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'trec';

export interface ReadOptions {
  maxBytes?: number;
  format?: InputFormat;
}

export function detectFormat(fileName: string, text: string): InputFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const head = text.trimStart().slice(0, 200);
  if (ext === 'json') return 'json';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (/^<DOC>/i.test(head)) return 'trec';
  if (ext === 'xml' || ext === 'trec' || ext === 'sgml') return 'trec';
  if (/^(<!doctype html|<html|<head|<body)/i.test(head)) return 'html';
  if (ext !== 'txt' && /^[[{]/.test(head)) return 'json';
  return 'text';
}

/** Reads one file's content as articles (a TREC or JSON file may hold several). Throws InputError. */
export function readArticles(content: Uint8Array | string, fileName: string, opts: ReadOptions = {}): ArticleInput[] {
  const text = decodeText(content, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  switch (opts.format ?? detectFormat(fileName, text)) {
    case 'json':
      return readJson(text);
    case 'trec':
      return readTrec(text);
    case 'html':
      return [readHtml(text)];
    case 'markdown':
      return [readMarkdown(text)];
    default:
      return [readPlainText(text)];
  }
}
