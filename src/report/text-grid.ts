import type { ChalkInstance } from 'chalk';
import { maxOf } from '../util/array.js';
import { displayWidth } from './text-layout.js';

/** One column of a borderless text grid. */
export interface GridColumn {
  width: number;
  align?: 'left' | 'right';
}

/** A cell: its lines, already wrapped to the column width, and how to colour them (after padding). */
export interface GridCell {
  lines: string[];
  style?: (s: string) => string;
}

/** Columns are separated by two spaces: enough to tell them apart without borders eating the width. */
export const GAP = 2;

/**
 * The lines of one grid row: cells side by side, as tall as the tallest, no trailing spaces. Colour wraps
 * the text only, never the padding, so widths stay right with or without colour.
 */
export function gridRow(columns: GridColumn[], cells: GridCell[]): string[] {
  const height = maxOf(cells, (c) => c.lines.length, 1);
  const out: string[] = [];
  for (let i = 0; i < height; i++) {
    let line = '';
    columns.forEach((col, j) => {
      const cell = cells[j];
      const text = cell?.lines[i] ?? '';
      const pad = ' '.repeat(Math.max(0, col.width - displayWidth(text)));
      const shown = text && cell?.style ? cell.style(text) : text;
      line +=
        (col.align === 'right' ? pad + shown : shown + pad) + (j < columns.length - 1 ? ' '.repeat(GAP) : '');
    });
    out.push(line.trimEnd());
  }
  return out;
}

/**
 * A fixed column's width: its widest unwrapped content or header line, at most `cap` (longer text wraps), at
 * least the widest header line so headers never wrap.
 */
export function fitWidth(contents: string[], header: string[], cap: number): number {
  const head = maxOf(header, displayWidth);
  const natural = maxOf(contents, displayWidth, head);
  return Math.max(head, Math.min(cap, natural));
}

/** "── II.2. Cải cách thủ tục hành chính ──────": a group row that still reads as one without colour. */
export function groupRule(title: string, width: number, c: ChalkInstance): string {
  const text = `── ${title} `;
  return c.bold(text) + '─'.repeat(Math.max(3, width - displayWidth(text)));
}
