import { type Cluster, clusters, clusterWidth } from './char-width.js';

/**
 * Plain-text layout for the terminal table: display width, word wrapping and clipping. Widths are measured on
 * text without colour codes; callers colour a line only after it has been padded.
 */

/** Columns a string takes in a terminal: marks and zero-width characters none, CJK and emoji two. */
export function displayWidth(s: string): number {
  // Latin, Vietnamese precomposed letters and common punctuation take one column: counted without a regex (the
  // national table measures millions of characters). Anything else (emoji, ZWJ, soft hyphen…) goes by cluster.
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!((code < 0x300 && code !== 0xad) || (code >= 0x1e00 && code < 0x2000))) return clusterWidth(s);
  }
  return s.length;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** Words wrapped to `width` columns; a word longer than a line is cut, never lost. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0; // kept as words are added: measuring the whole line again per word was quadratic
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    let w = word;
    let ww = displayWidth(w);
    while (ww > width) {
      if (line) lines.push(line);
      const [head, rest] = cut(w, width);
      lines.push(head);
      line = '';
      lineWidth = 0;
      w = rest;
      ww = displayWidth(w);
    }
    if (!w) continue;
    if (!line) {
      line = w;
      lineWidth = ww;
    } else if (lineWidth + 1 + ww <= width) {
      line += ` ${w}`;
      lineWidth += 1 + ww;
    } else {
      lines.push(line);
      line = w;
      lineWidth = ww;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** At most `max` wrapped lines; when text is left over the last line ends in "…". */
export function clip(text: string, width: number, max: number): string[] {
  const lines = wrap(text, width);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept[max - 1] as string;
  kept[max - 1] = `${displayWidth(last) + 1 <= width ? last : cut(last, width - 1)[0].trimEnd()}…`;
  return kept;
}

/** The first `width` columns of a word, and the rest; never inside a cluster (an emoji, a letter and its marks). */
function cut(word: string, width: number): [string, string] {
  let head = '';
  let w = 0;
  const parts = clusters(word);
  let i = 0;
  for (; i < parts.length; i++) {
    const cw = (parts[i] as Cluster).width;
    if (w + cw > width && head) break;
    head += (parts[i] as Cluster).text;
    w += cw;
  }
  return [
    head,
    parts
      .slice(i)
      .map((p) => p.text)
      .join(''),
  ];
}
