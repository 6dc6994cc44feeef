import { ExtractionResult, type ExtractedEntity, type ExtractedRelation } from '@kg/graph-schema';
import type { ArticleInput } from './article';
import { createDoc, type Doc, type EntityDraft } from './document';
import { DATA } from './gazetteer/data';
import { buildGazetteer, type Gazetteer } from './gazetteer/build';
import { detectLanguage } from './language';
import { recognizeKnownEntities } from './recognize/known-entities';
import { recognizeOfficials } from './recognize/officials';
import { recognizeOrganizations } from './recognize/organizations';
import { resolvePronouns } from './recognize/pronouns';
import { recognizeWeaponPatterns } from './recognize/weapon-patterns';
import { RelationSet } from './relate/relation-set';
import {
  armsRelations,
  cooperationRelations,
  deploymentRelations,
  invitationRelations,
  meetingRelations,
  delegationMeetingRelations,
  officeRelations,
  oppositionRelations,
  partOfRelations,
} from './relate/rules';
import { membershipRelations, membersOfUnnamedBodies } from './relate/membership';
import { sentenceViews } from './relate/sentence-view';

let gazetteer: Gazetteer | undefined;
/** Built once per process from the data files (a few milliseconds). */
export function getGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer(DATA);
  return gazetteer;
}

/** The text offsets refer to: the body, headed by the title unless the body already starts with it. */
export function articleText(article: ArticleInput): string {
  const title = article.title.trim();
  const body = article.body;
  if (!title || body.trimStart().startsWith(title)) return body;
  return `${title}\n\n${body}`;
}

function recognize(doc: Doc, gaz: Gazetteer): void {
  recognizeKnownEntities(doc, gaz);
  recognizeOrganizations(doc);
  recognizeWeaponPatterns(doc);
  recognizeOfficials(doc, gaz);
  resolvePronouns(doc);
}

function relate(doc: Doc): RelationSet {
  const out = new RelationSet(doc);
  const views = sentenceViews(doc);
  officeRelations(doc, out);
  partOfRelations(doc, views, out);
  membershipRelations(doc, views, out);
  armsRelations(doc, views, out);
  invitationRelations(views, out);
  meetingRelations(views, out);
  delegationMeetingRelations(views, out);
  oppositionRelations(views, out);
  cooperationRelations(views, out);
  deploymentRelations(views, out);
  return out;
}

/** Article in, typed entities and relations with evidence out. Pure: no I/O. */
export interface ExtractOptions {
  /** Keep entities that take part in no relation even when named only in passing. */
  keepUnrelated?: boolean;
}

/**
 * An entity belongs in the graph when the article says something about it: it takes part in a
 * relation, or the article keeps coming back to it. A state or body named once in passing does not.
 * A well-known official or weapon system (a gazetteer entry) named even once does: in news about
 * security a named leader or a named weapon is itself what the sentence reports, where a state or
 * a ministry is often only the setting.
 */
function isWorthKeeping(e: EntityDraft, related: Set<string>): boolean {
  if (related.has(e.id)) return true;
  if (e.fromGazetteer && (e.type === 'Official' || e.type === 'Weapon')) return true;
  const spans = new Set(e.mentions.map((m) => m.start)).size;
  return spans >= MIN_MENTIONS_UNRELATED;
}
const MIN_MENTIONS_UNRELATED = 2;

export function extract(article: ArticleInput, options: ExtractOptions = {}): ExtractionResult {
  const text = articleText(article);
  const doc = createDoc(text);
  recognize(doc, getGazetteer());
  const relations = relate(doc);

  const related = new Set(relations.all().filter((r) => !r.implicit).flatMap((r) => [r.source, r.target]));
  // Members of a committee the recognisers did not name are still said something about.
  for (const id of membersOfUnnamedBodies(doc)) related.add(id);
  const kept = new Set(
    [...doc.entities.values()].filter((e) => e.mentions.length > 0 && (options.keepUnrelated || isWorthKeeping(e, related))).map((e) => e.id),
  );
  // An implicit relation is kept only when its source is kept on its own merits; a body's parent
  // body (not its state) must be kept on its own merits too, or a passing mention would enter the graph.
  const keptRelations = relations.all().filter((r) => !r.implicit || (kept.has(r.source) && (kept.has(r.target) || doc.entities.get(r.target)?.type === 'State')));
  for (const r of keptRelations) kept.add(r.source).add(r.target);
  const entities: ExtractedEntity[] = [...doc.entities.values()]
    .filter((e) => kept.has(e.id))
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      ...(e.nameAr ? { nameAr: e.nameAr } : {}),
      aliases: [...e.aliases].filter((a) => a !== e.name),
      fromGazetteer: e.fromGazetteer,
      ...(e.category ? { category: e.category } : {}),
      mentions: e.mentions.sort((a, b) => a.start - b.start),
    }));
  const rels: ExtractedRelation[] = keptRelations.map((r) => {
    const s = doc.sentences[r.sentence] ?? { text, start: 0, end: text.length };
    return {
      type: r.type,
      source: r.source,
      target: r.target,
      confidence: r.confidence,
      evidence: { sentence: s.text, start: s.start, end: s.end },
      ...(r.status ? { status: r.status } : {}),
      ...(r.title ? { title: r.title } : {}),
    };
  });
  return ExtractionResult.parse({
    article: {
      title: article.title,
      ...(article.date ? { date: article.date } : {}),
      lang: detectLanguage(text),
      ...(article.source ? { source: article.source } : {}),
      ...(article.url ? { url: article.url } : {}),
      ...(article.docId ? { docId: article.docId } : {}),
    },
    text,
    entities,
    relations: rels,
  });
}
