import { h } from './dom';

export interface ToolbarActions {
  undo(): void;
  relayout(): void;
  fit(): void;
  toggleLanguage(): void;
  exportPng(): void;
  exportGexf(): void;
  toggleConsole(): void;
}

export interface ToolbarHandle {
  setUndo(count: number): void;
  setLanguage(lang: 'ar' | 'en'): void;
  setLayoutRunning(running: boolean): void;
}

export function mountToolbar(root: HTMLElement, actions: ToolbarActions): ToolbarHandle {
  const button = (label: string, title: string, testid: string, onclick: () => void) =>
    h('button', { type: 'button', title, 'data-testid': testid, onclick }, label);
  const undo = button('↶ تراجع', 'Undo the last expansion (Ctrl+Z)', 'undo', actions.undo);
  const layout = button('⟳ تخطيط', 'Run the layout again', 'relayout', actions.relayout);
  const lang = button('EN', 'Labels in English / بالعربية', 'lang', actions.toggleLanguage);
  root.append(
    undo,
    layout,
    button('⤢ ملاءمة', 'Fit the graph in view', 'fit', actions.fit),
    lang,
    button('PNG', 'Export the view as PNG', 'export-png', actions.exportPng),
    button('GEXF', 'Export the graph as GEXF (Gephi)', 'export-gexf', actions.exportGexf),
    button('Cypher', 'Open the Cypher console', 'toggle-console', actions.toggleConsole),
  );
  return {
    setUndo(count) {
      undo.disabled = count === 0;
      undo.title = count ? `Undo (${count} steps, Ctrl+Z)` : 'Nothing to undo';
    },
    setLanguage(l) {
      lang.textContent = l === 'ar' ? 'EN' : 'ع';
    },
    setLayoutRunning(running) {
      layout.classList.toggle('busy', running);
    },
  };
}
