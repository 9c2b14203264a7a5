import path from 'node:path';
import { type Command, CommanderError, type Option } from 'commander';
import type { Lang } from '../../model/diagnostic.js';
import { formatLocation } from '../../report/location.js';
import { CONFIG_VALUE_SOURCES, orSetInConfig, printConfigHead } from '../../words/config-words.js';
import { configKey, PER_RUN_KEYS } from './config-keys.js';
import { findConfig } from './find-config.js';
import { type ProjectConfig, readConfig } from './read-config.js';

/** Options that must have a value once the config is merged (commander's own check runs before the merge). */
const MANDATORY = new WeakMap<Command, Option[]>();

/**
 * Every subcommand gets --config/--no-config/--print-config, and its required options are checked after the
 * config is merged, so `data:` in the file can stand in for --data. Called once, after the commands are registered.
 */
export function addConfigOptions(program: Command): void {
  for (const cmd of program.commands) {
    MANDATORY.set(
      cmd,
      cmd.options.filter((o) => o.mandatory),
    );
    for (const o of cmd.options) o.mandatory = false;
    // Described by the help catalog (src/words/help-options.ts), like every option.
    cmd.option('--config <file>').option('--no-config').option('--print-config');
  }
}

/** The config for this run: --config FILE, none with --no-config, else the nearest cchc.config.yaml. */
export function loadConfig(program: Command, cmd: Command, cwd: string): ProjectConfig | undefined {
  const flag = cmd.getOptionValue('config') as string | false | undefined;
  if (flag === false) return undefined;
  const file = typeof flag === 'string' ? path.resolve(cwd, flag) : findConfig(cwd);
  return file ? readConfig(file, cwd, program) : undefined;
}

/**
 * Merge the config into the parsed flags: a value given on the command line (or through the environment)
 * always wins; the config replaces only commander's defaults and absent options.
 */
export function applyConfig(cmd: Command, config: ProjectConfig | undefined, lang: Lang): void {
  const own = config?.byCommand.get(cmd.name());
  const sources = new Map<string, string>();
  for (const o of cmd.options) {
    const attr = o.attributeName();
    const entry = own?.get(configKey(o));
    const src = cmd.getOptionValueSource(attr);
    if (entry && (src === undefined || src === 'default')) {
      cmd.setOptionValueWithSource(attr, entry.value, 'config');
      sources.set(attr, formatLocation(entry.where, lang));
    }
  }
  if (cmd.getOptionValue('printConfig') === true) throw printed(cmd, sources, config, lang);
  for (const o of MANDATORY.get(cmd) ?? []) {
    if (cmd.getOptionValue(o.attributeName()) === undefined) {
      const key = configKey(o);
      const inFile = PER_RUN_KEYS.has(key) ? '' : orSetInConfig(key)[lang];
      cmd.error(`error: required option '${o.flags}' not specified${inFile}`, {
        exitCode: 2,
        code: 'commander.missingMandatoryOptionValue',
      });
    }
  }
}

const SHOWN_NOT = new Set(['config', 'printConfig', 'help', 'version']);

/** `--print-config`: the merged options as YAML, each with where its value came from; then stop (exit 0). */
function printed(cmd: Command, fromFile: Map<string, string>, config: ProjectConfig | undefined, lang: Lang) {
  const lines = printConfigHead(cmd.name(), config?.file).map((m) => m[lang]);
  const done = new Set<string>();
  for (const o of cmd.options) {
    const attr = o.attributeName();
    if (done.has(attr) || SHOWN_NOT.has(attr)) continue;
    done.add(attr);
    const value = cmd.getOptionValue(attr);
    if (value === undefined) continue;
    const src = cmd.getOptionValueSource(attr);
    const from =
      src === 'config'
        ? fromFile.get(attr)
        : CONFIG_VALUE_SOURCES[src === 'default' ? 'default' : src === 'env' ? 'env' : 'cli'][lang];
    lines.push(`${configKey(o)}: ${yamlValue(value)}  # ${from}`);
  }
  return new CommanderError(0, 'cchc.printConfig', `${lines.join('\n')}\n`);
}

/** A value as YAML flow text: strings quoted only when YAML would misread them. */
function yamlValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(yamlValue).join(', ')}]`;
  if (typeof v !== 'string') return String(v);
  return /^[\p{L}\p{N}_./][\p{L}\p{N}_./ -]*$/u.test(v) &&
    !/^(true|false|null|~|yes|no)$/i.test(v) &&
    !/^\d/.test(v)
    ? v
    : JSON.stringify(v);
}
