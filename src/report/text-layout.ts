/**
 * Plain-text layout for the terminal table: display width, word wrapping and clipping. Widths are measured on
 * text without colour codes; callers colour a line only after it has been padded.
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u;

/** Columns a string takes in a terminal: combining marks take none (NFD text), CJK takes two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    // Latin, Vietnamese precomposed letters and common punctuation take one column: no regex for them (the
    // national table measures millions of characters).
    const code = s.charCodeAt(i);
    if (code < 0x300 || (code >= 0x1e00 && code < 0x2000)) {
      w += 1;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i) as number);
    if (ch.length === 2) i++; // astral: both halves of the surrogate pair are one character
    if (/\p{M}/u.test(ch)) continue;
    w += WIDE.test(ch) ? 2 : 1;
  }
  return w;
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

/** The first `width` columns of a word, and the rest. */
function cut(word: string, width: number): [string, string] {
  let head = '';
  let w = 0;
  const chars = [...word];
  let i = 0;
  for (; i < chars.length; i++) {
    const cw = displayWidth(chars[i] as string);
    if (w + cw > width && head) break;
    head += chars[i];
    w += cw;
  }
  return [head, chars.slice(i).join('')];
}
