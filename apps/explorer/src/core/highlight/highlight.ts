import type { KgGraph } from '../graph/model';

export interface HighlightState {
  /** Node under the pointer. */
  hovered: string | null;
  /** Node chosen by click or search (its panel is open). */
  selected: string | null;
}

export const NO_HIGHLIGHT: HighlightState = { hovered: null, selected: null };

/**
 * The nodes that stay bright: the hovered node and its neighbours, else the selected one and its
 * neighbours; null when nothing is focused (everything bright).
 */
export function focusSet(graph: KgGraph, state: HighlightState): Set<string> | null {
  const center = state.hovered && graph.hasNode(state.hovered) ? state.hovered : state.selected && graph.hasNode(state.selected) ? state.selected : null;
  if (!center) return null;
  const set = new Set<string>([center]);
  graph.forEachNeighbor(center, (n) => set.add(n));
  return set;
}

export interface NodeLook {
  dimmed: boolean;
  /** Ring around it (sigma's `highlighted`). */
  highlighted: boolean;
  forceLabel: boolean;
}

export function nodeLook(node: string, state: HighlightState, focus: Set<string> | null): NodeLook {
  const selected = node === state.selected;
  const hovered = node === state.hovered;
  if (!focus) return { dimmed: false, highlighted: selected, forceLabel: selected };
  const inFocus = focus.has(node);
  return { dimmed: !inFocus, highlighted: selected || hovered, forceLabel: inFocus };
}

/** An edge stays bright when it touches the focused centre (both ends in focus and one is the centre). */
export function edgeDimmed(source: string, target: string, state: HighlightState, focus: Set<string> | null): boolean {
  if (!focus) return false;
  const center = state.hovered && focus.has(state.hovered) ? state.hovered : state.selected;
  return !(source === center || target === center);
}

/** Mixes a colour toward the background so dimmed elements recede. */
export function dimColor(hex: string, amount = 0.8, background = '#ffffff'): string {
  const parse = (h: string) => {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(h);
    return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [153, 153, 153];
  };
  const a = parse(hex);
  const b = parse(background);
  const mix = a.map((v, i) => Math.round(v + (b[i]! - v) * amount));
  return '#' + mix.map((v) => v.toString(16).padStart(2, '0')).join('');
}
