import { z } from 'zod';
import { EXPAND_MAX, OVERVIEW_MAX } from '@kg/neo4j';

/** Query-string integers: absent → default; present → must be a whole number within bounds. */
const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const OverviewQuery = z.object({ limit: int(1, OVERVIEW_MAX, 300) }).strict();

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1, 'q must not be empty').max(200, 'q is longer than 200 characters'),
    limit: int(1, 50, 10),
  })
  .strict();

export const NodeId = z.string().min(1).max(300);

/** exclude: ids already shown; repeatable (?exclude=a&exclude=b) or comma-separated. */
export const ExpandQuery = z
  .object({
    exclude: z.array(z.string().max(300)).max(5000).default([]),
    limit: int(1, EXPAND_MAX, EXPAND_MAX),
  })
  .strict();

export const ExpandBody = z
  .object({
    exclude: z.array(z.string().min(1).max(300)).max(100_000).default([]),
    limit: z.number().int().min(1).max(EXPAND_MAX).default(EXPAND_MAX),
  })
  .strict();

export const ArticlesQuery = z.object({ offset: int(0, 1_000_000, 0), limit: int(1, 500, 100) }).strict();

const JsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
);

export const CypherBody = z
  .object({
    query: z.string().trim().min(1, 'query must not be empty').max(20_000, 'query is longer than 20,000 characters'),
    params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'parameter names are identifiers'), JsonValue).default({}),
  })
  .strict();

export const SyntheticQuery = z
  .object({ nodes: int(1, 50_000, 10_000), edges: int(0, 250_000, 50_000), seed: int(0, 2 ** 31 - 1, 1) })
  .strict();
