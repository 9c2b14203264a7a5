import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { nfc } from '../util/text.js';
import { catalogDiagnostic } from '../words/diagnostics/catalog.js';
import { yamlSyntaxReason } from '../words/yaml-words.js';
import { checkTree, tooDeepDiag } from './check-tree.js';
import { flowCommaFindings } from './flow-commas.js';

/** Plans are a few hundred lines; anything this big is a mistake (or an attack) and is refused before parsing. */
export const MAX_PLAN_CHARS = 5 * 1024 * 1024;
/** Aliases a plan may expand. Real plans use none; the cap stops "billion laughs" files from exhausting memory. */
export const MAX_ALIAS_COUNT = 100;

/** A parsed YAML plan file: the plain data plus a way back from JSON pointers to line and column. */
export interface YamlSource {
  file: string;
  /** The plain JS value (null when the text could not be parsed). */
  data: unknown;
  diagnostics: Diagnostic[];
  /** Where the node at `pointer` is; with `key`, where its key is written (for unknown fields). */
  locate(pointer: string, key?: boolean): Location;
}

/** Parse YAML text with positions. Never throws for bad input: every problem is a diagnostic. */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const at = (line: number, column: number, pointer = ''): Location => ({ file, line, column, pointer });
  const nothing = (d: Diagnostic): YamlSource => ({
    file,
    data: null,
    diagnostics: [d],
    locate: (pointer) => at(1, 1, pointer),
  });
  if (text.length > MAX_PLAN_CHARS) return nothing(tooLarge(file, text.length));
  // CR-only files (old Mac editors, some exports) are one long line to the parser: read CR, LF, CRLF alike.
  // Line numbers stay right: each line break is still one break.
  const source = nfc(text).replace(/\r\n?/g, '\n');
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const locate = (pointer: string, key = false): Location => {
    const range = findRange(doc, pointer, key);
    if (!range) return at(1, 1, pointer);
    const start = lineCounter.linePos(range[0]);
    const end = lineCounter.linePos(range[1]);
    return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, pointer };
  };
  // After the first syntax error the parser's later complaints are mostly echoes of it: keep the first,
  // plus every duplicate key (each is a separate mistake).
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  // A comma in an unquoted flow value is said as such; the duplicate key it may cause is the same mistake.
  const commas = firstSyntax ? [] : flowCommaFindings(doc, lineCounter, file);
  const strays = new Set(commas.flatMap((c) => c.offsets));
  const kept = doc.errors.filter(
    (e) => (e.code === 'DUPLICATE_KEY' && !strays.has(e.pos[0])) || e === firstSyntax,
  );
  const diagnostics: Diagnostic[] = kept.map((e) => {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    const first = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // The parser recurses per level: a file nested thousands deep overflows its stack. Say what it means.
    if (/call stack/i.test(first)) return tooDeepDiag(at(pos.line, pos.col));
    if (e.code === 'DUPLICATE_KEY') {
      return catalogDiagnostic('yaml-duplicate-key', 'twice', {}, { location: at(pos.line, pos.col) });
    }
    const reason = yamlSyntaxReason(e.code, first);
    return catalogDiagnostic(
      'yaml-syntax',
      'syntax',
      { reason },
      { location: at(pos.line, pos.col), text: e.code },
    );
  });
  diagnostics.push(...commas.map((c) => c.diagnostic));
  if (diagnostics.length > 0) return { file, data: null, diagnostics, locate };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof RangeError) return { file, data: null, diagnostics: [tooDeepDiag(at(1, 1))], locate };
    return {
      file,
      data: null,
      diagnostics: [
        catalogDiagnostic(
          'yaml-alias-limit',
          'tooMany',
          { max: MAX_ALIAS_COUNT },
          { location: { ...firstAlias(source), file, pointer: '' } },
        ),
      ],
      locate,
    };
  }
  const tree = checkTree(data, locate);
  if (tree.length > 0) return { file, data: null, diagnostics: tree, locate };
  return { file, data, diagnostics: [], locate };
}

/** Walk a JSON pointer through the document's nodes; returns [start, end] offsets of the node (or its key). */
function findRange(doc: Document, pointer: string, key: boolean): [number, number] | null {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  let keyNode: unknown = null;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) return rangeOf(node);
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return rangeOf(node);
      keyNode = null;
      node = item;
    } else {
      return rangeOf(node);
    }
  }
  if (key && keyNode) return rangeOf(keyNode);
  return rangeOf(node) ?? rangeOf(keyNode);
}

function rangeOf(node: unknown): [number, number] | null {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : null;
}

/** The finding for a file too big to be a plan (`size` in characters or bytes). */
export function tooLarge(file: string, size: number): Diagnostic {
  return catalogDiagnostic(
    'plan-too-large',
    'tooLarge',
    { size, max: MAX_PLAN_CHARS },
    { location: { file, line: 1, column: 1 } },
  );
}

/** Line and column of the first alias (`*name`) in the text, so the user sees where the expansion starts. */
function firstAlias(text: string): { line: number; column: number } {
  const m = /(^|[\s[,{:-])\*[^\s,\]}]+/m.exec(text);
  if (!m) return { line: 1, column: 1 };
  const before = text.slice(0, m.index + m[1]!.length);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}
