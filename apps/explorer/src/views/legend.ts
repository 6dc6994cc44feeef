import { EDGE_STYLE, NODE_LABELS, NODE_STYLE, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '@kg/graph-schema';
import type { SchemaResponse } from '@kg/api/types';
import type { LegendCount } from '../core/filters/filters';
import { clear, h } from './dom';

export interface LegendInput {
  nodeCounts: Record<NodeLabel, LegendCount>;
  edgeCounts: Record<RelationshipType, LegendCount>;
  hiddenLabels: ReadonlySet<NodeLabel>;
  hiddenTypes: ReadonlySet<RelationshipType>;
  schema: SchemaResponse | null;
}

export interface LegendEvents {
  toggleLabel(label: NodeLabel): void;
  toggleType(type: RelationshipType): void;
}

/**
 * The legend doubles as the type filter: one toggle button per node label and relationship type,
 * with its colour, both names, how many are shown of those in the view, and the database total.
 */
export function renderLegend(root: HTMLElement, input: LegendInput, events: LegendEvents): void {
  clear(root);
  const dbLabel = (l: NodeLabel) => input.schema?.labels.find((x) => x.label === l)?.count;
  const dbType = (t: RelationshipType) => input.schema?.relationshipTypes.find((x) => x.type === t)?.count;
  const row = (key: string, color: string, names: { en: string; ar: string }, count: LegendCount, total: number | undefined, hidden: boolean, onClick: () => void, shape: 'dot' | 'line') =>
    h(
      'li',
      {},
      h(
        'button',
        { type: 'button', className: `legend-item${hidden ? ' off' : ''}`, 'aria-pressed': String(!hidden), 'data-key': key, title: hidden ? 'إظهار · Show' : 'إخفاء · Hide', onclick: onClick },
        h('span', { className: `swatch ${shape}`, style: `--c: ${color}` }),
        h('span', { className: 'names' }, h('span', { lang: 'ar', dir: 'rtl' }, names.ar), ' ', h('span', { lang: 'en', dir: 'ltr', className: 'en' }, names.en)),
        h('span', { className: 'count', dir: 'ltr', title: 'shown / in view (database)' }, `${count.shown}/${count.inView}` + (total !== undefined ? ` (${total})` : '')),
      ),
    );
  root.append(
    h('h2', {}, 'الأنواع ', h('span', { lang: 'en', dir: 'ltr' }, 'Types')),
    h(
      'ul',
      { className: 'legend-list', 'data-testid': 'legend-nodes' },
      NODE_LABELS.filter((l) => input.nodeCounts[l].inView > 0 || (dbLabel(l) ?? 0) > 0).map((l) =>
        row(l, NODE_STYLE[l].color, NODE_STYLE[l].label, input.nodeCounts[l], dbLabel(l), input.hiddenLabels.has(l), () => events.toggleLabel(l), 'dot'),
      ),
    ),
    h('h2', {}, 'العلاقات ', h('span', { lang: 'en', dir: 'ltr' }, 'Relations')),
    h(
      'ul',
      { className: 'legend-list', 'data-testid': 'legend-edges' },
      RELATIONSHIP_TYPES.filter((t) => input.edgeCounts[t].inView > 0 || (dbType(t) ?? 0) > 0).map((t) =>
        row(t, EDGE_STYLE[t].color, EDGE_STYLE[t].label, input.edgeCounts[t], dbType(t), input.hiddenTypes.has(t), () => events.toggleType(t), 'line'),
      ),
    ),
  );
}
