import { InputError } from './input-error';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Bytes → text, refusing what is empty, too large, binary or not UTF-8. */
export function decodeText(content: Uint8Array | string, maxBytes = DEFAULT_MAX_BYTES): string {
  const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (size === 0) throw new InputError('empty file');
  if (size > maxBytes) throw new InputError(`too large: ${size} bytes (limit ${maxBytes}; raise it with --max-bytes)`);
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    if (content.includes(0)) throw new InputError('binary file (contains NUL bytes)');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      throw new InputError('not valid UTF-8 text');
    }
  }
  text = text.replace(/^\uFEFF/, '');
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  if (controls > 0 && controls / text.length > 0.01) throw new InputError('binary file (control characters)');
  if (!text.trim()) throw new InputError('no text (only white space)');
  return text;
}
