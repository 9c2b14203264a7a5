import type { Option } from 'commander';

/** A refused value: the messageId of config-invalid-value and its data (src/words/diagnostics/config-codes.ts). */
export interface Refused {
  messageId: string;
  data: Record<string, string>;
}

type Converted = { value: unknown } | { error: Refused };

/** The value as the command line would have produced it: boolean for a switch, strings (or a list) for a value. */
export function convert(options: Option[], raw: unknown, key: string, command: string): Converted {
  if (options.some((o) => o.isBoolean() || o.negate)) {
    if (typeof raw === 'boolean') return { value: raw };
    return invalid('boolean', { key, command });
  }
  const o = options[0]!;
  const list = Array.isArray(raw) ? raw : [raw];
  if (!o.variadic && Array.isArray(raw)) {
    return invalid('notList', { key, command });
  }
  if (list.length === 0 || list.some((x) => typeof x !== 'string' && typeof x !== 'number')) {
    return invalid(o.variadic ? 'texts' : 'text', { key, command });
  }
  const texts = list.map(String);
  for (const t of texts) {
    if (o.argChoices && !o.argChoices.includes(t)) {
      return invalid('choice', { key, value: t, command, choices: o.argChoices.join(', ') });
    }
  }
  if (o.variadic) return { value: texts };
  if (o.parseArg) {
    try {
      return { value: o.parseArg(texts[0]!, undefined) };
    } catch (e) {
      return invalid('parsed', { key, command, reason: (e as Error).message });
    }
  }
  return { value: texts[0] };
}

/** Why the value is refused: a template of config-invalid-value and its data (`command` always, for the hint). */
const invalid = (messageId: string, data: Record<string, string>): Converted => ({
  error: { messageId, data },
});
