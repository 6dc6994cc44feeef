import { NODE_STYLE } from '@kg/graph-schema';
import type { SearchHit, SearchResponse } from '@kg/api/types';
import { moveActive } from '../core/search/suggestions';
import { clear, h } from './dom';

export interface SearchBoxOptions {
  search(q: string, signal: AbortSignal): Promise<SearchResponse>;
  choose(hit: SearchHit): void;
  /** Wait after typing before asking (ms). */
  debounceMs?: number;
}


/**
 * A search input with a suggestion list (names in both languages, type colour). Arrow keys move,
 * Enter chooses (the first suggestion when none is active), Escape closes.
 */
export function mountSearchBox(root: HTMLElement, options: SearchBoxOptions): { input: HTMLInputElement } {
  const input = h('input', {
    type: 'search',
    placeholder: 'ابحث عن كيان · Search (العراق, Iraq…)',
    'aria-label': 'بحث · Search',
    autocomplete: 'off',
    spellcheck: 'false',
    dir: 'auto',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'search-suggestions',
    'data-testid': 'search-input',
  });
  const list = h('ul', { id: 'search-suggestions', role: 'listbox', className: 'suggestions', hidden: true, 'data-testid': 'search-suggestions' });
  root.append(input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = hit.node.nameAr && input.value.match(/[\u0600-\u06FF]/) ? hit.node.nameAr : hit.node.name;
    options.choose(hit);
  };
  const render = () => {
    clear(list);
    hits.forEach((hit, i) => {
      const style = NODE_STYLE[hit.node.label];
      list.append(
        h(
          'li',
          { role: 'option', id: `suggestion-${i}`, 'aria-selected': String(i === active), className: i === active ? 'active' : '', 'data-id': hit.node.id, onmousedown: (e: Event) => { e.preventDefault(); choose(hit); } },
          h('span', { className: 'swatch dot', style: `--c: ${style.color}` }),
          h('span', { className: 'ar', lang: 'ar', dir: 'rtl' }, hit.node.nameAr ?? ''),
          h('span', { className: 'en', lang: 'en', dir: 'ltr' }, hit.node.name),
          h('span', { className: 'type' }, style.label.ar),
        ),
      );
    });
    if (hits.length === 0) list.append(h('li', { className: 'empty' }, 'لا نتائج · No match'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-activedescendant', active >= 0 ? `suggestion-${active}` : '');
  };
  const ask = async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const res = await options.search(q, controller.signal);
      if (res.query !== input.value.trim()) return; // an older answer
      hits = res.hits;
      active = -1;
      render();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') {
        hits = [];
        render();
      }
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      close();
      return;
    }
    timer = setTimeout(() => void ask(q), options.debounceMs ?? 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = moveActive(active, hits.length, e.key === 'ArrowDown' ? 1 : -1);
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const q = input.value.trim();
      if (!list.hidden && hits.length) choose(hits[active >= 0 ? active : 0]);
      else if (q) {
        clearTimeout(timer);
        void ask(q).then(() => choose(hits[0]));
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return { input };
}
