import type { Option } from 'commander';
import { type Msg, msg } from '../../model/diagnostic.js';

type Converted = { value: unknown } | { error: Msg };

/** The value as the command line would have produced it: boolean for a switch, strings (or a list) for a value. */
export function convert(options: Option[], raw: unknown, key: string, command: string): Converted {
  const where = msg(` (lệnh ${command})`, ` (${command} command)`);
  if (options.some((o) => o.isBoolean() || o.negate)) {
    if (typeof raw === 'boolean') return { value: raw };
    return {
      error: msg(`"${key}" cần true hoặc false${where.vi}.`, `"${key}" takes true or false${where.en}.`),
    };
  }
  const o = options[0]!;
  const list = Array.isArray(raw) ? raw : [raw];
  if (!o.variadic && Array.isArray(raw)) {
    return {
      error: msg(`"${key}" nhận một giá trị, không phải danh sách.`, `"${key}" takes one value, not a list.`),
    };
  }
  if (list.length === 0 || list.some((x) => typeof x !== 'string' && typeof x !== 'number')) {
    return {
      error: msg(
        `"${key}" cần ${o.variadic ? 'một chuỗi hoặc danh sách chuỗi' : 'một chuỗi hoặc một số'}.`,
        `"${key}" takes ${o.variadic ? 'a string or a list of strings' : 'a string or a number'}.`,
      ),
    };
  }
  const texts = list.map(String);
  for (const t of texts) {
    if (o.argChoices && !o.argChoices.includes(t)) {
      const choices = o.argChoices.join(', ');
      return {
        error: msg(
          `"${key}: ${t}" không hợp lệ${where.vi}; các giá trị được phép: ${choices}.`,
          `"${key}: ${t}" is not valid${where.en}; allowed: ${choices}.`,
        ),
      };
    }
  }
  if (o.variadic) return { value: texts };
  if (o.parseArg) {
    try {
      return { value: o.parseArg(texts[0]!, undefined) };
    } catch (e) {
      return { error: msg(`"${key}": ${(e as Error).message}`, `"${key}": ${(e as Error).message}`) };
    }
  }
  return { value: texts[0] };
}
