// Shared by the relation tests: what extract() finds in a sentence, as names a test can read.
import type { RelationType } from '@kg/graph-schema';
import { extract } from '../extract';

/**
 * Relations of one type found in `body` (every entity kept), as "Source → Target" with entity
 * names; `unordered` gives "A + B" with the names sorted, for symmetric types.
 */
export function namedRelations(body: string, type: RelationType, unordered = false): string[] {
  const r = extract({ title: '', body }, { keepUnrelated: true });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.relations
    .filter((x) => x.type === type)
    .map((x) => (unordered ? [name(x.source), name(x.target)].sort().join(' + ') : `${name(x.source)} → ${name(x.target)}`));
}
