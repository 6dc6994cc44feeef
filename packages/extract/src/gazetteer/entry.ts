import type { EntityType, WeaponCategory } from '@kg/graph-schema';

export type FormKind = 'name' | 'demonym' | 'capital' | 'seat' | 'blocker';

/** A known entity, whatever data file it came from. */
export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
  nameAr?: string;
  /** Every listed name, as written in the data file. */
  names: string[];
  category?: WeaponCategory;
  /** Alliance members (state ids). */
  members?: string[];
  /** For government bodies and officials: the state they belong to. */
  state?: string;
  /** For weapons: the producing state. */
  origin?: string;
  /** Organization kind from the data file (armed-group, government-body…). */
  kind?: string;
  /** For organizations: the body or alliance it belongs to (Quds Force → IRGC). */
  parent?: string;
  /** For heads of state and crown princes: the titles (title: ids) that name them with their given name (الملك سلمان). */
  titles?: string[];
}

/** One way of writing an entry, as folded tokens. */
export interface NameForm {
  entry: GazetteerEntry;
  tokens: string[];
  kind: FormKind;
  /** Accept only with supporting context (a weapon head word, a state named elsewhere). */
  needsContext: boolean;
  /** For a needs-context form: a state whose unambiguous mention in the article is context enough (الأسد: Syria). */
  stateContext?: string;
  /** Latin forms: 'upper' (US, IS) must be upper-case in the text, 'cap' must start upper-case. */
  latinCase: 'upper' | 'cap' | 'any';
}
