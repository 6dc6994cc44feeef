import { write } from 'graphology-gexf/browser';
import type { KgGraph } from '../core/graph/model';

/** The graph as GEXF 1.3 (Gephi): every node and edge attribute, colours and sizes as viz data. */
export function graphToGexf(graph: KgGraph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (key, attr) => ({
      label: attr.nameAr ? `${attr.name} / ${attr.nameAr}` : attr.name,
      attributes: { type: attr.kind, name: attr.name, nameAr: attr.nameAr ?? '', degree: attr.degree, category: attr.category ?? '', date: attr.date ?? '' },
      viz: { color: attr.color, size: attr.size, x: attr.x, y: attr.y },
    }),
    formatEdge: (key, attr) => ({
      label: attr.kind,
      attributes: { type: attr.kind, firstSeen: attr.firstSeen ?? '', lastSeen: attr.lastSeen ?? '', articleCount: attr.articleCount, confidence: attr.confidence ?? '', status: attr.status ?? '', title: attr.title ?? '' },
      viz: { color: attr.color, thickness: attr.size },
    }),
  });
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas could not be encoded'))), 'image/png'));
}

/** How many pixels differ from the background (white): a drawn graph has many. */
export function countInkPixels(canvas: HTMLCanvasElement): number {
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) ink++;
  }
  return ink;
}

export function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
}
