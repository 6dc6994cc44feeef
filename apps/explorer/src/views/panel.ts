import { NODE_STYLE } from '@kg/graph-schema';
import type { NodeDetailsResponse, RelationGroup } from '@kg/api/types';
import { bidiText, clear, h } from './dom';

export interface PanelEvents {
  focusNode(id: string): void;
  expand(id: string): void;
  close(): void;
}

function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return '';
  return first === last || !last ? String(first) : !first ? last : `${first} → ${last}`;
}

function groupSection(group: RelationGroup, events: PanelEvents): HTMLElement {
  const arrow = group.direction === 'out' ? '→' : '←';
  return h(
    'section',
    { className: 'rel-group', 'data-type': group.type, 'data-direction': group.direction },
    h('h3', {}, h('span', { lang: 'ar', dir: 'rtl' }, group.label.ar), ' ', h('span', { className: 'en', lang: 'en', dir: 'ltr' }, `${arrow} ${group.label.en}`), h('span', { className: 'count' }, ` (${group.items.length})`)),
    h(
      'ul',
      {},
      group.items.map((item) =>
        h(
          'li',
          { className: 'rel-item' },
          h(
            'div',
            { className: 'rel-head' },
            h('span', { className: 'swatch dot', style: `--c: ${NODE_STYLE[item.other.label].color}` }),
            h('button', { type: 'button', className: 'link', onclick: () => events.focusNode(item.other.id), 'data-id': item.other.id }, item.other.nameAr ? bidiText(item.other.nameAr) : null, item.other.nameAr ? ' · ' : '', bidiText(item.other.name)),
            item.edge.title ? h('span', { className: 'muted' }, ' ', bidiText(item.edge.title)) : null,
            item.edge.status ? h('span', { className: 'badge', dir: 'ltr' }, item.edge.status) : null,
            h('span', { className: 'muted dates', dir: 'ltr' }, dateRange(item.edge.firstSeen, item.edge.lastSeen)),
          ),
          item.evidence.length
            ? h(
                'ol',
                { className: 'evidence' },
                item.evidence.map((e) =>
                  h(
                    'li',
                    { className: 'evidence-item' },
                    bidiText(e.sentence, 'blockquote', 'sentence'),
                    h(
                      'div',
                      { className: 'source' },
                      e.date ? h('time', { className: 'date', dir: 'ltr', datetime: e.date }, e.date) : null,
                      e.date ? ' · ' : '',
                      e.articleTitle ? bidiText(e.articleTitle, 'span', 'article-title') : h('span', { dir: 'ltr' }, e.articleId),
                    ),
                  ),
                ),
              )
            : null,
        ),
      ),
    ),
  );
}

/** The side panel: names in both languages, type, aliases, relations by type with evidence. */
export function renderPanel(root: HTMLElement, details: NodeDetailsResponse, events: PanelEvents): void {
  clear(root);
  const { node } = details;
  const style = NODE_STYLE[node.label];
  root.hidden = false;
  const parts: (HTMLElement | null)[] = [
    h(
      'header',
      { className: 'panel-head' },
      h('button', { type: 'button', className: 'close', 'aria-label': 'إغلاق · Close', onclick: () => events.close() }, '×'),
      h('div', { className: 'type', style: `--c: ${style.color}` }, h('span', { className: 'swatch dot', style: `--c: ${style.color}` }), ` ${style.label.ar} · ${style.label.en}`),
      node.nameAr ? h('h2', { className: 'name-ar', lang: 'ar', dir: 'rtl', 'data-testid': 'panel-name-ar' }, node.nameAr) : null,
      h('h2', { className: 'name-en', 'data-testid': 'panel-name' }, bidiText(node.name)),
      details.aliases.length ? h('p', { className: 'aliases' }, details.aliases.map((a, i) => [i ? '، ' : '', bidiText(a)]).flat()) : null,
      h('p', { className: 'muted', dir: 'ltr' }, node.id, node.date ? ` · ${node.date}` : '', ` · degree ${node.degree}`),
      node.label !== 'Article' ? h('button', { type: 'button', onclick: () => events.expand(node.id) }, 'توسيع · Expand') : null,
      details.article?.url ? h('p', {}, h('a', { href: details.article.url, rel: 'noreferrer noopener', target: '_blank', dir: 'ltr' }, details.article.url)) : null,
    ),
    details.groups.length ? h('div', { className: 'groups' }, details.groups.map((g) => groupSection(g, events))) : h('p', { className: 'muted' }, 'لا علاقات · No relations'),
    details.mentionedIn.length
      ? h(
          'section',
          { className: 'mentions' },
          h('h3', {}, 'ورد في ', h('span', { className: 'en', lang: 'en', dir: 'ltr' }, 'Mentioned in'), h('span', { className: 'count' }, ` (${details.mentionedIn.length})`)),
          h('ul', {}, details.mentionedIn.map((a) => h('li', {}, h('button', { type: 'button', className: 'link', onclick: () => events.focusNode(a.id) }, bidiText(a.title)), a.date ? h('span', { className: 'muted', dir: 'ltr' }, ` · ${a.date}`) : null))),
        )
      : null,
  ];
  root.append(...parts.filter((p): p is HTMLElement => p !== null));
}

export function renderPanelMessage(root: HTMLElement, message: string): void {
  clear(root);
  root.hidden = false;
  root.append(h('p', { className: 'muted' }, message));
}
