/** Newest first, no duplicates, at most `max` entries. */
export function remember(history: readonly string[], query: string, max = 50): string[] {
  const q = query.trim();
  if (!q) return [...history];
  return [q, ...history.filter((h) => h !== q)].slice(0, max);
}

/** Parses the parameters box: empty means {}; anything but a JSON object is an error message. */
export function parseParams(text: string): { ok: true; params: Record<string, unknown> } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `parameters are not valid JSON: ${(error as Error).message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'parameters must be a JSON object, e.g. {"id": "state:iraq"}' };
  return { ok: true, params: value as Record<string, unknown> };
}

/** Reads a stored history list, tolerating anything malformed. */
export function loadHistory(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const v = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
