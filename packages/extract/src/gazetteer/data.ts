import alliances from '../../data/alliances.json' with { type: 'json' };
import organizations from '../../data/organizations.json' with { type: 'json' };
import states from '../../data/states.json' with { type: 'json' };
import titles from '../../data/titles.json' with { type: 'json' };
import weapons from '../../data/weapons.json' with { type: 'json' };
import officials from '../../data/officials.json' with { type: 'json' };
import blockers from '../../data/blockers.json' with { type: 'json' };
import commonWords from '../../data/common-words-ar.json' with { type: 'json' };
import givenNames from '../../data/given-names-ar.json' with { type: 'json' };
import arabicPlurals from '../../data/arabic-plurals.json' with { type: 'json' };
import type { AllianceRecord, OfficialRecord, OrganizationRecord, StateRecord, TitleRecord, WeaponRecord } from './records';

/** The reviewed data files, typed. JSON imports keep the core free of node:fs (usable in a browser). */
export const DATA = {
  states: states as StateRecord[],
  alliances: alliances as AllianceRecord[],
  organizations: organizations as OrganizationRecord[],
  weapons: weapons as WeaponRecord[],
  titles: titles as TitleRecord[],
  officials: officials as OfficialRecord[],
  /** Broken plurals of nationality nouns (الروس، الأتراك): base nisba → plural forms. */
  arabicPlurals: arabicPlurals as Record<string, string[]>,
  /** Phrases that contain a name but are something else (واشنطن بوست, Indian Ocean): matched, then dropped. */
  blockers: blockers as string[],
  /** Frequent Arabic words (folded) of real news: after a title they are words, not a name (scripts/data/build-common-words.ts). */
  commonWordsAr: commonWords as string[],
  /** Common Arabic given names, names even where they are also words (عادل، سعيد). */
  givenNamesAr: givenNames as string[],
};
