import type { Added } from '../graph/model';

/** One step the view can take back. */
export type HistoryEntry<Snapshot> =
  | { kind: 'add'; label: string; added: Added }
  | { kind: 'replace'; label: string; previous: Snapshot };

/** A bounded undo stack (oldest steps fall off). */
export class ViewHistory<Snapshot> {
  private readonly entries: HistoryEntry<Snapshot>[] = [];
  constructor(private readonly max = 50) {}

  push(entry: HistoryEntry<Snapshot>): void {
    // An expansion that added nothing is not a step.
    if (entry.kind === 'add' && entry.added.nodes.length === 0 && entry.added.edges.length === 0) return;
    this.entries.push(entry);
    if (this.entries.length > this.max) this.entries.shift();
  }

  pop(): HistoryEntry<Snapshot> | undefined {
    return this.entries.pop();
  }

  peek(): HistoryEntry<Snapshot> | undefined {
    return this.entries.at(-1);
  }

  get size(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
