import type { WeaponCategory } from '@kg/graph-schema';

/** Shapes of the reviewed data files in packages/extract/data (see data/README.md). */
export interface StateRecord {
  id: string;
  iso2: string;
  name: string;
  nameAr: string;
  aliasesEn?: string[];
  aliasesAr?: string[];
  demonymsEn?: string[];
  nisbaAr?: string[];
  capitalEn?: string[];
  capitalAr?: string[];
  seatsEn?: string[];
  seatsAr?: string[];
  ambiguousAr?: string[];
  ambiguousEn?: string[];
  un?: string;
}

export interface AllianceRecord {
  id: string;
  name: string;
  nameAr?: string;
  aliasesEn?: string[];
  aliasesAr?: string[];
  members?: string[];
  needsContext?: boolean;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  nameAr?: string;
  aliasesEn?: string[];
  aliasesAr?: string[];
  kind?: string;
  state?: string;
  /** The `org:` or `alliance:` id of the body it belongs to (PART_OF). */
  parent?: string;
  needsContext?: boolean;
}

export interface WeaponRecord {
  id: string;
  name: string;
  category: WeaponCategory;
  origin?: string;
  aliasesEn?: string[];
  aliasesAr?: string[];
  needsContext?: boolean;
  ambiguousAr?: string[];
  ambiguousEn?: string[];
  designator?: string;
}

export interface TitleRecord {
  id: string;
  en: string;
  enAliases?: string[];
  ar?: string[];
  arAliases?: string[];
  rank?: string;
  holdsOfficeIn?: 'state' | 'organization';
}

export interface OfficialRecord {
  id: string;
  name: string;
  nameAr?: string;
  aliasesEn?: string[];
  aliasesAr?: string[];
  state?: string;
  body?: string;
  ambiguousAr?: string[];
  ambiguousEn?: string[];
  /** Ambiguous forms that count in an article naming the person's state (الأسد in Syrian news). */
  inStateContextAr?: string[];
  /** Titles (title: ids) by which title and given name alone name this person: heads of state and crown princes only. */
  titles?: string[];
}
