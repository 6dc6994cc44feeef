import { clampRange, dayNumber, isoFromDay, type DateRange } from '../core/dates/range';
import { clear, h } from './dom';

/**
 * Two sliders over the days the view's relations span; moving either filters edges by
 * firstSeen/lastSeen (see core/filters). Reset restores the whole span.
 */
export function renderDateFilter(root: HTMLElement, domain: DateRange | null, range: DateRange | null, onChange: (range: DateRange | null) => void): void {
  clear(root);
  root.append(h('h2', {}, 'التاريخ ', h('span', { lang: 'en', dir: 'ltr' }, 'Dates')));
  if (!domain) {
    root.append(h('p', { className: 'muted' }, 'لا تواريخ في العرض · No dates in view'));
    return;
  }
  const min = dayNumber(domain.from);
  const max = dayNumber(domain.to);
  const current = range ? clampRange(range, domain) : domain;
  const from = h('input', { type: 'range', min, max, value: dayNumber(current.from), 'aria-label': 'من · From', 'data-testid': 'date-from' });
  const to = h('input', { type: 'range', min, max, value: dayNumber(current.to), 'aria-label': 'إلى · To', 'data-testid': 'date-to' });
  const label = h('output', { dir: 'ltr', className: 'date-label' });
  const show = (r: DateRange) => (label.textContent = `${r.from} → ${r.to}`);
  const read = (): DateRange => clampRange({ from: isoFromDay(Number(from.value)), to: isoFromDay(Number(to.value)) }, domain);
  const update = () => {
    const r = read();
    show(r);
    onChange(r.from === domain.from && r.to === domain.to ? null : r);
  };
  from.addEventListener('input', update);
  to.addEventListener('input', update);
  show(current);
  root.append(
    h('div', { className: 'date-sliders', dir: 'ltr' }, from, to),
    label,
    h('button', { type: 'button', className: 'link', onclick: () => { from.value = String(min); to.value = String(max); update(); } }, 'كل التواريخ · All dates'),
  );
}
