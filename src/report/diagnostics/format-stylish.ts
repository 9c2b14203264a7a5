import { Chalk } from 'chalk';
import { maxOf, pushAll } from '../../util/array.js';
import { countsSentence, HINT_PREFIX, SEVERITY_WORDS } from '../../words/diagnostic-words.js';
import { neutraliseDeep } from '../control-chars.js';
import type { FileDiagnostics, Formatter } from './file-diagnostics.js';
import { positionText } from './position-text.js';
import { countDiagnostics, sortDiagnostics } from './sort-diagnostics.js';

/**
 * For people, ESLint-like: each file with problems as a heading, one line per diagnostic
 * (`line:col  lỗi  message  code`), its hint beneath, and a summary line. Clean files only count
 * in the summary. Colour comes from a private chalk instance so nothing global is touched.
 */
export const formatStylish: Formatter = (rawFiles, opts) => {
  // Plan text quoted in messages and file names reach a terminal: no control character may pass.
  const files = neutraliseDeep(rawFiles);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  for (const f of files) {
    if (f.diagnostics.length > 0) pushAll(out, fileBlock(f, opts.lang, c)).push('');
  }
  const counts = countDiagnostics(files);
  const summary = countsSentence(counts, opts.lang);
  const paint = counts.errors > 0 ? c.red.bold : counts.warnings > 0 ? c.yellow.bold : c.green;
  out.push(paint(summary));
  return `${out.join('\n')}\n`;
};

function fileBlock(f: FileDiagnostics, lang: 'vi' | 'en', c: InstanceType<typeof Chalk>): string[] {
  const rows = sortDiagnostics(f.diagnostics).map((d) => ({
    d,
    pos: positionText(d.location),
    sev: SEVERITY_WORDS[d.severity][lang],
  }));
  // Pad before colouring: escape codes would otherwise count as width.
  const posWidth = maxOf(rows, (r) => r.pos.length, 0);
  const sevWidth = maxOf(rows, (r) => r.sev.length, 0);
  const indent = ' '.repeat(2 + posWidth + 2 + sevWidth + 2);
  const lines = [c.underline(f.file)];
  for (const { d, pos, sev } of rows) {
    const paintSev = d.severity === 'error' ? c.red : d.severity === 'warning' ? c.yellow : c.cyan;
    const message = d.message[lang].split(/\r?\n/).join(`\n${indent}`);
    lines.push(
      `  ${c.dim(pos.padStart(posWidth))}  ${paintSev(sev.padEnd(sevWidth))}  ${message}  ${c.dim(d.code)}`,
    );
    if (d.hint)
      lines.push(`${indent}${c.cyan(HINT_PREFIX[lang] + d.hint[lang].split(/\r?\n/).join(`\n${indent}`))}`);
  }
  return lines;
}
