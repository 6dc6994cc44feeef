import type { Doc, MentionDraft } from '../document';
import type { RelationSet } from './relation-set';
import type { SentenceView } from './sentence-view';
import { acquisitionStatus, EXCLUSION } from './triggers';
import { coordinationGroups, groupMembers } from './coordination';

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
    out.add({ type: 'PART_OF', source: e.id, target: e.affiliation, confidence: 0.8, sentence: firstSentence.get(e.id) ?? 0, implicit: true });
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

/** MEMBER_OF: states listed with an alliance and a membership word ("تضم", "members", "بين X وY"). */
export function membershipRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    const alliances = distinct(v.of('Alliance'));
    if (alliances.length === 0) continue;
    // Candidates are not members yet: "Sweden and Finland joining NATO".
    if (v.has('accession')) continue;
    const listed = v.has('membership');
    const opposed = new Set(v.triggers('opposition').flatMap((t) => v.mentions.filter((m) => m.first > t && m.first <= t + 4).map((m) => m.entityId)));
    const states = distinct(v.of('State', 'Organization').filter((m) => !opposed.has(m.entityId) && m.kind !== 'capital'));
    for (const a of alliances) {
      const known = v.entity(a).entry?.members;
      for (const s of states) {
        // A known alliance takes only its known members; an unknown one whoever is listed with it.
        // Known members named with their alliance count without a membership word ("حلفاء الولايات المتحدة في الناتو").
        if (known ? known.includes(s.entityId) : s.type === 'State' && listed)
          out.add({ type: 'MEMBER_OF', source: s.entityId, target: a.entityId, confidence: known ? 0.7 : 0.55, sentence: v.index });
      }
    }
  }
}

const FROM = /^(من|from)$/;

/** ACQUIRES (with status) and SUPPLIED, from weapons named with a purchase or supply word. */
export function armsRelations(doc: Doc, views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    const weapons = distinct(v.of('Weapon'));
    const supply = v.triggers('supply');
    const purchase = v.triggers('purchase');
    const actors = v.of(...ACTOR);
    const groups = coordinationGroups(v);
    const tokenAt = new Map(v.tokens.map((t) => [t.index, t]));
    const afterFrom = (m: MentionDraft) => FROM.test(tokenAt.get(m.first - 1)?.norm ?? '');
    // Supplier → recipient: "قام الجانب الروسي بتزويد العراق", "Russia delivered S-300 to Syria".
    // Talks, interest or a halted deal supply nothing (yet): no SUPPLIED then.
    const status = acquisitionStatus(v.tokens);
    const supplies = !status || status === 'delivered' || status === 'ordered';
    let recipient: MentionDraft | undefined;
    let supplier: MentionDraft | undefined;
    for (const t of supply) {
      recipient = nearest(actors, t, 'after', (m) => m.first - t <= 4 || /^(الي|to)$/.test(tokenAt.get(m.first - 1)?.norm ?? ''));
      supplier = nearest(actors, t, 'before', (m) => m.entityId !== recipient?.entityId && t - m.last <= 8);
      if (recipient && supplier && supplies)
        for (const s of groupMembers(groups, supplier))
          for (const r of groupMembers(groups, recipient)) out.add({ type: 'SUPPLIED', source: s.entityId, target: r.entityId, confidence: 0.65, sentence: v.index });
    }
    if (weapons.length === 0) continue;
    if (!status && supply.length === 0 && purchase.length === 0) continue;
    for (const w of weapons) {
      if (v.tokens.some((k) => k.index < w.first && k.index >= w.first - 3 && EXCLUSION.test(k.norm))) continue;
      const origin = v.entity(w).entry?.origin;
      // Buyers are states; a state's body (its parliament, its ministry) stands for it.
      const stateOf = (m: MentionDraft) => (m.type === 'State' ? m.entityId : v.entity(m).affiliation?.startsWith('state:') ? v.entity(m).affiliation : undefined);
      const candidate = (m: MentionDraft) => !!stateOf(m) && stateOf(m) !== origin && !afterFrom(m);
      let buyer = recipient && recipient.entityId !== origin ? recipient : undefined;
      for (const t of purchase) {
        if (buyer) break;
        const before = nearest(actors, t, 'before', (m) => candidate(m) && t - m.last <= 6);
        const after = nearest(actors, t, 'after', (m) => candidate(m) && m.first - t <= 4);
        buyer = before && after ? (t - before.last <= after.first - t ? before : after) : before ?? after;
      }
      if (!buyer) {
        const others = distinct(actors.filter(candidate));
        if (others.length === 1) buyer = others[0];
      }
      if (!buyer) continue;
      for (const member of groupMembers(groups, buyer)) {
        const b = { ...member, entityId: stateOf(member) ?? member.entityId };
        if (member.type !== 'State' && member.type !== 'Organization') continue;
        out.add({ type: 'ACQUIRES', source: b.entityId, target: w.entityId, confidence: 0.65, sentence: v.index, status: status ?? (supply.length ? 'delivered' : 'considered') });
        // The seller: the supplier named, a state after "من" (from Russia), or the maker's state when named.
        const fromState = actors.find((m) => afterFrom(m) && m.type === 'State' && m.entityId !== b.entityId);
        const seller = supplier?.entityId ?? fromState?.entityId ?? (origin && actors.some((m) => m.entityId === origin) ? origin : undefined);
        if (seller && seller !== b.entityId && supplies) out.add({ type: 'SUPPLIED', source: seller, target: b.entityId, confidence: 0.55, sentence: v.index });
      }
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

const BY = /^(جانب|قبل|by)$/;
const ENMITY = /^(?:و|ك)?(?:عدو|عدوا|خصم|خصما|تهديدا|enemy|adversary|threat)$/;
const NEGATIVE = /^(?:و|ف)?(?:قطع|قطعت|تدهور|توتر|سحب|طرد|severed|cut)/;

/** OPPOSES: an actor before an opposition word and the one it is aimed at after it (coordinated lists included). */
export function oppositionRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    const groups = coordinationGroups(v);
    const tokenAt = new Map(v.tokens.map((t) => [t.index, t]));
    const triggers = [...v.triggers('opposition'), ...v.tokens.filter((t) => NEGATIVE.test(t.norm)).map((t) => t.index)].sort((a, b) => a - b);
    for (const t of triggers) {
      let source: MentionDraft | undefined;
      let target: MentionDraft | undefined;
      // "المقاطعة … من جانب السعودية والإمارات … لقطر": the agents follow "من جانب".
      const by = [t + 1, t + 2, t + 3].find((k) => BY.test(tokenAt.get(k)?.norm ?? ''));
      if (by !== undefined) {
        source = nearest(v.mentions, by, 'after', (m) => m.type !== 'Weapon' && m.first - by <= 2);
        const group = groupMembers(groups, source);
        target = source ? nearest(v.mentions, group[group.length - 1]!.last, 'after', (m) => m.type !== 'Weapon') : undefined;
      } else {
        target = nearest(v.mentions, t, 'after', (m) => m.type !== 'Weapon' && m.first - t <= 6);
        source = nearest(v.mentions, t, 'before', (m) => m.type !== 'Weapon' && m.entityId !== target?.entityId && m.kind !== 'capital' && v.clause(m.first) === v.clause(t));
        // "تعد السعودية والإمارات طهران عدوا": nothing after the word, the target is named just before it.
        if (!target && source && t - source.last <= 2 && v.clause(source.first) === v.clause(t) && ENMITY.test(tokenAt.get(t)?.norm ?? '')) {
          target = source;
          source = nearest(v.mentions, target.first, 'before', (m) => m.type !== 'Weapon' && m.entityId !== target!.entityId && v.clause(m.first) === v.clause(t));
        }
        // VSO: "قطعت السعودية والبحرين … علاقاتها مع قطر": the agents right after the verb.
        if (NEGATIVE.test(tokenAt.get(t)?.norm ?? '') && !source) {
          source = target;
          const group = groupMembers(groups, source);
          target = source ? nearest(v.mentions, group[group.length - 1]!.last, 'after', (m) => m.type !== 'Weapon') : undefined;
        }
      }
      if (!source || !target) continue;
      // Nobody opposes its own body or state (سوريا / الجيش السوري), nor a partner listed with it.
      const own = (a: MentionDraft, b: MentionDraft) => v.entity(a).affiliation === b.entityId || v.entity(b).affiliation === a.entityId;
      const sameList = groupMembers(groups, source).includes(target);
      if (sameList) continue;
      for (const s of groupMembers(groups, source))
        for (const g of groupMembers(groups, target))
          if (s.entityId !== g.entityId && !own(s, g)) out.add({ type: 'OPPOSES', source: s.entityId, target: g.entityId, confidence: 0.5, sentence: v.index });
    }
  }
}

/** COOPERATES_WITH: "بين X وY", or the actor before a cooperation word with the one after it. */
export function cooperationRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    if (v.tokens.some((t) => NEGATIVE.test(t.norm))) continue;
    const groups = coordinationGroups(v);
    const actors = v.of(...ACTOR).filter((m) => m.type === 'State' || m.kind === 'name' || m.kind === 'pattern');
    for (const t of v.triggers('cooperation')) {
      const after = nearest(actors, t, 'after', (m) => m.first - t <= 8 && v.clause(m.first) === v.clause(t));
      const afterGroup = groupMembers(groups, after);
      const before = nearest(actors, t, 'before', (m) => t - m.last <= 10 && v.clause(m.first) === v.clause(t));
      const pairs: [MentionDraft, MentionDraft][] = [];
      if (afterGroup.length === 2 && (!before || v.tokens.some((k) => k.index > t && k.index < after!.first && /^(بين|between)$/.test(k.norm)))) {
        for (let i = 0; i < afterGroup.length; i++) for (let j = i + 1; j < afterGroup.length; j++) pairs.push([afterGroup[i]!, afterGroup[j]!]);
      } else if (before && after) {
        for (const a of groupMembers(groups, before)) for (const b of afterGroup) pairs.push([a, b]);
      } else if (before && !after) {
        // "تربط الولايات المتحدة وكوريا الجنوبية معاهدة": the pair named before the word.
        const group = groupMembers(groups, before);
        if (group.length === 2) pairs.push([group[0]!, group[1]!]);
      }
      // Not across an opposition word: "بين الدول الأربع لمحاربة داعش" is no cooperation with ISIS.
      const opposition = v.triggers('opposition');
      const opposed = (a: MentionDraft, b: MentionDraft) => opposition.some((o) => o > Math.min(a.last, b.last) && o < Math.max(a.first, b.first));
      for (const [a, b] of pairs) if (a.entityId !== b.entityId && !opposed(a, b)) out.add({ type: 'COOPERATES_WITH', source: a.entityId, target: b.entityId, confidence: 0.5, sentence: v.index });
    }
  }
}

const IN = /^(في|الي|داخل|in|to|into|inside)$/;
const HOSTS = /^(?:و)?(?:تستضيف|يستضيف|تستضيفها|hosts|hosting)$/;

/** DEPLOYED_IN: "القوات الأميركية في كوريا", "28500 جندي في كوريا", "قطر التي تستضيف قاعدة أمريكية". */
export function deploymentRelations(views: SentenceView[], out: RelationSet): void {
  for (const v of views) {
    const tokenAt = new Map(v.tokens.map((t) => [t.index, t]));
    for (const t of v.triggers('deployment')) {
      let force: MentionDraft | undefined;
      let host: MentionDraft | undefined;
      if (HOSTS.test(tokenAt.get(t)?.norm ?? '')) {
        host = nearest(v.mentions, t, 'before', (m) => m.type === 'State' && t - m.last <= 4);
        force = nearest(v.mentions, t, 'after', (m) => (m.type === 'State' || m.type === 'Organization') && m.first - t <= 5);
      } else {
        force =
          nearest(v.mentions, t, 'after', (m) => (m.type === 'State' || m.type === 'Organization') && m.first - t <= 3 && m.kind === 'demonym') ??
          nearest(v.mentions, t, 'before', (m) => (m.type === 'State' || m.type === 'Organization') && t - m.last <= 4);
        const from = Math.max(t, force?.last ?? t);
        const where = v.tokens.find((k) => k.index > from && k.index <= from + 4 && IN.test(k.norm));
        host = where ? nearest(v.mentions, where.index, 'after', (m) => m.type === 'State' && m.first - where.index <= 3) : undefined;
      }
      if (force && host && host.entityId !== force.entityId) out.add({ type: 'DEPLOYED_IN', source: force.entityId, target: host.entityId, confidence: 0.6, sentence: v.index });
    }
  }
}
