// Shared by the recognizer tests: the recognizers alone on a text (no relation rules, nothing dropped).
import { createDoc, type Doc } from '../document';
import { buildGazetteer } from '../gazetteer/build';
import { DATA } from '../gazetteer/data';
import { recognizeKnownEntities } from './known-entities';
import { recognizeOfficials } from './officials';
import { recognizeOrganizations } from './organizations';
import { resolvePronouns } from './pronouns';
import { recognizeWeaponPatterns } from './weapon-patterns';

export type { Doc };

export const gaz = buildGazetteer(DATA);

export type Stage = 'known' | 'organizations' | 'weapons' | 'officials' | 'pronouns';
const ALL: readonly Stage[] = ['known', 'organizations', 'weapons', 'officials', 'pronouns'];

/** The listed recognizers (default all), in the order extract() runs them. */
export function recognizeWith(text: string, stages: readonly Stage[] = ALL): Doc {
  const doc = createDoc(text);
  if (stages.includes('known')) recognizeKnownEntities(doc, gaz);
  if (stages.includes('organizations')) recognizeOrganizations(doc);
  if (stages.includes('weapons')) recognizeWeaponPatterns(doc);
  if (stages.includes('officials')) recognizeOfficials(doc, gaz);
  if (stages.includes('pronouns')) resolvePronouns(doc);
  return doc;
}

/** Entities with at least one mention, of one type if given. */
export const entities = (doc: Doc, type?: string) => [...doc.entities.values()].filter((e) => e.mentions.length > 0 && (!type || e.type === type));
export const names = (doc: Doc, type?: string) => entities(doc, type).map((e) => e.name);
export const mentionsOf = (doc: Doc, id: string) => doc.entities.get(id)?.mentions.map((m) => m.text) ?? [];
