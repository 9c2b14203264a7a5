/**
 * Text from a plan or a data file must never drive the terminal: an ESC in a title could recolour, move the
 * cursor or rewrite earlier lines, and bidi overrides can make a line read differently from what it holds.
 * Human-readable views (stylish, table, markdown, stderr lines) show such characters as visible marks:
 * C0 controls as their Unicode control pictures (ESC → ␛), DEL as ␡, C1 controls and bidi/format controls as
 * `<U+202E>`. Line breaks and tabs are left to the views, which lay them out themselves.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function neutraliseText(s: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(s)) return s;
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/**
 * Every string inside a value, neutralised. Objects and arrays are copied only where something changed, so
 * a clean national-scale report costs one walk and no allocation.
 */
export function neutraliseDeep<T>(value: T): T {
  if (typeof value === 'string') return neutraliseText(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = neutraliseDeep(value[i]);
      if (v !== value[i]) {
        out ??= value.slice();
        out[i] = v;
      }
    }
    return (out ?? value) as T;
  }
  if (value instanceof Date || ArrayBuffer.isView(value)) return value;
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const n = neutraliseDeep(v);
    if (n !== v) {
      out ??= { ...(value as Record<string, unknown>) };
      out[k] = n;
    }
  }
  return (out ?? value) as T;
}
