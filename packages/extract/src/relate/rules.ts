import type { Doc, MentionDraft } from '../document';
import type { RelationSet } from './relation-set';
import type { SentenceView } from './sentence-view';
import { acquisitionStatus } from './triggers';

const ACTOR = ['State', 'Organization'] as const;

function nearest(ms: MentionDraft[], index: number, dir: 'before' | 'after', pred: (m: MentionDraft) => boolean = () => true): MentionDraft | undefined {
  const c = ms.filter((m) => pred(m) && (dir === 'before' ? m.last < index : m.first > index));
  return dir === 'before' ? c[c.length - 1] : c[0];
}

const distinct = (ms: MentionDraft[]) => [...new Map(ms.map((m) => [m.entityId, m])).values()];

/** HOLDS_OFFICE from title patterns; ambassadors get their posting in the title. */
export function officeRelations(doc: Doc, out: RelationSet): void {
  for (const o of doc.offices) {
    if (!o.affiliationId) continue;
    const posted = o.postedIn ? doc.entities.get(o.postedIn)?.name : undefined;
    const title = posted && /ambassador|envoy/i.test(o.title) ? `${o.title} to ${posted}` : o.title;
    out.add({ type: 'HOLDS_OFFICE', source: o.officialId, target: o.affiliationId, confidence: 0.9, sentence: o.sentence, title });
  }
}

/** PART_OF: national bodies (مجلس الأمن الروسي → Russia), bodies inside bodies (لجنة … في البرلمان), gazetteer bodies. */
export function partOfRelations(doc: Doc, views: SentenceView[], out: RelationSet): void {
  const firstSentence = new Map<string, number>();
  for (const m of doc.mentions) if (m.sentence >= 0 && !firstSentence.has(m.entityId)) firstSentence.set(m.entityId, m.sentence);
  for (const e of doc.entities.values()) {
    if (e.type !== 'Organization' || !e.affiliation) continue;
    const kind = e.entry?.kind;
    if (e.fromGazetteer && kind && !/government|military|security|agency|party|body/.test(kind)) continue;
    out.add({ type: 'PART_OF', source: e.id, target: e.affiliation, confidence: 0.8, sentence: firstSentence.get(e.id) ?? 0 });
  }
  for (const v of views) {
    for (const m of v.of('Organization')) {
      // "لجنة الأمن والدفاع في البرلمان العراقي": an organisation right after في is the parent body.
      const next = v.tokens.find((t) => t.index === m.last + 1);
      if (!next || !/^(في|داخل|ب|within|in|of)$/.test(next.norm)) continue;
      const parent = v.mentions.find((p) => p.first === m.last + 2 && (p.type === 'Organization' || p.type === 'Alliance'));
      if (parent) out.add({ type: 'PART_OF', source: m.entityId, target: parent.entityId, confidence: 0.75, sentence: v.index });
    }
    const anchors = v.triggers('partOf');
    for (const t of anchors) {
      const parent = nearest(v.mentions, t, 'after', (m) => m.type === 'Alliance' || m.type === 'Organization');
      const child = nearest(v.mentions, parent?.last ?? t, 'after', (m) => m.type === 'Organization' && m.entityId !== parent?.entityId);
      if (parent && child) out.add({ type: 'PART_OF', source: child.entityId, target: parent.entityId, confidence: 0.6, sentence: v.index });
    }
  }
}

/** MEMBER_OF: states listed with an alliance and a membership word, or known members named with it. */
export function membershipRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    const alliances = distinct(v.of('Alliance'));
    if (alliances.length === 0) continue;
    const states = distinct(v.of('State', 'Organization')).filter((m) => m.kind !== 'pronoun' || true);
    const opposed = new Set(v.triggers('opposition').flatMap((t) => v.mentions.filter((m) => m.first > t && m.first <= t + 4).map((m) => m.entityId)));
    for (const a of alliances) {
      const members = new Set(v.entity(a).entry?.members ?? []);
      for (const s of states) {
        if (opposed.has(s.entityId)) continue;
        if (members.has(s.entityId)) out.add({ type: 'MEMBER_OF', source: s.entityId, target: a.entityId, confidence: 0.7, sentence: v.index });
        else if (v.has('membership') && s.type === 'State' && members.size === 0) out.add({ type: 'MEMBER_OF', source: s.entityId, target: a.entityId, confidence: 0.55, sentence: v.index });
      }
    }
  }
}

/** ACQUIRES (with status) and SUPPLIED, from weapons named with a purchase or supply word. */
export function armsRelations(doc: Doc, views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    const weapons = distinct(v.of('Weapon'));
    const supply = v.triggers('supply');
    const purchase = v.triggers('purchase');
    const actors = v.of(...ACTOR);
    // Supplier → recipient: "قام الجانب الروسي بتزويد العراق", "Russia delivered S-300 to Syria".
    let recipient: MentionDraft | undefined;
    let supplier: MentionDraft | undefined;
    for (const t of supply) {
      recipient = nearest(actors, t, 'after');
      supplier = nearest(actors, t, 'before', (m) => m.entityId !== recipient?.entityId);
      if (recipient && supplier) out.add({ type: 'SUPPLIED', source: supplier.entityId, target: recipient.entityId, confidence: 0.65, sentence: v.index });
    }
    if (weapons.length === 0) continue;
    const status = acquisitionStatus(v.tokens);
    if (!status && supply.length === 0 && purchase.length === 0) continue;
    for (const w of weapons) {
      const origin = v.entity(w).entry?.origin;
      let buyer = recipient && recipient.entityId !== origin ? recipient : undefined;
      if (!buyer && purchase.length) {
        const t = purchase[0]!;
        buyer =
          nearest(actors, t, 'before', (m) => m.type === 'State' && m.entityId !== origin) ??
          nearest(actors, t, 'after', (m) => m.type === 'State' && m.entityId !== origin && m.last < w.first) ??
          nearest(actors, t, 'before', (m) => m.entityId !== origin);
      }
      buyer ??= actors.find((m) => m.type === 'State' && m.entityId !== origin);
      if (!buyer) continue;
      out.add({ type: 'ACQUIRES', source: buyer.entityId, target: w.entityId, confidence: 0.65, sentence: v.index, status: status ?? (supply.length ? 'delivered' : 'considered') });
      // The maker's state, named in the sentence, supplies it ("إس-400 … من روسيا", French Rafale).
      const seller = supplier?.entityId ?? (origin && actors.some((m) => m.entityId === origin) ? origin : undefined);
      if (seller && seller !== buyer.entityId) out.add({ type: 'SUPPLIED', source: seller, target: buyer.entityId, confidence: 0.55, sentence: v.index });
    }
  }
}

/** INVITED: "تلقى X دعوة من Y", "Y يوجه دعوة لـ X لزيارة", "Y invited X". */
export function invitationRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    for (const t of v.triggers('invitation')) {
      const window = v.tokens.filter((k) => k.index > t && k.index <= t + 8).map((k) => k.norm).join(' ');
      if (!/زياره|لزياره|حضور|للمشاركه|المشاركه|visit|attend|talks|join|محادثات|الانضمام/.test(window)) continue;
      const fromIdx = v.tokens.find((k) => k.index > t && k.index <= t + 3 && (k.norm === 'من' || k.norm === 'by'))?.index;
      let source: MentionDraft | undefined;
      let target: MentionDraft | undefined;
      if (fromIdx !== undefined) {
        source = nearest(v.mentions, fromIdx, 'after');
        target = nearest(v.mentions, t, 'before', (m) => m.type === 'Official' || m.type === 'State' || m.type === 'Organization');
      } else {
        source = nearest(v.mentions, t, 'before', (m) => m.type !== 'Weapon');
        target = nearest(v.mentions, t, 'after', (m) => m.type === 'Official' || m.type === 'State' || m.type === 'Organization');
      }
      if (source && target && source.entityId !== target.entityId) out.add({ type: 'INVITED', source: source.entityId, target: target.entityId, confidence: 0.6, sentence: v.index });
    }
  }
}

/** MET_WITH: officials named together with a meeting word. */
export function meetingRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    if (!v.has('meeting')) continue;
    const officials = distinct(v.of('Official'));
    if (officials.length < 2 || officials.length > 4) continue;
    const [first, ...rest] = officials;
    for (const o of rest) out.add({ type: 'MET_WITH', source: first!.entityId, target: o.entityId, confidence: 0.6, sentence: v.index });
  }
}

/** OPPOSES: an actor before an opposition word and the one it is aimed at after it. */
export function oppositionRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    for (const t of v.triggers('opposition')) {
      const target = nearest(v.mentions, t, 'after', (m) => m.type !== 'Weapon' && m.first - t <= 6);
      const source = nearest(v.mentions, t, 'before', (m) => m.type !== 'Weapon' && m.entityId !== target?.entityId);
      if (source && target) out.add({ type: 'OPPOSES', source: source.entityId, target: target.entityId, confidence: 0.5, sentence: v.index });
    }
  }
}

/** COOPERATES_WITH: two or three actors named with a cooperation word. */
export function cooperationRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    if (!v.has('cooperation')) continue;
    const actors = distinct(v.of(...ACTOR)).filter((m) => m.type === 'State' || m.kind === 'name');
    if (actors.length < 2 || actors.length > 4) continue;
    const [first, ...rest] = actors;
    for (const a of rest) out.add({ type: 'COOPERATES_WITH', source: first!.entityId, target: a.entityId, confidence: 0.5, sentence: v.index });
  }
}

/** DEPLOYED_IN: "القوات الأميركية في كوريا الجنوبية", "الوجود الإيراني في سوريا", "US troops in Iraq". */
export function deploymentRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    for (const t of v.triggers('deployment')) {
      const force = v.mentions.find((m) => (m.type === 'State' || m.type === 'Organization') && m.first >= t - 3 && m.first <= t + 3);
      if (!force) continue;
      const where = v.tokens.find((k) => k.index > Math.max(t, force.last) && k.index <= t + 6 && /^(في|الى|داخل|in|to|into)$/.test(k.norm));
      const host = where ? v.mentions.find((m) => m.type === 'State' && m.first === where.index + 1) : undefined;
      if (host && host.entityId !== force.entityId) out.add({ type: 'DEPLOYED_IN', source: force.entityId, target: host.entityId, confidence: 0.6, sentence: v.index });
    }
  }
}
