import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { nfc } from '../util/text.js';
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
      return {
        code: 'yaml-duplicate-key',
        severity: 'error' as const,
        message: msg(
          'Khóa bị lặp lại trong cùng một mục: YAML chỉ cho phép mỗi khóa xuất hiện một lần. Hãy xóa hoặc đổi tên một trong hai.',
          'This key appears twice in the same mapping: YAML allows each key once. Remove or rename one of them.',
        ),
        location: at(pos.line, pos.col),
      };
    }
    const vi = SYNTAX_VI[e.code] ?? `lỗi cú pháp (${first})`;
    return {
      code: 'yaml-syntax',
      severity: 'error' as const,
      message: msg(
        `Tệp không đúng cú pháp YAML: ${vi}. Hãy kiểm tra thụt lề, dấu hai chấm, dấu nháy và dấu ngoặc quanh vị trí này.`,
        `YAML syntax error: ${first}. Check indentation, colons, quotes and brackets around this position.`,
      ),
      location: at(pos.line, pos.col),
      text: e.code,
    };
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
        {
          code: 'yaml-alias-limit',
          severity: 'error',
          message: msg(
            `Tệp dùng quá nhiều bí danh YAML (alias *…, tối đa ${MAX_ALIAS_COUNT} lần mở rộng). Hãy viết trực tiếp nội dung thay cho bí danh.`,
            `The file expands YAML aliases (*…) too many times (at most ${MAX_ALIAS_COUNT}). Write the content out instead of using aliases.`,
          ),
          location: { ...firstAlias(source), file, pointer: '' },
        },
      ],
      locate,
    };
  }
  const tree = checkTree(data, locate);
  if (tree.length > 0) return { file, data: null, diagnostics: tree, locate };
  return { file, data, diagnostics: [], locate };
}

/** The parser's complaints in words a commune officer can act on; others keep the parser's text. */
const SYNTAX_VI: Record<string, string> = {
  BAD_INDENT: 'thụt lề không đúng, hoặc thiếu dấu ngoặc đóng',
  MISSING_CHAR: 'thiếu một ký tự đóng (dấu nháy, ngoặc vuông hoặc ngoặc nhọn)',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề; YAML chỉ nhận dấu cách',
  MULTIPLE_DOCS: 'tệp có nhiều tài liệu (dòng "---"); một tệp chỉ chứa một kế hoạch',
  MULTILINE_IMPLICIT_KEY: 'một khóa bị ngắt sang nhiều dòng, thường do thiếu dấu hai chấm hoặc thụt lề sai',
  BLOCK_AS_IMPLICIT_KEY: 'thụt lề sai làm một khối bị hiểu thành khóa',
  UNEXPECTED_TOKEN: 'có ký tự không mong đợi',
  BAD_DQ_ESCAPE: 'chuỗi trong dấu nháy kép có ký tự thoát (\\) không hợp lệ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt nó trong dấu nháy',
  BAD_ALIAS: 'bí danh (*…) không tồn tại',
};

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
  return {
    code: 'plan-too-large',
    severity: 'error',
    message: msg(
      `Tệp kế hoạch quá lớn (${size} ký tự/byte, tối đa ${MAX_PLAN_CHARS}). Hãy kiểm tra đã chọn đúng tệp YAML kế hoạch chưa.`,
      `The plan file is too large (${size} characters/bytes, at most ${MAX_PLAN_CHARS}). Check that this is the plan's YAML file.`,
    ),
    location: { file, line: 1, column: 1 },
  };
}

/** Line and column of the first alias (`*name`) in the text, so the user sees where the expansion starts. */
function firstAlias(text: string): { line: number; column: number } {
  const m = /(^|[\s[,{:-])\*[^\s,\]}]+/m.exec(text);
  if (!m) return { line: 1, column: 1 };
  const before = text.slice(0, m.index + m[1]!.length);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}
