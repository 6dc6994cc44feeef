import type { NodeLabel, RelationshipType } from './labels';

export interface NodeStyle {
  color: string;
  label: { en: string; ar: string };
}

/** How each node label looks in the view (colour-blind-safe Okabe–Ito palette). */
export const NODE_STYLE: Record<NodeLabel, NodeStyle> = {
  State: { color: '#0072B2', label: { en: 'State', ar: 'دولة' } },
  Official: { color: '#E69F00', label: { en: 'Official', ar: 'مسؤول' } },
  Alliance: { color: '#009E73', label: { en: 'Alliance', ar: 'تحالف' } },
  Weapon: { color: '#D55E00', label: { en: 'Weapon', ar: 'سلاح' } },
  Organization: { color: '#CC79A7', label: { en: 'Organization', ar: 'منظمة' } },
  Article: { color: '#999999', label: { en: 'Article', ar: 'مقال' } },
};

export interface EdgeStyle {
  color: string;
  label: { en: string; ar: string };
}

export const EDGE_STYLE: Record<RelationshipType, EdgeStyle> = {
  HOLDS_OFFICE: { color: '#E69F00', label: { en: 'holds office', ar: 'يشغل منصب' } },
  MEMBER_OF: { color: '#009E73', label: { en: 'member of', ar: 'عضو في' } },
  PART_OF: { color: '#CC79A7', label: { en: 'part of', ar: 'جزء من' } },
  COOPERATES_WITH: { color: '#56B4E9', label: { en: 'cooperates with', ar: 'يتعاون مع' } },
  SUPPLIED: { color: '#D55E00', label: { en: 'supplied', ar: 'زوّد' } },
  ACQUIRES: { color: '#F0E442', label: { en: 'acquires', ar: 'يقتني' } },
  INVITED: { color: '#0072B2', label: { en: 'invited', ar: 'دعا' } },
  MET_WITH: { color: '#8C6BB1', label: { en: 'met with', ar: 'التقى' } },
  OPPOSES: { color: '#C0392B', label: { en: 'opposes', ar: 'يعارض' } },
  DEPLOYED_IN: { color: '#7F8C8D', label: { en: 'deployed in', ar: 'منتشر في' } },
  MENTIONS: { color: '#CCCCCC', label: { en: 'mentions', ar: 'يذكر' } },
};
