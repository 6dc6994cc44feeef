import type { JsonValue } from '@kg/api/types';

function isTagged(v: JsonValue, kind: string): v is { [key: string]: JsonValue } {
  return !!v && typeof v === 'object' && !Array.isArray(v) && v.kind === kind;
}

function propsOf(v: { [key: string]: JsonValue }): { [key: string]: JsonValue } {
  const p = v.properties;
  return p && typeof p === 'object' && !Array.isArray(p) ? p : {};
}

/** A short text for one table cell: nodes as (:Label name), relationships as [:TYPE], JSON otherwise. */
export function cellText(value: JsonValue, max = 200): string {
  const text = (() => {
    if (value === null) return 'null';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (isTagged(value, 'node')) {
      const labels = Array.isArray(value.labels) ? value.labels.filter((l) => l !== 'Entity').join(':') : '';
      const p = propsOf(value);
      const name = p.nameAr ?? p.name ?? p.title ?? p.id ?? '';
      return `(:${labels} ${typeof name === 'string' ? name : JSON.stringify(name)})`;
    }
    if (isTagged(value, 'relationship')) return `[:${String(value.type)}]`;
    if (isTagged(value, 'path')) {
      const rels = Array.isArray(value.relationships) ? value.relationships.length : 0;
      return `path (${rels} relationships)`;
    }
    if (Array.isArray(value)) return '[' + value.map((v) => cellText(v, max)).join(', ') + ']';
    return JSON.stringify(value);
  })();
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
