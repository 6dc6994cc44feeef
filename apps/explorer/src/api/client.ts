import type {
  ApiError,
  ArticlesResponse,
  CypherRequest,
  CypherResponse,
  ExpandRequest,
  ExpandResponse,
  NodeDetailsResponse,
  OverviewResponse,
  SchemaResponse,
  SearchResponse,
  SyntheticResponse,
} from '@kg/api/types';

/** An answer other than 2xx, with the API's own message. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | null,
  ) {
    super(body?.error ?? `request failed with HTTP ${status}`);
  }
}

async function request<T>(path: string, init?: RequestInit & { signal?: AbortSignal }): Promise<T> {
  const res = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) } });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) throw new ApiRequestError(res.status, body && typeof body === 'object' && 'error' in body ? (body as ApiError) : null);
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  overview: (limit: number) => request<OverviewResponse>(`/api/overview?limit=${limit}`),
  synthetic: (nodes: number, edges: number, seed = 1) => request<SyntheticResponse>(`/api/synthetic?nodes=${nodes}&edges=${edges}&seed=${seed}`),
  search: (q: string, limit = 10, signal?: AbortSignal) => request<SearchResponse>(`/api/search?q=${enc(q)}&limit=${limit}`, { signal }),
  node: (id: string) => request<NodeDetailsResponse>(`/api/nodes/${enc(id)}`),
  expand: (id: string, body: ExpandRequest) => request<ExpandResponse>(`/api/nodes/${enc(id)}/expand`, { method: 'POST', body: JSON.stringify(body) }),
  articles: (offset = 0, limit = 100) => request<ArticlesResponse>(`/api/articles?offset=${offset}&limit=${limit}`),
  schema: () => request<SchemaResponse>('/api/schema'),
  cypher: (body: CypherRequest) => request<CypherResponse>('/api/cypher', { method: 'POST', body: JSON.stringify(body) }),
};
