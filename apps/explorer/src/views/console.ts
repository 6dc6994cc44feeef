import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import type { CypherResponse, SchemaResponse } from '@kg/api/types';
import { loadHistory, parseParams, remember } from '../core/console/history';
import { cellText } from '../core/console/cells';
import { clear, h } from './dom';

export interface ConsoleOptions {
  run(query: string, params: Record<string, unknown>): Promise<CypherResponse>;
  showGraph(result: CypherResponse, mode: 'add' | 'replace'): void;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

export interface ConsoleHandle {
  setSchema(schema: SchemaResponse): void;
  setQuery(query: string): void;
  run(): Promise<void>;
  readonly editor: EditorApi;
}

const HISTORY_KEY = 'kg-explorer:cypher-history';
const EXAMPLE = "MATCH (s:State {id: $id})-[r]-(n:Entity)\nRETURN s, r, n LIMIT 50";

/**
 * The Cypher console: CodeMirror 6 with Neo4j's Cypher support (highlighting, completion from the
 * schema, lint), a JSON parameters box, history, results as a table and as a graph for the view.
 * The API runs every query read-only; its refusal or error is shown here, under the editor.
 */
export function mountConsole(root: HTMLElement, options: ConsoleOptions): ConsoleHandle {
  const storage = options.storage ?? window.localStorage;
  let history = loadHistory(storage.getItem(HISTORY_KEY));
  const editorHost = h('div', { className: 'editor', dir: 'ltr', 'data-testid': 'cypher-editor' });
  const params = h('textarea', { className: 'params', dir: 'ltr', rows: 3, spellcheck: 'false', 'aria-label': 'Parameters (JSON)', placeholder: '{"id": "state:iraq"}', 'data-testid': 'cypher-params' });
  params.value = '{"id": "state:iraq"}';
  const historySelect = h('select', { 'aria-label': 'History', className: 'history', 'data-testid': 'cypher-history' });
  const runButton = h('button', { type: 'button', className: 'primary', 'data-testid': 'cypher-run', title: 'Ctrl+Enter' }, 'تشغيل · Run');
  const error = h('div', { className: 'error', role: 'alert', hidden: true, 'data-testid': 'cypher-error', dir: 'ltr' });
  const meta = h('div', { className: 'muted', dir: 'ltr', 'data-testid': 'cypher-meta' });
  const tabs = h('div', { className: 'tabs', role: 'tablist' });
  const output = h('div', { className: 'output', dir: 'ltr', 'data-testid': 'cypher-output' });

  const renderHistory = () => {
    clear(historySelect);
    historySelect.append(h('option', { value: '' }, `السجل · History (${history.length})`));
    for (const q of history) historySelect.append(h('option', { value: q }, q.replace(/\s+/g, ' ').slice(0, 80)));
  };

  let runNow: () => Promise<void> = async () => {};
  // 1.0.x returns { editor: EditorApi } although its typings say EditorApi: accept both.
  const created: unknown = createCypherEditor(editorHost, {
    value: history[0] ?? EXAMPLE,
    theme: 'light',
    lineNumbers: true,
    lineWrapping: true,
    autocomplete: true,
    lint: true,
    history: true,
    preExtensions: [Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (void runNow(), true) }]))],
  });
  const editor: EditorApi = (created as { editor?: EditorApi }).editor ?? (created as EditorApi);
  const value = () => editor.codemirror.state.doc.toString();

  const table = (result: CypherResponse) => {
    if (result.rows.length === 0) return h('p', { className: 'muted' }, 'no rows');
    return h(
      'table',
      { 'data-testid': 'cypher-table' },
      h('thead', {}, h('tr', {}, result.columns.map((c) => h('th', {}, c)))),
      h('tbody', {}, result.rows.map((row) => h('tr', {}, result.columns.map((c) => h('td', { dir: 'auto' }, cellText(row[c] ?? null)))))),
    );
  };
  const graphTab = (result: CypherResponse) =>
    h(
      'div',
      { className: 'graph-result' },
      h('p', {}, `${result.nodes.length} nodes, ${result.relationships.length} relationships`),
      result.nodes.length
        ? h(
            'div',
            { className: 'buttons' },
            h('button', { type: 'button', 'data-testid': 'cypher-replace', onclick: () => options.showGraph(result, 'replace') }, 'عرضها وحدها · Show only these'),
            h('button', { type: 'button', 'data-testid': 'cypher-add', onclick: () => options.showGraph(result, 'add') }, 'إضافة إلى العرض · Add to view'),
          )
        : h('p', { className: 'muted' }, 'The result holds no graph nodes.'),
    );
  const showResult = (result: CypherResponse) => {
    clear(tabs);
    let current: 'table' | 'graph' = result.nodes.length && !result.rows.every((r) => Object.values(r).every((v) => typeof v !== 'object' || v === null)) ? 'graph' : 'table';
    const paint = () => {
      clear(output);
      output.append(current === 'table' ? table(result) : graphTab(result));
      for (const b of tabs.querySelectorAll('button')) b.setAttribute('aria-selected', String(b.dataset.tab === current));
    };
    tabs.append(
      h('button', { type: 'button', role: 'tab', 'data-tab': 'table', 'data-testid': 'cypher-tab-table', onclick: () => { current = 'table'; paint(); } }, `جدول · Table (${result.rows.length})`),
      h('button', { type: 'button', role: 'tab', 'data-tab': 'graph', 'data-testid': 'cypher-tab-graph', onclick: () => { current = 'graph'; paint(); } }, `رسم · Graph (${result.nodes.length})`),
    );
    paint();
    meta.textContent = `${result.rows.length} rows${result.truncated ? ' (truncated)' : ''} · ${result.elapsedMs} ms`;
  };

  runNow = async () => {
    const query = value().trim();
    error.hidden = true;
    if (!query) return;
    const parsed = parseParams(params.value);
    if (!parsed.ok) {
      error.textContent = parsed.error;
      error.hidden = false;
      return;
    }
    runButton.disabled = true;
    meta.textContent = '…';
    try {
      const result = await options.run(query, parsed.params);
      history = remember(history, query);
      storage.setItem(HISTORY_KEY, JSON.stringify(history));
      renderHistory();
      showResult(result);
    } catch (e) {
      error.textContent = (e as Error).message;
      error.hidden = false;
      meta.textContent = '';
      clear(output);
      clear(tabs);
    } finally {
      runButton.disabled = false;
    }
  };
  runButton.addEventListener('click', () => void runNow());
  historySelect.addEventListener('change', () => {
    if (historySelect.value) editor.setValue(historySelect.value);
    historySelect.value = '';
  });
  renderHistory();

  root.append(
    h('div', { className: 'console-input' }, editorHost, h('div', { className: 'console-side' }, h('label', {}, 'المعاملات · Parameters (JSON)', params), h('div', { className: 'buttons' }, runButton, historySelect))),
    error,
    h('div', { className: 'console-result' }, h('div', { className: 'result-bar' }, tabs, meta), output),
  );

  return {
    editor,
    setSchema(schema) {
      editor.setSchema({
        labels: [...schema.labels.map((l): string => l.label), 'Entity'],
        relationshipTypes: schema.relationshipTypes.map((t) => t.type),
        propertyKeys: schema.propertyKeys,
      });
    },
    setQuery(query) {
      editor.setValue(query);
    },
    run: () => runNow(),
  };
}
