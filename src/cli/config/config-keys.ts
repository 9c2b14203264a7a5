import type { Command, Option } from 'commander';

/**
 * Options that change with every run (the period, the output file, the cover report's own number and date)
 * or that steer the config itself: they are command-line only, so a config file cannot silently aim a run
 * at last quarter or write over last quarter's report.
 */
export const PER_RUN_KEYS = new Set([
  'output',
  'split',
  'as-of',
  'period',
  'report-number',
  'report-date',
  'due',
  'xa',
  'tinh',
  'config',
  'print-config',
  'help',
  'version',
]);

/** Keys whose values are paths: written relative to the config file, used relative to where cchc runs. */
export const PATH_KEYS = new Set(['data']);

/** The config key of an option: its long flag without `--` and without `no-` (`--no-color` → `color`). */
export function configKey(option: Option): string {
  return option.attributeName().replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** A command's options a config file may set, by key (`--color` and `--no-color` share one key). */
export function configurableOptions(cmd: Command): Map<string, Option[]> {
  const out = new Map<string, Option[]>();
  for (const o of cmd.options) {
    const key = configKey(o);
    if (PER_RUN_KEYS.has(key)) continue;
    out.set(key, [...(out.get(key) ?? []), o]);
  }
  return out;
}
