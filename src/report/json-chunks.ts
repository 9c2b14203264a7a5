// The JSON report as a sequence of text chunks, byte for byte what JSON.stringify(doc, null, 2) gives, without
// holding the whole document or its text: at national scale (100k results) the document's objects and its
// 130 MB of text (260 MB in memory as a two-byte string) were most of the peak. Results are mapped and
// stringified one at a time and written in batches, so a file or pipe gets the report at the speed of writing.

/** Bytes (characters) gathered before a chunk is handed to the writer. */
const BATCH = 1 << 16;
/** Items stringified per call. */
const ITEMS = 128;
const OPEN = '{\n  "x": [\n';
const CLOSE = '\n  ]\n}';

/**
 * `doc` with the arrays named in `lazy` produced item by item by their generators (in the document's key
 * order); the text equals `JSON.stringify({...doc, [k]: [...lazy[k]]}, null, 2) + '\n'`.
 */
export function* jsonDocumentChunks(
  doc: Record<string, unknown>,
  lazy: Record<string, () => Iterable<unknown>>,
): Generator<string> {
  const marks = new Map<string, string>();
  const shell: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k in lazy) {
      const mark = `\u0000lazy:${k}\u0000`;
      marks.set(k, mark);
      shell[k] = mark;
    } else shell[k] = v;
  }
  // The shell's text around each marker; a marker never occurs in real text (NUL is escaped by JSON).
  let text = JSON.stringify(shell, null, 2);
  let buf = '';
  for (const [k, mark] of marks) {
    const at = text.indexOf(JSON.stringify(mark));
    buf += text.slice(0, at);
    text = text.slice(at + JSON.stringify(mark).length);
    let first = true;
    let batch: unknown[] = [];
    const flush = () => {
      // Items stringified as the array of a one-key object are indented exactly as at depth 2 of the
      // document (four spaces, insides six): one call per batch, no per-item re-indenting.
      const t = JSON.stringify({ x: batch }, null, 2);
      buf += `${first ? '[\n' : ',\n'}${t.slice(OPEN.length, t.length - CLOSE.length)}`;
      first = false;
      batch = [];
    };
    for (const item of (lazy[k] as () => Iterable<unknown>)()) {
      batch.push(item);
      if (batch.length < ITEMS) continue;
      flush();
      if (buf.length >= BATCH) {
        yield buf;
        buf = '';
      }
    }
    if (batch.length > 0) flush();
    buf += first ? '[]' : '\n  ]';
  }
  yield `${buf}${text}\n`;
}
