import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CchcError } from '../../errors.js';
import type { Diagnostic, Location } from '../../model/diagnostic.js';
import { parseYamlSource, type YamlSource } from '../../plan/yaml-source.js';
import { nearest } from '../../util/text.js';
import { configHasErrors, configUnreadable } from '../../words/config-words.js';
import {
  type CatalogExtras,
  type ConfigCode,
  catalogDiagnostic,
  type MessageData,
} from '../../words/diagnostics/catalog.js';
import { configurableOptions, PATH_KEYS, PER_RUN_KEYS } from './config-keys.js';
import { convert } from './convert-value.js';

/** One value from the config file, converted as the command line would convert it, and where it was written. */
export interface ConfigEntry {
  value: unknown;
  where: Location;
}

/** A validated config: for each command, the values that apply to it (its own section over the shared keys). */
export interface ProjectConfig {
  /** The file as shown to the user (relative to the working directory). */
  file: string;
  byCommand: Map<string, Map<string, ConfigEntry>>;
}

/**
 * Read and check `cchc.config.yaml` against the options the commands really have: an unknown key, a value
 * of the wrong kind or outside an option's choices is an error at its line:col with a did-you-mean; nothing
 * in the file is ever ignored without a word.
 */
export function readConfig(abs: string, cwd: string, program: Command): ProjectConfig {
  // Relative even when above the working directory ("../cchc.config.yaml"): that is where the user looks.
  const file = path.relative(cwd, abs).split(path.sep).join('/') || abs;
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new CchcError('usage', configUnreadable(file, (e as Error).message).message);
  }
  const src = parseYamlSource(text, file);
  const problems = [...src.diagnostics];
  const byCommand = new Map<string, Map<string, ConfigEntry>>();
  const commands = new Map(program.commands.map((c) => [c.name(), c]));
  if (problems.length === 0 && src.data !== null) {
    if (!isRecord(src.data)) {
      problems.push(problem('config-not-mapping', 'file', {}, src.locate('')));
    } else {
      const ctx: Ctx = { src, dir: path.dirname(abs), cwd, problems };
      const sections = new Map<string, Record<string, unknown>>();
      const shared: [string, unknown][] = [];
      for (const [key, value] of Object.entries(src.data)) {
        if (commands.has(key)) {
          if (isRecord(value)) sections.set(key, value);
          else problems.push(problem('config-not-mapping', 'section', { name: key }, src.locate(ptr(key))));
        } else {
          shared.push([key, value]);
        }
      }
      for (const [name, cmd] of commands) {
        const own = new Map<string, ConfigEntry>();
        for (const [key, value] of shared) setEntry(own, cmd, key, value, ptr(key), ctx, false);
        for (const [key, value] of Object.entries(sections.get(name) ?? {})) {
          setEntry(own, cmd, key, value, `${ptr(name)}${ptr(key)}`, ctx, true);
        }
        byCommand.set(name, own);
      }
      for (const [key] of shared) checkShared(key, ctx, [...commands.values()]);
      for (const [name, body] of sections) {
        const known = configurableOptions(commands.get(name)!);
        for (const key of Object.keys(body)) {
          if (!known.has(key)) unknownKey(key, `${ptr(name)}${ptr(key)}`, [...known.keys()], ctx, name);
        }
      }
    }
  }
  // The same mistake is found once per command that has the key: report it once.
  const seen = new Set<string>();
  const unique = problems.filter((d) => {
    const id = `${d.location?.line}:${d.location?.column}:${d.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (unique.length > 0) {
    const w = configHasErrors(file);
    throw new CchcError('usage', w.message, w.hint, unique);
  }
  return { file, byCommand };
}

interface Ctx {
  src: YamlSource;
  dir: string;
  cwd: string;
  problems: Diagnostic[];
}

/** Convert one value for one command; problems with the value are recorded (once, deduplicated by the caller). */
function setEntry(
  own: Map<string, ConfigEntry>,
  cmd: Command,
  key: string,
  value: unknown,
  pointer: string,
  ctx: Ctx,
  inSection: boolean,
): void {
  const options = configurableOptions(cmd).get(key);
  if (!options) return; // unknown keys are reported once, by checkShared / the section loop
  const where = ctx.src.locate(pointer);
  const converted = convert(options, value, key, cmd.name());
  if ('error' in converted) {
    const { messageId, data } = converted.error;
    ctx.problems.push(
      problem('config-invalid-value', messageId, data, where, inSection ? {} : { hintId: 'sharedHint' }),
    );
    return;
  }
  const v = PATH_KEYS.has(key) ? rebase(converted.value as string[], ctx) : converted.value;
  own.set(key, { value: v, where });
}

/** A shared key must be an option of some command; said with the nearest keys when it is not. */
function checkShared(key: string, ctx: Ctx, commands: Command[]): void {
  const all = new Set<string>();
  for (const c of commands) for (const k of configurableOptions(c).keys()) all.add(k);
  if (!all.has(key)) unknownKey(key, ptr(key), [...all, ...commands.map((c) => c.name())], ctx);
}

function unknownKey(key: string, pointer: string, known: string[], ctx: Ctx, command?: string): void {
  const where = ctx.src.locate(pointer, true);
  if (PER_RUN_KEYS.has(key)) {
    ctx.problems.push(problem('config-per-run-key', 'perRun', { key }, where));
    return;
  }
  const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const near = known.includes(kebab) ? [kebab] : nearest(key, known);
  ctx.problems.push(
    problem(
      'config-unknown-key',
      command ? 'unknownIn' : 'unknown',
      { key, near: near.join(', '), ...(command ? { command } : {}) },
      where,
      near.length > 0 ? { hintId: 'didYouMean' } : {},
    ),
  );
}

/** Paths in the config are relative to the config file; the commands read them relative to where cchc runs. */
function rebase(paths: string[], ctx: Ctx): string[] {
  return paths.map((p) => {
    const rel = path.relative(ctx.cwd, path.resolve(ctx.dir, p)).split(path.sep).join('/');
    return rel === '' ? '.' : rel;
  });
}

function problem(
  code: ConfigCode,
  messageId: string,
  data: MessageData,
  location: Location,
  extras: Omit<CatalogExtras, 'location'> = {},
): Diagnostic {
  return catalogDiagnostic(code, messageId, data, { ...extras, location });
}

const ptr = (key: string) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
