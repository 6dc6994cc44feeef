import { Neo4jAccessError } from '@kg/neo4j';
import { ZodError } from 'zod';
import type { ApiError } from './types';

export class HttpError extends Error {
  constructor(readonly status: 400 | 404 | 408 | 413 | 500 | 502 | 503, readonly body: ApiError) {
    super(body.error);
  }
}

export function validationError(error: ZodError, where: string): HttpError {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.') || where, message: i.message }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new HttpError(400, { error: `invalid ${where}: ${summary}`, kind: 'validation', issues });
}

/**
 * Maps any failure to a status and a body that says what went wrong without internals: Neo4j's
 * own message for query problems the user can fix, a generic one for everything else.
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof ZodError) return validationError(error, 'request');
  if (error instanceof Neo4jAccessError) {
    switch (error.kind) {
      case 'read-only':
        return new HttpError(400, { error: error.message, kind: 'read-only' });
      case 'syntax':
      case 'client':
      case 'constraint':
        return new HttpError(400, { error: error.message, kind: 'syntax' });
      case 'timeout':
        return new HttpError(408, { error: error.message, kind: 'timeout' });
      case 'unavailable':
        return new HttpError(503, { error: 'the graph database is not reachable', kind: 'neo4j' });
      case 'auth':
        return new HttpError(502, { error: 'the API could not log in to the graph database (check its settings)', kind: 'neo4j' });
      default:
        return new HttpError(502, { error: `the graph database failed: ${error.message}`, kind: 'neo4j' });
    }
  }
  return new HttpError(500, { error: 'internal error', kind: 'internal' });
}
